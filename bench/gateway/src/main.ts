/**
 * Gateway benchmark: one federated query (region + owner + a page of members, spanning
 * the regions and identity subgraphs) through the gateway, next to a client that fetches
 * the same data from the two subgraphs itself (regions, then identity's `_entities`), in
 * one run, at the same number of connections.
 *
 *   npm run bench:gateway -- [--connections 50] [--seconds 10] [--members 10] [--warmup 3]
 *
 * Starts embedded Postgres (unless DATABASE_URL), identity, regions and the gateway as real
 * processes (libs/testing's startStack), seeds one region with members, then drives both
 * with the same closed-loop client. Prints one JSON line: answers/s, p50/p99 of each, the ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@sectorwars/devstack';
import { LoadClient, machineSpeedMs, startStack } from '@sectorwars/testing';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    members: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.seconds);
const pageSize = Number(values.members);

const FEDERATED = `query Bench($id: ID!, $first: Int!) {
  region(id: $id) { name displayName owner { handle displayName }
    members(first: $first) { edges { node { type player { handle displayName } } } } } }`;
const REGIONS_STEP = `query Step1($id: ID!, $first: Int!) {
  region(id: $id) { name displayName owner { id } members(first: $first) { edges { node { type player { id } } } } } }`;
const IDENTITY_STEP = `query Step2($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Player { handle displayName } } }`;

interface Step1 {
  region: { owner: { id: string }; members: { edges: { node: { player: { id: string } } }[] } };
}

/**
 * A closed-loop load: `connections` concurrent loops, each sending its next request as soon as
 * the previous answer arrived, for `seconds`. The same loop drives both clients, so the ratio
 * compares like with like (`LoadClient`: undici `Pool.request`, keep-alive; the client shares the machine's 2 cores).
 * @returns answers per second and latency percentiles of one answer
 */
async function load(connections: number, seconds: number, answer: () => Promise<unknown>) {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        await answer();
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1));
  return { answersPerSecond: Math.round(latencies.length / seconds), p50Ms: at(50), p99Ms: at(99) };
}

async function main() {
  const cleanups: (() => Promise<void>)[] = [];
  if (!process.env.DATABASE_URL && !process.env.TEST_ADMIN_DATABASE_URL) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-gw-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
    cleanups.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    process.env.TEST_ADMIN_DATABASE_URL = pg.url('postgres');
  }
  const stack = await startStack({
    subgraphs: ['identity', 'regions'],
    env: { BOOTSTRAP_ADMIN_PASSWORD: 'bench admin password', LOG_LEVEL: 'error' },
  });
  cleanups.push(() => stack.stop());
  try {
    const gql = stack.gateway;
    const admin = (
      await gql.data<{ login: { accessToken: string } }>(
        'mutation { login(input: { email: "admin@sectorwars.local", password: "bench admin password" }) { accessToken } }',
      )
    ).login.accessToken;
    const register = async (handle: string) =>
      (
        await gql.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
          'mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { accessToken player { id } } }',
          { input: { handle, email: `${handle}@bench.test`, password: 'bench password 1', displayName: handle } },
        )
      ).registerPlayer;
    const owner = await register('benchowner');
    const { provisionRegion } = await gql.data<{ provisionRegion: { region: { id: string } } }>(
      'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
      { input: { name: 'bench-region', displayName: 'Bench Region', ownerId: owner.player.id } },
      { token: admin },
    );
    const regionId = provisionRegion.region.id;
    for (let i = 0; i < pageSize * 2; i += 1) {
      const member = await register(`benchmember${i}`);
      await gql.data(
        'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }',
        {
          input: { regionId, type: 'CITIZEN' },
        },
        { token: member.accessToken },
      );
    }
    const variables = { id: regionId, first: pageSize };

    // The two-step client, checked once for the same answer before it is timed.
    const regions = new LoadClient(`${stack.subgraphUrls.regions}/graphql`);
    const identity = new LoadClient(`${stack.subgraphUrls.identity}/graphql`);
    const gateway = new LoadClient(stack.gatewayUrl);
    const twoSteps = async () => {
      const step1 = await regions.data<Step1>(REGIONS_STEP, variables);
      const ids = [step1.region.owner.id, ...step1.region.members.edges.map((e) => e.node.player.id)];
      return identity.data(IDENTITY_STEP, { representations: ids.map((id) => ({ __typename: 'Player', id })) });
    };
    await twoSteps();
    await gateway.data(FEDERATED, variables);
    // Steady state, not start-up: both paths run untimed first (JIT, pools, query-plan cache).
    const warmup = Number(values.warmup);
    if (warmup > 0) {
      await load(connections, warmup, () => gateway.data(FEDERATED, variables));
      await load(connections, warmup, twoSteps);
    }

    const speedBefore = machineSpeedMs();
    const throughGateway = await load(connections, duration, () => gateway.data(FEDERATED, variables));
    const direct = await load(connections, duration, twoSteps);
    const speedAfter = machineSpeedMs();
    console.log(
      JSON.stringify({
        connections,
        seconds: duration,
        membersPerPage: pageSize,
        gateway: throughGateway,
        direct,
        ratio: Number((throughGateway.answersPerSecond / direct.answersPerSecond).toFixed(2)),
        // The machine's speed before and after the runs (machineSpeedMs: higher is slower).
        machineSpeedMs: [speedBefore, speedAfter],
      }),
    );
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
