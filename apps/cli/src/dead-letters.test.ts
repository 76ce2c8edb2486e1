/** `sectorwars dead-letters list|replay` against a real database. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createEnvelope, eventTablesUp, identityEvents } from '@sectorwars/events';
import { createTestDatabase, queryRows, type TestDatabase } from '@sectorwars/testing';

let db: TestDatabase;
let deadLetterId: string;
before(async () => {
  db = await createTestDatabase();
  await queryRows(db.url, 'CREATE SCHEMA identity');
  for (const sql of eventTablesUp('identity')) await queryRows(db.url, sql);
  const envelope = createEnvelope(identityEvents.playerRegistered, {
    source: 'sectorwars.identity',
    subject: '6f1c1c62-3c39-4a43-9d3c-9b3a3f0c2a11',
    data: {
      playerId: '6f1c1c62-3c39-4a43-9d3c-9b3a3f0c2a11',
      handle: 'ghost',
      displayName: 'Ghost',
      registeredAt: new Date().toISOString(),
    },
  });
  [{ id: deadLetterId }] = await queryRows<{ id: string }>(
    db.url,
    `INSERT INTO identity.dead_letters (consumer_group, topic, event_id, type, raw, error, attempts)
     VALUES ('regions.enrolment', 'sectorwars.identity.player', $1, $2, $3, 'handler exploded', 5) RETURNING id`,
    [envelope.id, envelope.type, JSON.stringify(envelope)],
  );
});
after(() => db?.drop());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(__dirname, 'main.js'), 'dead-letters', ...args, '--database-url', db.url], {
    encoding: 'utf8',
  });

test('list shows pending dead letters with their error; replay republishes once', async () => {
  const listed = cli('list', '--service', 'identity');
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, new RegExp(deadLetterId));
  assert.match(listed.stdout, /handler exploded/);

  const replayed = cli('replay', deadLetterId, '--service', 'identity');
  assert.equal(replayed.status, 0, replayed.stderr);
  const outbox = await queryRows<{ type: string }>(db.url, 'SELECT type FROM identity.outbox');
  assert.deepEqual(outbox, [{ type: 'sectorwars.identity.player.registered.v1' }]);

  assert.match(cli('list', '--service', 'identity').stdout, /No dead letters/);
  const again = cli('replay', deadLetterId, '--service', 'identity');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /no pending dead letter/);
});

test('an unknown service is refused with the list of services', () => {
  const result = cli('list', '--service', 'nope');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /unknown service "nope"; one of: identity/);
});
