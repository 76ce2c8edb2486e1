/** The test run's Kafka-protocol broker (librdkafka mock cluster) is up and speaks the Kafka protocol. */
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';

/** Sends ApiVersions v0 (api key 18) and returns the response's error code. */
function apiVersions(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const clientId = Buffer.from('sectorwars-test');
    const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
    body.writeInt16BE(18, 0); // ApiVersions
    body.writeInt16BE(0, 2); // version 0
    body.writeInt32BE(42, 4); // correlation id
    body.writeInt16BE(clientId.length, 8);
    clientId.copy(body, 10);
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);
    const socket = net.connect({ host, port }, () => socket.write(Buffer.concat([size, body])));
    let received = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readInt32BE(0)) {
        socket.end();
        assert.equal(received.readInt32BE(4), 42, 'correlation id echoed');
        resolve(received.readInt16BE(8));
      }
    });
    socket.on('error', reject);
    socket.setTimeout(5000, () => reject(new Error('no answer from the broker')));
  });
}

test('KAFKA_BROKERS points at a broker that answers ApiVersions', async () => {
  const brokers = process.env.KAFKA_BROKERS;
  assert.ok(brokers, 'the test runner sets KAFKA_BROKERS');
  const [host, port] = brokers.split(',')[0].split(':');
  assert.equal(await apiVersions(host, Number(port)), 0);
});
