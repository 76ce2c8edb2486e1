/**
 * @sectorwars/governance — policies and weighted votes, elections, treaties between regions,
 * with local projections of regions (owner, rules), the voter roll and offices kept from
 * regions' events. `startGovernance(env)` runs the subgraph in this process (tests,
 * `main.ts`); `buildGovernanceSchema()` gives its schema for composition.
 */
import 'reflect-metadata';
import { governanceEvents, JobScheduler, openServiceRuntime } from '@sectorwars/events';
import { createTokenVerifier, loadConfig, type RunningService, startSubgraph } from '@sectorwars/platform';
import { AuditService } from './audit/audit.service';
import { GameClock, governanceConfigSchema } from './config';
import { type GovernanceServices, governanceContext } from './context';
import { ElectionService } from './election/election.service';
import { JOBS } from './jobs';
import { CreateGovernanceTables1765000000000 } from './migrations/1765000000000-CreateGovernanceTables';
import { AddEventTables1765000100000 } from './migrations/1765000100000-AddEventTables';
import { AddRowLevelSecurity1765000200000 } from './migrations/1765000200000-AddRowLevelSecurity';
import { AddCastVoteFunction1765000300000 } from './migrations/1765000300000-AddCastVoteFunction';
import { CastVotesInBatches1765000400000 } from './migrations/1765000400000-CastVotesInBatches';
import { consumePolicyImplemented } from './policy/policy.consumer';
import { PolicyService } from './policy/policy.service';
import { consumeRegionEvents } from './region/region.consumer';
import { RegionProjection } from './region/region.service';
import { buildGovernanceSchema } from './schema';
import { TreatyService } from './treaty/treaty.service';
import { consumeVoterRoll } from './voter-roll/voter-roll.consumer';
import { VoterRollService } from './voter-roll/voter-roll.service';

export { GameClock, governanceConfigSchema } from './config';
export type { GovernanceServices } from './context';
export { ElectionService } from './election/election.service';
export { JOBS } from './jobs';
export { POLICY_CHANGES, POLICY_RULES } from './policy/policy.rules';
export { PolicyService } from './policy/policy.service';
export { buildGovernanceSchema } from './schema';
export { SERVED_BY_GATEWAY } from './subscription/subscription.resolver';
export { TreatyService } from './treaty/treaty.service';
export { VoterRollService } from './voter-roll/voter-roll.service';

/** The governance schema's migrations, in order. */
export const GOVERNANCE_MIGRATIONS = [
  CreateGovernanceTables1765000000000,
  AddEventTables1765000100000,
  AddRowLevelSecurity1765000200000,
  AddCastVoteFunction1765000300000,
  CastVotesInBatches1765000400000,
];

/** Postgres schema of governance's pg-boss job tables. */
export const GOVERNANCE_JOBS_SCHEMA = 'governance_jobs';

/** A running governance subgraph; `services` lets in-process tests and benchmarks reach the rules directly. */
export interface RunningGovernance extends RunningService {
  services: GovernanceServices;
}

/**
 * Starts governance: validates `env` (see `governanceConfigSchema`), migrates its schema,
 * registers the idempotent consumers of regions' events (region projection, voter roll and
 * offices, policy implemented), starts the event bus, the pg-boss job worker (schema
 * `governance_jobs`: votes closing, elections closing and following terms, treaties
 * expiring) and reschedules the jobs of everything still open (idempotent keys), then
 * serves GraphQL on PORT (4003).
 *
 * @throws ConfigError on bad configuration
 */
export async function startGovernance(
  env: Record<string, string | undefined> = process.env,
): Promise<RunningGovernance> {
  const config = loadConfig(governanceConfigSchema, env);
  const { logger, dataSource, metrics, bus, close } = await openServiceRuntime({
    service: 'governance',
    config,
    migrations: GOVERNANCE_MIGRATIONS,
    emits: [
      governanceEvents.policyTallied,
      governanceEvents.policyStatusChanged,
      governanceEvents.policyPassed,
      governanceEvents.electionUpdated,
      governanceEvents.electionCompleted,
      governanceEvents.treatySigned,
      governanceEvents.treatyTerminated,
      governanceEvents.treatyExpired,
    ],
  });
  const scheduler = new JobScheduler({
    connectionString: config.DATABASE_URL,
    schema: GOVERNANCE_JOBS_SCHEMA,
    logger,
    pollingIntervalSeconds: config.GOVERNANCE_JOB_POLL_SECONDS,
  });
  const clock = new GameClock(config.GOVERNANCE_DAY_SECONDS);
  const audit = new AuditService();
  const roll = new VoterRollService(dataSource);
  const regions = new RegionProjection(dataSource);
  const services: GovernanceServices = {
    deadLetters: bus.deadLetters,
    roll,
    policies: new PolicyService(dataSource, bus.outbox, roll, scheduler, clock, audit, logger),
    elections: new ElectionService(dataSource, bus.outbox, roll, scheduler, clock, audit, logger),
    treaties: new TreatyService(dataSource, bus.outbox, roll, scheduler, clock, audit, logger),
  };

  await consumeRegionEvents(bus, regions);
  await consumeVoterRoll(bus, roll);
  await consumePolicyImplemented(bus, services.policies);
  await bus.start();

  await scheduler.start();
  await scheduler.work<{ policyId: string }>(JOBS.policyClose, async ({ policyId }) => {
    await services.policies.closeVote(policyId);
  });
  await scheduler.work<{ electionId: string }>(JOBS.electionClose, async ({ electionId }) => {
    await services.elections.close(electionId);
  });
  await scheduler.work<{ previousElectionId: string }>(JOBS.electionNext, async ({ previousElectionId }) => {
    await services.elections.openNext(previousElectionId);
  });
  await scheduler.work<{ treatyId: string }>(JOBS.treatyExpire, async ({ treatyId }) => {
    await services.treaties.expire(treatyId);
  });
  await services.policies.resume();
  await services.elections.resume();
  await services.treaties.resume();

  const running = await startSubgraph({
    name: 'governance',
    schema: await buildGovernanceSchema(),
    logger,
    dataSource,
    metrics,
    port: config.PORT,
    verifyToken: createTokenVerifier(config.JWKS_URL),
    extendContext: governanceContext(services),
  });
  return {
    ...running,
    services,
    async stop() {
      await running.stop();
      await scheduler.stop();
      await close();
    },
  };
}
