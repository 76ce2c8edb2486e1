/**
 * Live subscriptions through the gateway (graphql-ws on `ws://…/graphql`), against real
 * identity and nexus processes, a real Postgres and the Postgres event bus: progress of a
 * real Nexus generation, authorization, one root query per update whatever the number of
 * subscribers, coalescing of a burst, unsubscribing, and a clean stop.
 *
 * The governance fields of the registry (`policyVoteTallied`, `policyStatusChanged`,
 * `electionUpdated`) are tested once the governance subgraph declares them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createEnvelope, createTransportFromEnv, nexusEvents, type Transport } from '@sectorwars/events';
import { createLogger, type RunningService } from '@sectorwars/platform';
import { composeSubset, startStack, subscribe, type TestStack, waitFor } from '@sectorwars/testing';
import WebSocket from 'ws';
import { startGateway } from './index';

const FIELD = 'nexusGenerationProgressed';
const PROGRESSED = `subscription { ${FIELD} { id status percent message } }`;
const GENERATE = 'mutation($input: GenerateNexusInput!) { generateNexus(input: $input) { job { id } } }';
const PROGRESS = '{ nexusGenerationProgress { id status percent message } }';

interface Job {
  id: string;
  status: string;
  percent: number;
  message: string;
}
type Progressed = { [FIELD]: Job };

let stack: TestStack;
let wsUrl: string;
let adminToken: string;
let playerToken: string;
let bus: Transport;
before(async () => {
  stack = await startStack({ subgraphs: ['identity', 'nexus'], env: { BOOTSTRAP_ADMIN_PASSWORD: 'admin password 1' } });
  wsUrl = stack.gatewayUrl.replace(/^http/, 'ws');
  const login = await stack.gateway.data<{ login: { accessToken: string } }>(
    'mutation { login(input: { email: "admin@sectorwars.local", password: "admin password 1" }) { accessToken } }',
  );
  adminToken = login.login.accessToken;
  const registered = await stack.gateway.data<{ registerPlayer: { accessToken: string } }>(
    'mutation { registerPlayer(input: { handle: "watcher", email: "watcher@example.test", password: "long password 1", displayName: "W" }) { accessToken } }',
  );
  playerToken = registered.registerPlayer.accessToken;
  bus = createTransportFromEnv(
    { DATABASE_URL: stack.database.url },
    { clientId: 'test', logger: createLogger('test', 'warn') },
  );
});
after(async () => {
  await bus?.close();
  await stack?.stop();
});

/** Sum of a metric's samples on the gateway's /metrics whose labels contain every `labels` pair. */
async function metric(name: string, labels: Record<string, string> = {}, base = stack.gatewayBaseUrl): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{([^}]*)\})? ([-0-9.e+]+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => have.includes(`${k}="${v}"`))) sum += Number(match[3]);
  }
  return sum;
}

const subscribers = () => metric('gateway_subscription_subscribers', { field: FIELD });
const waitForSubscribers = (count: number) =>
  waitFor(`${count} open subscriptions`, async () => ((await subscribers()) === count ? true : undefined), 10_000);

/** Starts a forced generation as the admin. @returns the job id */
async function generate(): Promise<string> {
  const started = await stack.gateway.data<{ generateNexus: { job: { id: string } } }>(
    GENERATE,
    { input: { force: true } },
    { token: adminToken },
  );
  return started.generateNexus.job.id;
}

/** Waits until `values` holds a READY payload of `jobId`. */
const waitForReady = (values: Progressed[], jobId: string, timeoutMs = 30_000) =>
  waitFor(
    `READY payload of job ${jobId}`,
    async () => (values.some((v) => v[FIELD].id === jobId && v[FIELD].status === 'READY') ? true : undefined),
    timeoutMs,
  );

/** The `extensions.code`s of a refused subscription (the test client throws the error payload as JSON). */
async function refusal(subscription: ReturnType<typeof subscribe>): Promise<string[]> {
  const error = await subscription.nth(1, 10_000).then(
    () => assert.fail('the subscription was accepted'),
    (e: Error) => e,
  );
  const errors = JSON.parse(error.message) as { extensions?: { code?: string } }[];
  return errors.map((e) => String(e.extensions?.code));
}

