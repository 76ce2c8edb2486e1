import type { DeadLetterStore } from '@sectorwars/events';
import { forbidden, type RequestContext, unauthenticated } from '@sectorwars/platform';
import DataLoader from 'dataloader';
import type { ElectionService } from './election/election.service';
import type { Candidate, Election } from './election/election.types';
import type { PolicyService } from './policy/policy.service';
import type { Policy } from './policy/policy.types';
import type { TreatyService } from './treaty/treaty.service';
import type { Treaty } from './treaty/treaty.types';
import type { VoterRollService } from './voter-roll/voter-roll.service';
import { canRead, type Standing } from './voter-roll/voter-roll.types';

/** The governance subgraph's business services, created once per process. */
export interface GovernanceServices {
  deadLetters: DeadLetterStore;
  roll: VoterRollService;
  policies: PolicyService;
  elections: ElectionService;
  treaties: TreatyService;
}

/** Resolver context of the governance subgraph. */
export interface GovernanceContext extends RequestContext {
  services: GovernanceServices;
  /** The admin dead-letter resolver reads it here. */
  deadLetters: DeadLetterStore;
  /** The viewer's standing (rules, membership, offices) per region id, batched per request. */
  standingLoader: DataLoader<string, Standing>;
  /** Policies by id, batched per request. */
  policyLoader: DataLoader<string, Policy | null>;
  /** Elections by id, batched per request. */
  electionLoader: DataLoader<string, Election | null>;
  /** Treaties by id, batched per request. */
  treatyLoader: DataLoader<string, Treaty | null>;
  /** Candidates per election id, batched per request (`Election.candidates` of a whole page in one query). */
  candidatesLoader: DataLoader<string, Candidate[]>;
}

/** Adds the services and request-scoped DataLoaders to the base context. */
export const governanceContext =
  (services: GovernanceServices) =>
  (base: RequestContext): GovernanceContext => ({
    ...base,
    services,
    deadLetters: services.deadLetters,
    standingLoader: new DataLoader((ids: readonly string[]) => services.roll.standings(base.viewer, ids)),
    policyLoader: new DataLoader((ids: readonly string[]) => services.policies.findByIds(ids)),
    electionLoader: new DataLoader((ids: readonly string[]) => services.elections.findByIds(ids)),
    treatyLoader: new DataLoader((ids: readonly string[]) => services.treaties.findByIds(ids)),
    candidatesLoader: new DataLoader((ids: readonly string[]) => services.elections.candidatesOf(ids)),
  });

/**
 * Read rule of every governance read (`canRead`): members of the region (any membership
 * type), its owner, its office holders and admins. For a treaty, either region's readers.
 *
 * @throws UNAUTHENTICATED (anonymous), FORBIDDEN (anyone else)
 */
export async function assertCanRead(ctx: GovernanceContext, ...regionIds: string[]): Promise<void> {
  const standings = await ctx.standingLoader.loadMany(regionIds);
  if (standings.some((s) => !(s instanceof Error) && canRead(s))) return;
  if (!ctx.viewer.playerId) throw unauthenticated();
  throw forbidden("Only the region's members, owner, office holders and admins read its governance");
}
