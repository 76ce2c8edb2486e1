/**
 * @sectorwars/regions — player-owned regions of 500 sectors: provisioning, settings
 * (economy, governance, culture), membership, regional assets, audit log, with
 * row-level security per region. `startRegions(env)` runs the subgraph in this
 * process (tests, `main.ts`); `buildRegionsSchema()` gives its schema for composition.
 */
import 'reflect-metadata';
import { createTransportFromEnv, EventBus, regionsEvents } from '@sectorwars/events';
import {
  createDataSource,
  createLogger,
  createMetrics,
  createTokenVerifier,
  initializeDatabase,
  loadConfig,
  type RunningService,
  startSubgraph,
} from '@sectorwars/platform';
import { AuditService } from './audit/audit.service';
import { regionsConfigSchema } from './config';
import { regionsContext } from './context';
import { MembershipService } from './membership/membership.service';
import { CreateRegionsTables1764000000000 } from './migrations/1764000000000-CreateRegionsTables';
import { AddEventTables1764000100000 } from './migrations/1764000100000-AddEventTables';
import { RegionService } from './region/region.service';
import { buildRegionsSchema } from './schema';

export { regionsConfigSchema } from './config';
export { forPlayers, inRegion } from './db/in-region';
export { REGION_RULES } from './region/region.rules';
export { buildRegionsSchema } from './schema';

/**
 * Starts regions: validates `env` (see `regionsConfigSchema`), migrates its schema,
 * creates the Original Galaxy if missing, and serves GraphQL.
 *
 * @throws ConfigError on bad configuration
 */
export async function startRegions(env: Record<string, string | undefined> = process.env): Promise<RunningService> {
  const config = loadConfig(regionsConfigSchema, env);
  const logger = createLogger('regions', config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    schema: 'regions',
    entities: [],
    migrations: [CreateRegionsTables1764000000000, AddEventTables1764000100000],
  });
  const applied = await initializeDatabase(dataSource);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');

  const metrics = createMetrics('regions');
  const bus = new EventBus({
    service: 'regions',
    schema: 'regions',
    dataSource,
    transport: createTransportFromEnv(config, { clientId: 'regions', logger }),
    logger,
    registry: metrics.registry,
    emits: [
      regionsEvents.regionProvisioned,
      regionsEvents.regionEconomyChanged,
      regionsEvents.regionGovernanceChanged,
      regionsEvents.regionCultureChanged,
      regionsEvents.membershipChanged,
    ],
  });
  await bus.start();

  const audit = new AuditService(dataSource);
  const services = {
    deadLetters: bus.deadLetters,
    audit,
    regions: new RegionService(dataSource, bus.outbox, audit),
    memberships: new MembershipService(dataSource, bus.outbox),
  };
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
  });
  return {
    ...running,
    async stop() {
      await running.stop();
      await bus.stop();
      await dataSource.destroy();
    },
  };
}
