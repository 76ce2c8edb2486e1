/**
 * @sectorwars/testing — the harness every test uses: a fresh database per
 * test file on the test Postgres, the platform started as real processes on
 * free ports, and a GraphQL client (HTTP and graphql-ws).
 */
export * from './client';
export * from './cpu';
export * from './database';
export * from './load-client';
export * from './stack';
export * from './tokens';
export * from './wait';
