/**
 * A child process the contract suite kills with SIGKILL at an exact point:
 *
 * - `MODE=relay`: relays the outbox and dies after the transport acknowledged the
 *   first batch, before the batch is deleted from the outbox;
 * - `MODE=consumer`: consumes and dies after `CRASH_AFTER` events were handled and
 *   committed, before the transport commits its position.
 *
 * Env: MODE, DATABASE_URL, TRANSPORT (postgres|kafka), AGGREGATE, GROUP, CRASH_AFTER.
 */
import { EventConsumer } from '../consumer';
import { DeadLetterStore } from '../dead-letters';
import { Outbox } from '../outbox';
import { OutboxRelay } from '../relay';
import {
  CONTRACT_SCHEMA,
  contractEvent,
  makeTransport,
  openContractDatabase,
  quietLogger,
  recordEffect,
  type TransportKind,
} from './fixture';

const die = (): void => {
  process.kill(process.pid, 'SIGKILL');
};

async function main() {
  const env = process.env as Record<string, string>;
  const logger = quietLogger();
  const dataSource = await openContractDatabase(env.DATABASE_URL, false);
  const transport = makeTransport(env.TRANSPORT as TransportKind, env.DATABASE_URL, logger);
  if (env.MODE === 'relay') {
    const relay = new OutboxRelay({
      dataSource,
      schema: CONTRACT_SCHEMA,
      transport,
      logger,
      batchSize: 10,
      onBatchSent: die,
    });
    relay.start();
    return;
  }
  const outbox = new Outbox(CONTRACT_SCHEMA, 'sectorwars.test');
  let handled = 0;
  const consumer = new EventConsumer({
    dataSource,
    schema: CONTRACT_SCHEMA,
    transport,
    deadLetters: new DeadLetterStore(dataSource, CONTRACT_SCHEMA, outbox, transport),
    group: env.GROUP,
    types: [contractEvent(env.AGGREGATE)],
    handler: (event, manager) => recordEffect(env.GROUP, event, manager),
    logger,
    onHandled: () => {
      handled += 1;
      if (handled >= Number(env.CRASH_AFTER)) die();
    },
  });
  await consumer.start();
}

main().catch((error) => {
  process.stderr.write(`crash worker failed: ${(error as Error).stack}\n`);
  process.exit(2);
});
