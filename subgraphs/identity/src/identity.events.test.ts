/**
 * Identity's events through the real stack: registration publishes
 * `player.registered` through the outbox, and admins manage dead letters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, queryRows, startStack, type TestStack, waitFor } from '@sectorwars/testing';

let stack: TestStack;
let adminToken: string;
let playerToken: string;
let playerId: string;
before(async () => {
  stack = await startStack({ subgraphs: ['identity'], env: { BOOTSTRAP_ADMIN_PASSWORD: 'admin password 1' } });
  const login = await stack.gateway.data<{ login: { accessToken: string } }>(
    'mutation { login(input: { email: "admin@sectorwars.local", password: "admin password 1" }) { accessToken } }',
  );
  adminToken = login.login.accessToken;
  const registered = await stack.gateway.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
    'mutation { registerPlayer(input: { handle: "eventful", email: "eventful@example.test", password: "long password 1", displayName: "Eventful" }) { accessToken player { id } } }',
  );
  playerToken = registered.registerPlayer.accessToken;
  playerId = registered.registerPlayer.player.id;
});
after(() => stack?.stop());

const recordsFor = (subject: string) =>
  queryRows<{ value: string; key: string }>(
    stack.database.url,
    `SELECT key, value FROM eventbus.records WHERE topic = 'sectorwars.identity.player' AND key = $1 ORDER BY "offset"`,
    [subject],
  );

describe('identity events', () => {
  test('registering a player publishes player.registered (CloudEvents) on the bus, and empties the outbox', async () => {
    const [record] = await waitFor('the event on the bus', async () => {
      const rows = await recordsFor(playerId);
      return rows.length ? rows : undefined;
    });
    const envelope = JSON.parse(record.value);
    assert.equal(envelope.specversion, '1.0');
    assert.equal(envelope.type, 'sectorwars.identity.player.registered.v1');
    assert.equal(envelope.source, 'sectorwars.identity');
    assert.equal(envelope.subject, playerId);
    assert.equal(envelope.data.handle, 'eventful');
    const outbox = await queryRows(stack.database.url, 'SELECT 1 FROM identity.outbox');
    assert.equal(outbox.length, 0);
  });

  test('/metrics reports the outbox backlog, relayed events and dead letters', async () => {
    await waitFor('a relayed event', async () => ((await recordsFor(playerId)).length ? true : undefined));
    const metrics = await (await fetch(`${stack.subgraphUrls.identity}/metrics`)).text();
    assert.match(metrics, /^events_outbox_backlog\{[^}]*\} 0$/m);
    assert.match(metrics, /^events_relayed_total\{[^}]*\} [1-9]/m);
    assert.match(metrics, /^events_dead_letters\{[^}]*\} \d+$/m);
  });

  test('a refused registration publishes nothing', async () => {
    const before = await queryRows(stack.database.url, `SELECT count(*)::int AS n FROM eventbus.records`);
    const duplicate = await stack.gateway.request(
      'mutation { registerPlayer(input: { handle: "eventful", email: "other@example.test", password: "long password 1", displayName: "E" }) { player { id } } }',
    );
    assert.equal(errorCode(duplicate), 'CONFLICT');
    await new Promise((r) => setTimeout(r, 300));
    const afterRows = await queryRows(stack.database.url, `SELECT count(*)::int AS n FROM eventbus.records`);
    assert.deepEqual(afterRows, before);
  });
});

describe('dead letters (admin)', () => {
  const LIST =
    '{ identityDeadLetters(first: 10) { totalCount edges { node { id consumerGroup error attempts replayedAt } } } }';
  const REPLAY =
    'mutation($input: ReplayDeadLetterInput!) { replayIdentityDeadLetter(input: $input) { deadLetter { id replayedAt } } }';

  test('only admins list and replay dead letters', async () => {
    assert.equal(errorCode(await stack.gateway.request(LIST)), 'UNAUTHENTICATED');
    assert.equal(errorCode(await stack.gateway.request(LIST, {}, { token: playerToken })), 'FORBIDDEN');
    const input = { id: '00000000-0000-4000-8000-000000000000' };
    assert.equal(errorCode(await stack.gateway.request(REPLAY, { input })), 'UNAUTHENTICATED');
    assert.equal(errorCode(await stack.gateway.request(REPLAY, { input }, { token: playerToken })), 'FORBIDDEN');
    assert.equal(errorCode(await stack.gateway.request(REPLAY, { input }, { token: adminToken })), 'NOT_FOUND');
    const bad = await stack.gateway.request(REPLAY, { input: { id: 'nope' } }, { token: adminToken });
    assert.equal(errorCode(bad), 'BAD_USER_INPUT');
    assert.equal(bad.errors?.[0].extensions?.field, 'id');
  });

  test('an admin sees a dead letter and replays it onto its topic', async () => {
    const [record] = await waitFor('the registration event', async () => {
      const rows = await recordsFor(playerId);
      return rows.length ? rows : undefined;
    });
    // A consumer group of identity gave up on this event (as the consumer would record it).
    await queryRows(
      stack.database.url,
      `INSERT INTO identity.dead_letters (consumer_group, topic, event_id, type, raw, error, attempts)
       VALUES ('identity.example', 'sectorwars.identity.player', $1, $2, $3, 'boom', 5)`,
      [JSON.parse(record.value).id, JSON.parse(record.value).type, record.value],
    );
    const listed = await stack.gateway.data<{
      identityDeadLetters: { totalCount: number; edges: { node: { id: string; error: string } }[] };
    }>(LIST, {}, { token: adminToken });
    assert.equal(listed.identityDeadLetters.totalCount, 1);
    const { id } = listed.identityDeadLetters.edges[0].node;
    const replayed = await stack.gateway.data<{ replayIdentityDeadLetter: { deadLetter: { replayedAt: string } } }>(
      REPLAY,
      { input: { id } },
      { token: adminToken },
    );
    assert.ok(replayed.replayIdentityDeadLetter.deadLetter.replayedAt);
    await waitFor('the replayed copy on the bus', async () =>
      (await recordsFor(playerId)).length === 2 ? true : undefined,
    );
    const after = await stack.gateway.data<{ identityDeadLetters: { totalCount: number } }>(
      LIST,
      {},
      { token: adminToken },
    );
    assert.equal(after.identityDeadLetters.totalCount, 0);
  });
});
