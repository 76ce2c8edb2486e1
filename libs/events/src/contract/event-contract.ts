/**
 * The event contract, run against each transport (see `postgres.contract.test.ts`
 * and `kafka.contract.test.ts`): outbox → relay → transport → idempotent consumer,
 * including crashes of real child processes (SIGKILL) at the worst moments.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import type { Logger } from '@sectorwars/platform';
import { createTestDatabase, type TestDatabase } from '@sectorwars/testing';
import type { DataSource } from 'typeorm';
import type { EventDefinition } from '../catalog/define';
import { EventConsumer, type EventHandler } from '../consumer';
import { DeadLetterStore } from '../dead-letters';
import { createEnvelope, EventSchemaError } from '../envelope';
import { Outbox } from '../outbox';
import { OutboxRelay } from '../relay';
import type { Transport } from '../transport';
import {
  CONTRACT_SCHEMA,
  type contractData,
  contractEvent,
  makeTransport,
  openContractDatabase,
  quietLogger,
  recordEffect,
  type TransportKind,
} from './fixture';

type Definition = EventDefinition<typeof contractData>;

/** Polls `check` until it returns true. @throws Error with `what` after `timeoutMs` */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Registers the contract suite for one transport. */
export function describeEventContract(kind: TransportKind, topicFor: (label: string) => Promise<string>): void {
  describe(`event contract on the ${kind} transport`, () => {
    let db: TestDatabase;
    let dataSource: DataSource;
    let logger: Logger;
    const transports: Transport[] = [];
    const stoppers: (() => Promise<void>)[] = [];
    const outbox = new Outbox(CONTRACT_SCHEMA, 'sectorwars.test');

    before(async () => {
      db = await createTestDatabase();
      dataSource = await openContractDatabase(db.url, true);
      logger = quietLogger();
    });
    // Each case stops its relays and consumers, so the next starts alone (one relay leader per schema).
    afterEach(async () => {
      for (const stop of stoppers.splice(0).reverse()) await stop().catch(() => {});
      for (const t of transports.splice(0)) await t.close().catch(() => {});
    });
    after(async () => {
      await dataSource?.destroy();
      await db?.drop();
    });

    const newTransport = () => {
      const transport = makeTransport(kind, db.url, logger);
      transports.push(transport);
      return transport;
    };
    /** A fresh event type on a fresh topic, so cases never see each other's events. */
    const freshEvent = async (label: string): Promise<Definition> => {
      const topic = await topicFor(label);
      return contractEvent(topic.replace(/^sectorwars\.test\./, ''));
    };
    const startRelay = (transport: Transport) => {
      const relay = new OutboxRelay({
        dataSource,
        schema: CONTRACT_SCHEMA,
        transport,
        logger,
        batchSize: 50,
        pollIntervalMs: 200,
      });
      relay.start();
      stoppers.push(() => relay.stop());
      return relay;
    };
    const startConsumer = async (
      transport: Transport,
      group: string,
      definition: Definition,
      handler: EventHandler = (event, manager) => recordEffect(group, event, manager),
      maxAttempts = 3,
    ) => {
      const consumer = new EventConsumer({
        dataSource,
        schema: CONTRACT_SCHEMA,
        transport,
        deadLetters: new DeadLetterStore(dataSource, CONTRACT_SCHEMA, outbox, transport),
        group,
        types: [definition],
        handler,
        logger,
        maxAttempts,
        backoffMs: 20,
      });
      await consumer.start();
      stoppers.push(() => consumer.stop());
      return consumer;
    };
    const publishAll = async (definition: Definition, events: { subject: string; seq: number }[]) => {
      await dataSource.transaction(async (manager) => {
        for (const e of events) await outbox.publish(manager, definition, { subject: e.subject, data: { seq: e.seq } });
      });
    };
    const effects = (group: string) =>
      dataSource.query(
        `SELECT subject, seq, event_id, position FROM ${CONTRACT_SCHEMA}.effects WHERE consumer_group = $1 ORDER BY id`,
        [group],
      ) as Promise<{ subject: string; seq: number; event_id: string; position: string }[]>;
    const outboxCount = async () =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM ${CONTRACT_SCHEMA}.outbox`))[0].n as number;
    const group = (label: string) => `${label}-${randomBytes(3).toString('hex')}`;
    /** Three subjects with `perKey` events each, interleaved. */
    const interleaved = (perKey: number) => {
      const subjects = ['a', 'b', 'c'].map((s) => `${s}-${randomBytes(3).toString('hex')}`);
      const events = [];
      for (let seq = 0; seq < perKey; seq += 1) for (const subject of subjects) events.push({ subject, seq });
      return { subjects, events };
    };

    test('a bad event is refused at publish, before anything is written', async () => {
      const definition = await freshEvent('refused');
      await assert.rejects(
        dataSource.transaction((manager) =>
          outbox.publish(manager, definition, { subject: 'x', data: { seq: -1 } as never }),
        ),
        (error: unknown) => error instanceof EventSchemaError && /seq/.test(error.message),
      );
      assert.equal(await outboxCount(), 0);
    });

    test('the event commits or rolls back with the state change', async () => {
      const definition = await freshEvent('atomic');
      await assert.rejects(
        dataSource.transaction(async (manager) => {
          await outbox.publish(manager, definition, { subject: 'x', data: { seq: 1 } });
          throw new Error('the state change failed');
        }),
      );
      assert.equal(await outboxCount(), 0);
      await assert.rejects(
        outbox.publish(dataSource.manager, definition, { subject: 'x', data: { seq: 1 } }),
        /open transaction/,
      );
    });

    test('order is kept per key, every event once, for two groups each getting every event', async () => {
      const definition = await freshEvent('order');
      const transport = newTransport();
      const [g1, g2] = [group('order-1'), group('order-2')];
      await startConsumer(transport, g1, definition);
      await startConsumer(transport, g2, definition);
      const { subjects, events } = interleaved(40);
      await publishAll(definition, events);
      startRelay(transport);
      for (const g of [g1, g2]) {
        await waitFor(`${g} to handle ${events.length} events`, async () => (await effects(g)).length >= events.length);
        const rows = await effects(g);
        assert.equal(rows.length, events.length, 'each event handled exactly once');
        for (const subject of subjects) {
          const seqs = rows.filter((r) => r.subject === subject).map((r) => `${r.seq}@${r.position}`);
          assert.deepEqual(
            seqs.map((x) => Number(x.split('@')[0])),
            [...Array(40).keys()],
            `order of ${subject} in ${g}: ${seqs.join(',')}`,
          );
        }
      }
      await waitFor('the outbox to drain', async () => (await outboxCount()) === 0);
    });

    test('two consumers of one group split the work without duplicates', async () => {
      const definition = await freshEvent('split');
      const g = group('split');
      const seen = new Map<string, number>();
      const handler: EventHandler = async (event, manager) => {
        await recordEffect(g, event, manager);
        seen.set(event.envelope.id, (seen.get(event.envelope.id) ?? 0) + 1);
      };
      const byConsumer = [0, 0];
      await startConsumer(newTransport(), g, definition, async (e, m) => {
        byConsumer[0] += 1;
        await handler(e, m);
      });
      await startConsumer(newTransport(), g, definition, async (e, m) => {
        byConsumer[1] += 1;
        await handler(e, m);
      });
      // Let the group settle on two members before the events arrive.
      await new Promise((r) => setTimeout(r, kind === 'kafka' ? 6000 : 1000));
      startRelay(newTransport());
      // A rebalance can take longer than that on a busy machine: kafkajs learns of it at its next
      // heartbeat, and a member that misses its session timeout is evicted and rejoins (CI once
      // saw one member take all of 4 quick rounds). So rounds of 120 events, a second apart,
      // until both members worked or 45 s passed.
      let published = 0;
      const deadline = Date.now() + 45_000;
      while (!(byConsumer[0] > 0 && byConsumer[1] > 0) && Date.now() < deadline) {
        if (published) await new Promise((r) => setTimeout(r, 1000));
        const events = Array.from({ length: 120 }, (_, i) => ({ subject: `s-${i % 24}`, seq: published + i }));
        await publishAll(definition, events);
        published += events.length;
        await waitFor('all events handled', async () => (await effects(g)).length >= published);
      }
      const rows = await effects(g);
      assert.equal(rows.length, published);
      assert.equal(new Set(rows.map((r) => r.event_id)).size, published, 'no event handled twice');
      assert.ok(byConsumer[0] > 0 && byConsumer[1] > 0, `both consumers worked: ${byConsumer}`);
    });

    test('positions survive a consumer restart: only new events are handled', async () => {
      const definition = await freshEvent('restart');
      const g = group('restart');
      const transport = newTransport();
      startRelay(transport);
      let calls = 0;
      const counting: EventHandler = async (event, manager) => {
        calls += 1;
        await recordEffect(g, event, manager);
      };
      const first = await startConsumer(transport, g, definition, counting);
      await publishAll(
        definition,
        [0, 1, 2, 3, 4].map((seq) => ({ subject: 'k', seq })),
      );
      await waitFor('first five', async () => (await effects(g)).length === 5);
      await first.stop();
      await publishAll(
        definition,
        [5, 6, 7].map((seq) => ({ subject: 'k', seq })),
      );
      calls = 0;
      await startConsumer(transport, g, definition, counting);
      await waitFor('the three new ones', async () => (await effects(g)).length === 8);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(calls, 3, 'the restarted consumer saw only the new events');
      assert.deepEqual(
        (await effects(g)).map((r) => r.seq),
        [0, 1, 2, 3, 4, 5, 6, 7],
      );
    });

    test('a poisoned event goes to the dead-letter store after N attempts, and replays after the fix', async () => {
      const definition = await freshEvent('poison');
      const g = group('poison');
      const transport = newTransport();
      startRelay(transport);
      let broken = true;
      let attempts = 0;
      await startConsumer(
        transport,
        g,
        definition,
        async (event, manager) => {
          if ((event.data as { seq: number }).seq === 1 && broken) {
            attempts += 1;
            throw new Error('handler bug: cannot handle seq 1');
          }
          await recordEffect(g, event, manager);
        },
        3,
      );
      await publishAll(
        definition,
        [0, 1, 2].map((seq) => ({ subject: 'p', seq })),
      );
      const store = new DeadLetterStore(dataSource, CONTRACT_SCHEMA, outbox, transport);
      await waitFor('the dead letter', async () => (await store.list({ group: g })).length === 1);
      await waitFor('the events after it', async () => (await effects(g)).length === 2);
      const [letter] = await store.list({ group: g });
      assert.ok(attempts >= 3, `handler tried at least 3 times, got ${attempts}`);
      assert.equal(letter.attempts, 3);
      assert.match(letter.error, /cannot handle seq 1/);
      assert.deepEqual(
        (await effects(g)).map((r) => r.seq),
        [0, 2],
        'the consumer moved on',
      );

      broken = false;
      const replayed = await store.replay(letter.id);
      assert.ok(replayed?.replayedAt);
      await waitFor('the replayed event', async () => (await effects(g)).length === 3);
      assert.deepEqual((await effects(g)).map((r) => r.seq).sort(), [0, 1, 2]);
      assert.equal((await store.list({ group: g })).length, 0, 'no pending dead letter left');
      assert.equal(await store.replay(letter.id), null, 'a dead letter replays once');
    });

    test('data that fails its schema at consumption goes straight to the dead-letter store', async () => {
      const definition = await freshEvent('badschema');
      const g = group('badschema');
      const transport = newTransport();
      await startConsumer(transport, g, definition);
      const valid = createEnvelope(definition, { subject: 'z', data: { seq: 1 }, source: 'sectorwars.test' });
      const tampered = { ...valid, data: { seq: 'one' } };
      await transport.send([{ topic: definition.topic, key: 'z', value: JSON.stringify(tampered) }]);
      await transport.send([{ topic: definition.topic, key: 'z', value: 'not json at all' }]);
      const store = new DeadLetterStore(dataSource, CONTRACT_SCHEMA, outbox, transport);
      await waitFor('two dead letters', async () => (await store.list({ group: g })).length === 2);
      const errors = (await store.list({ group: g })).map((l) => l.error).join('\n');
      assert.match(errors, /data fails/);
      assert.match(errors, /invalid envelope/);
      assert.equal((await effects(g)).length, 0);
    });

    test('a consumer killed between its handler commit and the position commit does not double the effect', async () => {
      const definition = await freshEvent('crashconsumer');
      const g = group('crash-consumer');
      const transport = newTransport();
      startRelay(transport);
      await publishAll(
        definition,
        [0, 1, 2, 3, 4, 5].map((seq) => ({ subject: 'c', seq })),
      );
      const exit = await runWorker({ MODE: 'consumer', GROUP: g, AGGREGATE: definition.aggregate, CRASH_AFTER: '1' });
      assert.equal(exit, 'SIGKILL');
      const committed = (await effects(g)).length;
      assert.ok(committed >= 1, 'the worker committed effects before it died');
      assert.equal(
        await transport.lag(g, [definition.topic]),
        6,
        'but its position was not committed: all 6 come again',
      );
      await startConsumer(transport, g, definition);
      await waitFor('the rest', async () => (await effects(g)).length >= 6);
      await new Promise((r) => setTimeout(r, 300));
      const rows = await effects(g);
      assert.deepEqual(
        rows.map((r) => r.seq),
        [0, 1, 2, 3, 4, 5],
        'each effect exactly once, in order',
      );
    });

    test('a relay killed mid-batch loses nothing (it resends on restart)', async () => {
      const definition = await freshEvent('crashrelay');
      const g = group('crash-relay');
      await publishAll(
        definition,
        Array.from({ length: 25 }, (_, seq) => ({ subject: 'r', seq })),
      );
      const exit = await runWorker({ MODE: 'relay', GROUP: g, AGGREGATE: definition.aggregate, CRASH_AFTER: '0' });
      assert.equal(exit, 'SIGKILL');
      assert.equal(await outboxCount(), 25, 'the sent batch is still in the outbox');
      const transport = newTransport();
      await startConsumer(transport, g, definition);
      startRelay(transport);
      await waitFor('all 25', async () => (await effects(g)).length >= 25);
      await waitFor('the outbox to drain', async () => (await outboxCount()) === 0);
      const rows = await effects(g);
      assert.deepEqual(
        rows.map((r) => r.seq),
        [...Array(25).keys()],
        'every event once, in order, despite the resend',
      );
    });

    /** Runs the crash worker and resolves with the signal (or exit code) it ended with. */
    function runWorker(env: Record<string, string>): Promise<string> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [path.join(__dirname, 'crash-worker.js')], {
          env: { ...process.env, DATABASE_URL: db.url, TRANSPORT: kind, ...env },
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
        child.on('exit', (code, signal) => {
          clearTimeout(timer);
          resolve(signal ?? `exit ${code}`);
        });
      });
    }
  });
}
