/**
 * @sectorwars/regions — player-owned regions of 500 sectors: provisioning, settings
 * (economy, governance, culture), membership, regional assets, audit log, with
 * row-level security per region. `startRegions(env)` runs the subgraph in this
 * process (tests, `main.ts`); `buildRegionsSchema()` gives its schema for composition.
 */
import 'reflect-metadata';
import { openServiceRuntime, regionsEvents } from '@sectorwars/events';
import { createTokenVerifier, loadConfig, type RunningService, startSubgraph } from '@sectorwars/platform';
import { AuditService } from './audit/audit.service';
import { regionsConfigSchema } from './config';
import { regionsContext } from './context';
import { countSqlPerRequest } from './db/sql-counter';
import { consumeNexusGates } from './gate/nexus-gate.consumer';
import { MembershipService } from './membership/membership.service';
import { CreateRegionsTables1764000000000 } from './migrations/1764000000000-CreateRegionsTables';
import { AddEventTables1764000100000 } from './migrations/1764000100000-AddEventTables';
import { AddReadIndexes1764000200000 } from './migrations/1764000200000-AddReadIndexes';
import { AddOfficesPoliciesTreasury1764000300000 } from './migrations/1764000300000-AddOfficesPoliciesTreasury';
import { AddMembersPageFunction1764000400000 } from './migrations/1764000400000-AddMembersPageFunction';
import { consumeElectionResults } from './office/election-result.consumer';
import { OfficeService } from './office/office.service';
import { consumePassedPolicies } from './region/passed-policy.consumer';
import { PolicyApplicationService } from './region/policy-application.service';
import { RegionService } from './region/region.service';
import { buildRegionsSchema } from './schema';
import { SectorService } from './sector/sector.service';
import { TradeService } from './trade/trade.service';

export { AuditService } from './audit/audit.service';
export { regionsConfigSchema } from './config';
export { forPlayers, inRegion } from './db/in-region';
export { MembershipService } from './membership/membership.service';
export { REGION_RULES } from './region/region.rules';
export { RegionService } from './region/region.service';
export { buildRegionsSchema } from './schema';
export { SectorService } from './sector/sector.service';

/** The regions schema's migrations, in order (benchmarks build a data source with them). */
export const REGIONS_MIGRATIONS = [
  CreateRegionsTables1764000000000,
  AddEventTables1764000100000,
  AddReadIndexes1764000200000,
  AddOfficesPoliciesTreasury1764000300000,
  AddMembersPageFunction1764000400000,
];

/**
 * Starts regions: validates `env` (see `regionsConfigSchema`), migrates its schema,
 * creates the Original Galaxy if missing, consumes `nexus.gate.assigned`, `governance.policy.passed`
 * (puts policies in force) and `governance.election.completed` (grants elected roles), and serves GraphQL.
 * With `REGIONS_COUNT_SQL=1` (tests only) every `/graphql` response carries
 * `extensions.sqlStatements`, the SQL statements sent while serving it.
 *
 * @throws ConfigError on bad configuration
 */
export async function startRegions(env: Record<string, string | undefined> = process.env): Promise<RunningService> {
  const config = loadConfig(regionsConfigSchema, env);
  const { logger, dataSource, metrics, bus, close } = await openServiceRuntime({
    service: 'regions',
    config,
    migrations: REGIONS_MIGRATIONS,
    emits: [
      regionsEvents.regionProvisioned,
      regionsEvents.regionEconomyChanged,
      regionsEvents.regionGovernanceChanged,
      regionsEvents.regionCultureChanged,
      regionsEvents.membershipChanged,
      regionsEvents.roleChanged,
      regionsEvents.policyImplemented,
    ],
  });

  const audit = new AuditService(dataSource);
  const services = {
    deadLetters: bus.deadLetters,
    audit,
    regions: new RegionService(dataSource, bus.outbox, audit),
    memberships: new MembershipService(dataSource, bus.outbox),
    sectors: new SectorService(dataSource),
    trades: new TradeService(dataSource),
  };
  await consumeNexusGates(bus, services.regions);
  await consumePassedPolicies(bus, new PolicyApplicationService(bus.outbox, audit));
  await consumeElectionResults(bus, new OfficeService(bus.outbox, audit));
  await bus.start();
  if (await services.regions.ensureOriginalGalaxy()) logger.info('Original Galaxy provisioned');

  const running = await startSubgraph({
    name: 'regions',
    schema: await buildRegionsSchema(),
    logger,
    dataSource,
    metrics,
    port: config.PORT,
    verifyToken: createTokenVerifier(config.JWKS_URL),
    extendContext: regionsContext(services),
    // Test instrumentation (README of this package): SQL statements per request in `extensions.sqlStatements`.
    routes: config.REGIONS_COUNT_SQL === '1' ? countSqlPerRequest : undefined,
  });
  return {
    ...running,
    async stop() {
      await running.stop();
      await close();
    },
  };
}
