import { eventTablesMigration } from '@sectorwars/events';

/** Outbox, consumed events and dead letters of the nexus service. */
export const AddEventTables1764000100000 = eventTablesMigration('nexus', 1764000100000);
