/**
 * @sectorwars/devstack — local infrastructure shared by `npm start` and the
 * test harness: embedded Postgres, the Kafka mock cluster, supervised service
 * processes, and the list of services.
 */
export * from './kafka';
export * from './keys';
export * from './paths';
export * from './ports';
export * from './postgres';
export * from './service-process';
export * from './services';
