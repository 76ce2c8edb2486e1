import { eventTablesMigration } from '@sectorwars/events';

/** Outbox, consumed events and dead letters of the identity service. */
export const AddEventTables1763769700000 = eventTablesMigration('identity', 1763769700000);
