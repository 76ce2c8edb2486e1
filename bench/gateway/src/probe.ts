/**
 * Probe (not a benchmark of record): answers/s of each step of the gateway benchmark's query
 * on its own, to see where the time goes. `node bench/gateway/dist/probe.js [--seconds 5]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@sectorwars/devstack';
import { cpuSecondsBetween, cpuSnapshot, LoadClient, startStack } from '@sectorwars/testing';

const { values } = parseArgs({
  allowPositionals: true,
  options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '50' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

async function load(answer: () => Promise<unknown>) {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        await answer();
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.floor((p / 100) * latencies.length)]);
  return `${Math.round(latencies.length / seconds)}/s p50 ${at(50)} p99 ${at(99)}`;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'probe-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
  process.env.TEST_ADMIN_DATABASE_URL = pg.url('postgres');
  const stack = await startStack({
    subgraphs: ['identity', 'regions'],
    env: {
      BOOTSTRAP_ADMIN_PASSWORD: 'bench admin password',
      LOG_LEVEL: 'error',
      ...(process.env.PROBE_PROF ? { SECTORWARS_NODE_ARGS: '--cpu-prof --cpu-prof-dir=/tmp/perf' } : {}),
    },
  });
  try {
    const gql = stack.gateway;
    const admin = (
      await gql.data<{ login: { accessToken: string } }>(
        'mutation { login(input: { email: "admin@sectorwars.local", password: "bench admin password" }) { accessToken } }',
      )
    ).login.accessToken;
    const reg = async (handle: string) =>
      (
        await gql.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
          'mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { accessToken player { id } } }',
          { input: { handle, email: `${handle}@b.test`, password: 'bench password 1', displayName: handle } },
        )
      ).registerPlayer;
    const owner = await reg('probeowner');
    const regionId = (
      await gql.data<{ provisionRegion: { region: { id: string } } }>(
        'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
        { input: { name: 'probe', displayName: 'Probe', ownerId: owner.player.id } },
        { token: admin },
      )
    ).provisionRegion.region.id;
    const ids = [owner.player.id];
    for (let i = 0; i < 20; i += 1) {
      const m = await reg(`probem${i}`);
      ids.push(m.player.id);
      await gql.data(
        'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }',
        { input: { regionId, type: 'CITIZEN' } },
        { token: m.accessToken },
      );
    }
    const regions = new LoadClient(`${stack.subgraphUrls.regions}/graphql`);
    const identity = new LoadClient(`${stack.subgraphUrls.identity}/graphql`);
    const gateway = new LoadClient(stack.gatewayUrl);
    const v = { id: regionId, first: 10 };
    const variants: [string, () => Promise<unknown>][] = [
      ['regions __typename', () => regions.data('{ __typename }')],
      ['identity __typename', () => identity.data('{ __typename }')],
      ['gateway __typename', () => gateway.data('{ __typename }')],
      [
        'regions region only',
        () => regions.data('query($id: ID!) { region(id: $id) { name displayName owner { id } } }', { id: regionId }),
      ],
      [
        'regions region+members',
        () =>
          regions.data(
            'query($id: ID!, $first: Int!) { region(id: $id) { name displayName owner { id } members(first: $first) { edges { node { type player { id } } } } } }',
            v,
          ),
      ],
      [
        'identity _entities x11',
        () =>
          identity.data(
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on Player { handle displayName } } }',
            { r: ids.slice(0, 11).map((id) => ({ __typename: 'Player', id })) },
          ),
      ],
      [
        'gateway federated',
        () =>
          gateway.data(
            'query($id: ID!, $first: Int!) { region(id: $id) { name displayName owner { handle displayName } members(first: $first) { edges { node { type player { handle displayName } } } } } }',
            v,
          ),
      ],
    ];
    const only = process.argv.slice(2).filter((a) => !a.startsWith('--') && Number.isNaN(Number(a)));
    for (const [name, run] of variants) {
      if (only.length && !only.some((o) => name.includes(o))) continue;
      await run();
      const before = cpuSnapshot();
      const result = await load(run);
      const used = cpuSecondsBetween(before, cpuSnapshot());
      const answers = Number(result.split('/')[0]) * seconds;
      const perRequest = Object.entries(used)
        .map(([k, seconds]) => [k, (seconds * 1000) / answers] as const)
        .filter(([, ms]) => ms >= 0.05)
        .map(([k, ms]) => `${k} ${ms.toFixed(2)}`)
        .join(', ');
      console.log(name.padEnd(26), result, '| CPU ms/request:', perRequest);
    }
  } finally {
    await stack.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
