import { type ConsumedEvent, type EventBus, regionsEvents } from '@sectorwars/events';
import type { PolicyImplementedData, PolicyService } from './policy.service';

/** Consumer group marking passed policies implemented. */
export const POLICY_IMPLEMENTED_GROUP = 'governance.policy-implemented';

/**
 * Registers the idempotent consumer (group `governance.policy-implemented`) of
 * `region.policy-implemented`: the policy becomes IMPLEMENTED and `policy.status-changed`
 * is published. Call before `bus.start()`.
 */
export function consumePolicyImplemented(bus: EventBus, policies: PolicyService) {
  return bus.consume(POLICY_IMPLEMENTED_GROUP, [regionsEvents.policyImplemented], (event, manager) =>
    policies.markImplemented(manager, (event as ConsumedEvent<PolicyImplementedData>).data),
  );
}