describe('nexusGenerationProgressed through the gateway', () => {
  test('an admin receives the progress of a generation in order, ending at READY 100', async () => {
    const watcher = subscribe<Progressed>(wsUrl, PROGRESSED, {}, adminToken);
    try {
      await waitForSubscribers(1);
      const jobId = await generate();
      await waitForReady(watcher.values, jobId);
      const mine = watcher.values.map((v) => v[FIELD]).filter((job) => job.id === jobId);
      const percents = mine.map((job) => job.percent);
      assert.deepEqual(
        percents,
        [...percents].sort((a, b) => a - b),
        `never an older state after a newer one: ${percents.join(',')}`,
      );
      assert.deepEqual(mine.at(-1), { ...mine.at(-1), status: 'READY', percent: 100 });
      assert.equal(watcher.values.at(-1)?.[FIELD].id, jobId, 'the READY payload is the last one');
    } finally {
      await watcher.close();
    }
  });

  test('a player is refused with FORBIDDEN and an anonymous caller with UNAUTHENTICATED, like the query', async () => {
    const player = subscribe(wsUrl, PROGRESSED, {}, playerToken);
    const anonymous = subscribe(wsUrl, PROGRESSED);
    try {
      assert.deepEqual(await refusal(player), ['FORBIDDEN']);
      assert.deepEqual(await refusal(anonymous), ['UNAUTHENTICATED']);
      assert.equal(await subscribers(), 0);
    } finally {
      await player.close();
      await anonymous.close();
    }
  });

  test('an invalid token closes the connection with 4403 and the reason', async () => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer not-a-token' } }));
    const { code, reason } = await closed;
    assert.equal(code, 4403);
    assert.match(reason, /^UNAUTHENTICATED: Access token is invalid/);
  });

  test('a selection the subgraph does not have, or a field the gateway does not serve, is refused before subscribing', async () => {
    const bad = subscribe(wsUrl, `subscription { ${FIELD} { id noSuchField } }`, {}, adminToken);
    try {
      await assert.rejects(bad.nth(1, 5000), /noSuchField/);
    } finally {
      await bad.close();
    }
  });

  test('one root query per update, whatever the number of subscribers (50)', async () => {
    const watchers = Array.from({ length: 50 }, () => subscribe<Progressed>(wsUrl, PROGRESSED, {}, adminToken));
    try {
      await waitForSubscribers(50);
      const before = {
        queries: await metric('gateway_subscription_queries_total', { field: FIELD, phase: 'update', outcome: 'ok' }),
        updates: await metric('gateway_subscription_updates_total', { field: FIELD }),
        payloads: await metric('gateway_subscription_payloads_total', { field: FIELD }),
      };
      const jobId = await generate();
      for (const watcher of watchers) await waitForReady(watcher.values, jobId);
      const queries =
        (await metric('gateway_subscription_queries_total', { field: FIELD, phase: 'update', outcome: 'ok' })) -
        before.queries;
      const updates = (await metric('gateway_subscription_updates_total', { field: FIELD })) - before.updates;
      const payloads = (await metric('gateway_subscription_payloads_total', { field: FIELD })) - before.payloads;
      // A generation publishes 4 events (queued, 5 %, 50 %, 100 %): at most 4 updates.
      assert.ok(updates >= 1 && updates <= 4, `updates: ${updates}`);
      // A query whose answer did not change since the last update sends nothing (outcome "unchanged").
      assert.equal(queries, updates, 'one root query per update, not one per subscriber');
      assert.equal(payloads, updates * 50, 'each update reaches every subscriber');
      for (const watcher of watchers) assert.equal(watcher.values.at(-1)?.[FIELD].status, 'READY');
    } finally {
      await Promise.all(watchers.map((w) => w.close()));
    }
  });

  test('a burst is coalesced to at most ~10 payloads per second and ends with the latest state', async () => {
    const watcher = subscribe<Progressed>(wsUrl, PROGRESSED, {}, adminToken);
    const arrivals: number[] = [];
    const seen = watcher.values.push.bind(watcher.values);
    watcher.values.push = (...items) => {
      arrivals.push(Date.now());
      return seen(...items);
    };
    try {
      await waitForSubscribers(1);
      const routedBefore = await metric('gateway_subscription_events_total', { field: FIELD, outcome: 'routed' });
      const staleBefore = await metric('gateway_subscription_events_total', { field: FIELD, outcome: 'stale' });
      const jobId = await generate();
      // 200 progress events of the running job, one transaction each, as fast as the bus takes them;
      // percents stay below the job's own 100 % so its READY event is the newest version.
      const burst = 200;
      const startedAt = Date.now();
      for (let i = 0; i < burst; i++) {
        const envelope = createEnvelope(nexusEvents.generationProgressed, {
          source: 'sectorwars.test',
          subject: jobId,
          data: { jobId, kind: 'generate', status: 'GENERATING', percent: i * 0.45, message: `burst ${i}` },
        });
        await bus.send([
          { topic: nexusEvents.generationProgressed.topic, key: jobId, value: JSON.stringify(envelope) },
        ]);
      }
      const burstMs = Date.now() - startedAt;
      await waitForReady(watcher.values, jobId);
      await new Promise((resolve) => setTimeout(resolve, 500));

      const routed =
        (await metric('gateway_subscription_events_total', { field: FIELD, outcome: 'routed' })) - routedBefore;
      const stale =
        (await metric('gateway_subscription_events_total', { field: FIELD, outcome: 'stale' })) - staleBefore;
      assert.ok(routed + stale >= burst, `every event reached the group (${routed} routed, ${stale} stale)`);
      const busiest = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length));
      assert.ok(busiest <= 11, `at most ~10 payloads in any second; busiest second had ${busiest}`);
      assert.ok(arrivals.length < burst / 2, `${arrivals.length} payloads for ${burst} events sent in ${burstMs} ms`);
      const current = await stack.gateway.data<{ nexusGenerationProgress: Job }>(PROGRESS, {}, { token: adminToken });
      assert.deepEqual(
        watcher.values.at(-1)?.[FIELD],
        current.nexusGenerationProgress,
        'the last payload is the latest state',
      );

      // An event older than what was delivered is dropped, and nothing is sent for it.
      const count = watcher.values.length;
      const old = createEnvelope(nexusEvents.generationProgressed, {
        source: 'sectorwars.test',
        subject: jobId,
        data: { jobId, kind: 'generate', status: 'GENERATING', percent: 1, message: 'late' },
      });
      await bus.send([{ topic: nexusEvents.generationProgressed.topic, key: jobId, value: JSON.stringify(old) }]);
      await waitFor('the late event counted as stale', async () =>
        (await metric('gateway_subscription_events_total', { field: FIELD, outcome: 'stale' })) > stale + staleBefore
          ? true
          : undefined,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(watcher.values.length, count, 'no payload for a stale event');
    } finally {
      await watcher.close();
    }
  });

  test('unsubscribing stops delivery to that subscriber only', async () => {
    const leaving = subscribe<Progressed>(wsUrl, PROGRESSED, {}, adminToken);
    const staying = subscribe<Progressed>(wsUrl, PROGRESSED, {}, adminToken);
    try {
      await waitForSubscribers(2);
      await leaving.close();
      await waitForSubscribers(1);
      const jobId = await generate();
      await waitForReady(staying.values, jobId);
      assert.equal(leaving.values.length, 0);
    } finally {
      await staying.close();
    }
  });
});

