import { type ConsumedEvent, type EventBus, regionsEvents } from '@sectorwars/events';
import type { MembershipChangedData, RoleChangedData, VoterRollService } from './voter-roll.service';

/** Consumer group keeping the voter roll and the offices. */
export const VOTER_ROLL_GROUP = 'governance.voter-roll';

/**
 * Registers the idempotent consumer (group `governance.voter-roll`) of
 * `region.membership.changed` (voter roll) and `region.membership.role-changed` (offices).
 * Regions keys both by region and player, so one player's changes arrive in order (the
 * handlers also ignore changes older than what they hold).
 * Call before `bus.start()`.
 */
export function consumeVoterRoll(bus: EventBus, roll: VoterRollService) {
  return bus.consume(
    VOTER_ROLL_GROUP,
    [regionsEvents.membershipChanged, regionsEvents.roleChanged],
    (event, manager) => {
      if (event.envelope.type === regionsEvents.membershipChanged.type) {
        return roll.applyMembershipChanged(manager, (event as ConsumedEvent<MembershipChangedData>).data);
      }
      return roll.applyRoleChanged(manager, (event as ConsumedEvent<RoleChangedData>).data);
    },
  );
}
