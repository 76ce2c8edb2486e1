import { type ConsumedEvent, type EventBus, governanceEvents } from '@sectorwars/events';
import type { PolicyApplicationService, PolicyPassed } from './policy-application.service';

/** Consumer group of regions' `governance.policy.passed` consumer. */
export const PASSED_POLICY_GROUP = 'regions.passed-policies';

/**
 * Registers the idempotent consumer that puts passed policies in force (tax rate, immigration
 * stance, …) and answers with `regions.region.policy-implemented`. Call before `bus.start()`.
 */
export function consumePassedPolicies(bus: EventBus, policies: PolicyApplicationService) {
  return bus.consume(PASSED_POLICY_GROUP, [governanceEvents.policyPassed], (event, manager) =>
    policies.applyPassedPolicy(manager, (event as ConsumedEvent<PolicyPassed>).data),
  );
}
