/**
 * @sectorwars/nexus — the Central Nexus: 5,000 sectors in 10 districts, their generation as a
 * background job, and the Gateway Plaza warp gates of regions.
 * `startNexus(env)` runs the subgraph in this process (tests, `main.ts`);
 * `buildNexusSchema()` gives its schema for composition.
 */
import { NexusAuditLog } from './audit/audit';
import 'reflect-metadata';
import { type ConsumedEvent, JobScheduler, nexusEvents, openServiceRuntime, regionsEvents } from '@sectorwars/events';
import { createTokenVerifier, loadConfig, type RunningService, startSubgraph } from '@sectorwars/platform';
import { nexusConfigSchema } from './config';
import { nexusContext } from './context';
import { NexusService } from './galaxy/nexus.service';
import { GateService, type RegionProvisionedData } from './gate/gate.service';
import { GENERATION_QUEUE, GenerationService } from './generation/generation.service';
import { CreateNexusTables1764000000000 } from './migrations/1764000000000-CreateNexusTables';
import { AddEventTables1764000100000 } from './migrations/1764000100000-AddEventTables';
import { buildNexusSchema } from './schema';

export { nexusConfigSchema } from './config';
export { preferredPlazaSector } from './gate/gate.service';
export { GENERATION_QUEUE, GenerationService } from './generation/generation.service';
export { buildNexusSchema } from './schema';

/** Migrations of the nexus schema, in order. */
export const NEXUS_MIGRATIONS = [CreateNexusTables1764000000000, AddEventTables1764000100000];

/** Consumer group assigning Gateway Plaza gates from `region.provisioned`. */
export const GATE_ASSIGNMENT_GROUP = 'nexus.gate-assignment';

/**
 * Starts nexus: validates `env` (see `nexusConfigSchema`), migrates its schema, starts the event
 * bus (outbox relay + the gate-assignment consumer), the pg-boss job worker of generation jobs
 * (schema `nexus_jobs`; jobs left GENERATING by a previous process are queued again), and serves
 * GraphQL on PORT (4004).
 *
 * @throws ConfigError on bad configuration
 */
export async function startNexus(env: Record<string, string | undefined> = process.env): Promise<RunningService> {
  const config = loadConfig(nexusConfigSchema, env);
  const { logger, dataSource, metrics, bus, close } = await openServiceRuntime({
    service: 'nexus',
    config,
    migrations: NEXUS_MIGRATIONS,
    emits: [nexusEvents.generationProgressed, nexusEvents.gateAssigned],
  });
  const scheduler = new JobScheduler({ connectionString: config.DATABASE_URL, schema: 'nexus_jobs', logger });
  const nexus = new NexusService(dataSource);
  const generation = new GenerationService(dataSource, bus.outbox, scheduler, logger);
  const gates = new GateService(dataSource, bus.outbox);
  const services = { deadLetters: bus.deadLetters, nexus, generation, gates, audit: new NexusAuditLog(dataSource) };

  await bus.consume(GATE_ASSIGNMENT_GROUP, [regionsEvents.regionProvisioned], (event, manager) =>
    gates.handleRegionProvisioned(event as ConsumedEvent<RegionProvisionedData>, manager),
  );
  await bus.start();
  await scheduler.start();
  await scheduler.work<{ jobId: string }>(GENERATION_QUEUE, ({ jobId }) => generation.runJob(jobId));
  await generation.resume();

  const running = await startSubgraph({
    name: 'nexus',
    schema: await buildNexusSchema(),
    logger,
    dataSource,
    metrics,
    port: config.PORT,
    verifyToken: createTokenVerifier(config.JWKS_URL),
    extendContext: nexusContext(services),
  });
  return {
    ...running,
    async stop() {
      await running.stop();
      await scheduler.stop();
      await close();
    },
  };
}
