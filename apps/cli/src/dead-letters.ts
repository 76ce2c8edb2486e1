import { SUBGRAPHS } from '@sectorwars/devstack';
import { DeadLetterStore, Outbox } from '@sectorwars/events';
import { DataSource } from 'typeorm';

/** Database URL of `npm start`'s embedded Postgres, the CLI's default. */
export const EMBEDDED_DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/sectorwars';

/**
 * Opens the dead-letter store of one service, straight on its database schema
 * (the CLI works even when the service is down).
 * @throws Error for an unknown service name
 */
export async function openDeadLetters(service: string, databaseUrl: string) {
  if (!SUBGRAPHS.some((s) => s.name === service)) {
    throw new Error(`unknown service "${service}"; one of: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  }
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, schema: service, entities: [] });
  await dataSource.initialize();
  const store = new DeadLetterStore(dataSource, service, new Outbox(service, `sectorwars.${service}`));
  return { store, close: () => dataSource.destroy() };
}
