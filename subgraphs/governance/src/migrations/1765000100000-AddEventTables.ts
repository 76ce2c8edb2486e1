import { eventTablesMigration } from '@sectorwars/events';

/** Outbox, consumed events and dead letters of the governance service. */
export const AddEventTables1765000100000 = eventTablesMigration('governance', 1765000100000);