describe('a second gateway instance', () => {
  let gateway: RunningService;
  before(async () => {
    gateway = await startGateway({
      PORT: '0',
      LOG_LEVEL: 'warn',
      SUPERGRAPH_PATH: composeSubset(['identity', 'nexus']),
      SUBGRAPH_IDENTITY_URL: `${stack.subgraphUrls.identity}/graphql`,
      SUBGRAPH_NEXUS_URL: `${stack.subgraphUrls.nexus}/graphql`,
      DATABASE_URL: stack.database.url,
      KAFKA_BROKERS: '',
    });
  });

  test('gets every event too (its own live tail), and stops cleanly with subscriptions open', async () => {
    const url = `${gateway.url.replace(/^http/, 'ws')}/graphql`;
    const watcher = subscribe<Progressed>(url, PROGRESSED, {}, adminToken);
    const other = subscribe<Progressed>(wsUrl, PROGRESSED, {}, adminToken);
    try {
      await waitFor('a subscriber on the second gateway', async () =>
        (await metric('gateway_subscription_subscribers', { field: FIELD }, gateway.url)) === 1 ? true : undefined,
      );
      await waitForSubscribers(1);
      const jobId = await generate();
      await waitForReady(watcher.values, jobId);
      await waitForReady(other.values, jobId);
    } finally {
      // The test client would keep reconnecting to the stopped gateway: close it first.
      await watcher.close();
      await other.close();
    }

    // A raw graphql-ws connection with an open subscription while the gateway stops.
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const messages: { type: string }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${adminToken}` } }));
    await waitFor('connection_ack', async () => (messages.some((m) => m.type === 'connection_ack') ? true : undefined));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: PROGRESSED } }));
    await waitFor('the raw subscription', async () =>
      (await metric('gateway_subscription_subscribers', { field: FIELD }, gateway.url)) === 1 ? true : undefined,
    );
    const stopping = Date.now();
    await gateway.stop();
    assert.ok(Date.now() - stopping < 3000, `stopped in ${Date.now() - stopping} ms`);
    assert.equal(await closed, 1001, 'open sockets are closed with "going away"');
    assert.ok(
      !messages.some((m) => m.type === 'complete' || m.type === 'error'),
      'not completed: a graphql-ws client reconnects and subscribes again elsewhere',
    );
    assert.equal(
      await metric('gateway_subscription_subscribers', { field: FIELD }),
      0,
      'the first gateway is untouched',
    );
  });
});
