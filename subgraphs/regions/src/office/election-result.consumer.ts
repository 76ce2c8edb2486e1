import { type ConsumedEvent, type EventBus, governanceEvents } from '@sectorwars/events';
import type { ElectionCompleted, OfficeService } from './office.service';

/** Consumer group of regions' `governance.election.completed` consumer. */
export const ELECTION_RESULT_GROUP = 'regions.election-results';

/**
 * Registers the idempotent consumer that grants an election winner the position's region
 * role (and revokes the previous holder's). Call before `bus.start()`.
 */
export function consumeElectionResults(bus: EventBus, offices: OfficeService) {
  return bus.consume(ELECTION_RESULT_GROUP, [governanceEvents.electionCompleted], (event, manager) =>
    offices.applyElectionResult(manager, (event as ConsumedEvent<ElectionCompleted>).data),
  );
}
