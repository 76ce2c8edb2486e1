/**
 * A lean graphql-ws (`graphql-transport-ws` protocol) subscriber for the votes benchmark.
 *
 * Why not graphql-ws's own client here: the benchmark's 1,000 subscribers share the machine's
 * 2 cores with the services they measure, and graphql-ws's client validates every incoming
 * message and routes it through several listener layers; in a CPU profile of the benchmark
 * during the votes its client code was about a fifth of the benchmark's busy samples. This one
 * speaks the same protocol over the same `ws` sockets (connection_init with the token, one
 * subscribe, next / error / complete, ping → pong) and only parses each message once. The
 * tests keep using graphql-ws's client (libs/testing `subscribe`), which checks the protocol.
 */
import WebSocket from 'ws';

/** What the subscriber reports. */
export interface SubscriberEvents<T> {
  /** A `next` message's `payload.data`, when it arrived (`performance.now()`). */
  next(data: T, at: number): void;
  /** The server refused the subscription, closed the socket, or sent an error. */
  error(error: unknown): void;
}

/**
 * Opens one socket, subscribes once, and reports every `next`.
 * @param url the gateway's `ws://…/graphql`
 * @param connectionParams sent in `connection_init` (e.g. `{ authorization: 'Bearer …' }`)
 * @returns `close()`: completes the subscription and closes the socket
 */
export function subscribeLean<T>(
  url: string,
  connectionParams: Record<string, unknown>,
  request: { query: string; variables: Record<string, unknown> },
  events: SubscriberEvents<T>,
): { close(): Promise<void> } {
  const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
  let closing = false;
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })));
  socket.on('message', (raw: Buffer) => {
    const at = performance.now();
    const message = JSON.parse(raw.toString());
    switch (message.type) {
      case 'connection_ack':
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: request }));
        break;
      case 'next':
        if (message.payload?.errors) events.error(message.payload.errors);
        else events.next(message.payload.data as T, at);
        break;
      case 'error':
        events.error(message.payload);
        break;
      case 'ping':
        socket.send(JSON.stringify({ type: 'pong' }));
        break;
      case 'complete':
        break;
      default:
        events.error(new Error(`unexpected graphql-ws message ${message.type}`));
    }
  });
  socket.on('error', (error) => events.error(error));
  socket.on('close', (code, reason) => {
    if (!closing) events.error(new Error(`socket closed: ${code} ${reason.toString()}`));
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ id: '1', type: 'complete' }));
        socket.close(1000);
      }),
  };
}
