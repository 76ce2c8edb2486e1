/**
 * `npm start` as a new user runs it: embedded Postgres, every service as its own process,
 * the first admin, `{ me { handle } }` through the gateway, the demo data, a vote cast through
 * the gateway showing up on a graphql-ws subscription through the same gateway within a
 * second, and Ctrl-C leaving nothing behind.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { freePort, GATEWAY, portInUse, SUBGRAPHS } from '@sectorwars/devstack';
import { GraphQLClient, subscribe } from '@sectorwars/testing';
import { DEMO_PASSWORD, DEMO_POLICY } from './seed';

/** An offset that puts every service port on a free port. */
async function freeOffset(): Promise<number> {
  for (;;) {
    const offset = 20_000 + Math.floor(Math.random() * 9_000);
    const busy = await Promise.all([...SUBGRAPHS, GATEWAY].map((s) => portInUse(s.port + offset)));
    if (!busy.some(Boolean)) return offset;
  }
}

test('start brings the platform up, serves me for a login token, and Ctrl-C stops every process', {
  timeout: 120_000,
}, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sectorwars-start-'));
  chmodSync(dir, 0o755); // as root, Postgres runs as the postgres user and must reach its data dir
  const offset = await freeOffset();
  const pgPort = await freePort();
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(__dirname, 'main.js'), 'start'], {
    env: {
      ...env,
      SECTORWARS_DATA_DIR: dir,
      PORT_OFFSET: String(offset),
      PG_PORT: String(pgPort),
      BOOTSTRAP_ADMIN_PASSWORD: 'start test password',
      KAFKA_BROKERS: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the test can press "Ctrl-C" as a terminal does: SIGINT to the group.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 90_000;
    while (!output.includes('platform is up')) {
      if (child.exitCode !== null || Date.now() > deadline) assert.fail(`start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const gateway = new GraphQLClient(`http://127.0.0.1:${GATEWAY.port + offset}/graphql`);
    const login = await gateway.data<{ login: { accessToken: string } }>(
      'mutation { login(input: { email: "admin@sectorwars.local", password: "start test password" }) { accessToken } }',
    );
    const me = await gateway.data<{ me: { handle: string } }>(
      '{ me { handle } }',
      {},
      { token: login.login.accessToken },
    );
    assert.equal(me.me.handle, 'admin');
    await demoDataAndLiveVote(gateway, offset);
  } finally {
    process.kill(-(child.pid as number), 'SIGINT');
    const code = await exited;
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, output);
  }
  assert.match(output, /Stopped\./);
  assert.doesNotMatch(output, /stopped unexpectedly/, 'Ctrl-C reaching every process is not a crash');
  for (const port of [...[...SUBGRAPHS, GATEWAY].map((s) => s.port + offset), pgPort]) {
    assert.equal(await portInUse(port), false, `port ${port} still served after Ctrl-C`);
  }
});

/** The seeded Nexus, demo region and policy are there; deneb's vote reaches a live subscription within 1 s. */
async function demoDataAndLiveVote(gateway: GraphQLClient, offset: number) {
  const { nexus } = await gateway.data<{ nexus: { status: string } }>('{ nexus { status } }');
  assert.equal(nexus.status, 'READY');
  const deneb = await gateway.data<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: 'deneb@demo.sectorwars.local', password: DEMO_PASSWORD } },
  );
  const token = deneb.login.accessToken;
  const { regionByName } = await gateway.data<{
    regionByName: {
      id: string;
      members: { totalCount: number };
      policies: { edges: { node: { id: string; title: string; voterCount: number } }[] };
    };
  }>(
    'query($name: String!) { regionByName(name: $name) { id members { totalCount } policies(first: 10) { edges { node { id title voterCount } } } } }',
    { name: DEMO_POLICY.region },
    { token },
  );
  assert.equal(regionByName.members.totalCount, 2);
  const policy = regionByName.policies.edges.map((e) => e.node).find((p) => p.title === DEMO_POLICY.title);
  assert.ok(policy, 'the demo policy is open for votes');
  assert.equal(policy.voterCount, 1);

  const live = subscribe<{ policyVoteTallied: { voterCount: number } }>(
    `ws://127.0.0.1:${GATEWAY.port + offset}/graphql`,
    'subscription($id: ID!) { policyVoteTallied(policyId: $id) { voterCount } }',
    { id: policy.id },
    token,
  );
  try {
    await new Promise((r) => setTimeout(r, 300));
    const voted = Date.now();
    await gateway.data(
      'mutation($input: CastVoteInput!) { castVote(input: $input) { weight } }',
      { input: { policyId: policy.id, support: false } },
      { token },
    );
    const update = await live.nth(1, 1000);
    assert.equal(update.policyVoteTallied.voterCount, 2);
    assert.ok(Date.now() - voted <= 1000, 'the vote shows up within a second');
  } finally {
    await live.close();
  }
}
