/**
 * The governor console in a real browser (Debian's Chromium through playwright-core)
 * against the real stack: identity, regions and nexus with the gateway, and the
 * console's production server pointed at that gateway. Players and regions are made
 * through the GraphQL API. Each test leaves a screenshot in artifacts/screenshots/.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { errorCode, mintAccessToken, startStack, type TestStack, waitFor } from '@sectorwars/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser, SCREENSHOT_DIR, screenshot, signIn } from './browser';
import { type ConsoleServer, startConsole } from './console-server';

const ADMIN = { email: 'admin@sectorwars.local', password: 'console admin password' };
const PASSWORD = 'console test password';

let stack: TestStack;
let consoleServer: ConsoleServer;
let browser: Browser;
const regions: { vega: string; orion: string } = { vega: '', orion: '' };

/** Registers a player through the API. @returns the player's id */
async function register(handle: string): Promise<string> {
  const { registerPlayer } = await stack.gateway.data<{ registerPlayer: { player: { id: string } } }>(
    'mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { player { id } } }',
    { input: { handle, email: `${handle}@console.test`, password: PASSWORD, displayName: handle } },
  );
  return registerPlayer.player.id;
}

/** Logs in through the API. @returns an access token */
async function token(email: string, password: string): Promise<string> {
  const { login } = await stack.gateway.data<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return login.accessToken;
}

before(async () => {
  stack = await startStack({
    subgraphs: ['identity', 'regions', 'governance', 'nexus'],
    env: { BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password },
  });
  const [vegaOwner, orionOwner] = [await register('vega'), await register('orion')];
  await register('lyra');
  const admin = stack.gateway.as(await token(ADMIN.email, ADMIN.password));
  const provision = async (name: string, displayName: string, ownerId: string) =>
    (
      await admin.data<{ provisionRegion: { region: { id: string } } }>(
        'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
        { input: { name, displayName, ownerId } },
      )
    ).provisionRegion.region.id;
  regions.vega = await provision('vega-expanse', 'Vega Expanse', vegaOwner);
  regions.orion = await provision('orion-reach', 'Orion Reach', orionOwner);
  await stack.gateway
    .as(await token('lyra@console.test', PASSWORD))
    .data('mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }', {
      input: { regionId: regions.vega, type: 'CITIZEN' },
    });
  consoleServer = await startConsole(stack.gatewayUrl);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await consoleServer?.stop();
  await stack?.stop();
});

test('an owner changes the tax rate, sees it after a reload, and sees the server refuse an out-of-range value', {
  timeout: 90_000,
}, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await signIn(page, consoleServer.url, 'vega@console.test', PASSWORD);
    // The picker offers the owner's region only, not another owner's.
    await page.getByRole('link', { name: 'Vega Expanse' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Orion Reach' }).count(), 0);

    // The overview: figures of the region, tax income and treasury among them.
    await page.getByRole('link', { name: 'Vega Expanse' }).click();
    await page.getByTestId('treasury').waitFor();
    assert.match(await page.getByTestId('treasury').innerText(), /^\d[\d,]* credits$/);

    // Another owner's region: no settings offered.
    await page.goto(`${consoleServer.url}/regions/${regions.orion}/economy`);
    await page.getByText('Settings are not available to you').waitFor();

    await page.goto(`${consoleServer.url}/regions/${regions.vega}/economy`);
    const tax = page.getByLabel('Tax rate (%)');
    await tax.waitFor();
    assert.equal(await tax.inputValue(), '10');
    await tax.fill('12.5');
    await page.getByRole('button', { name: 'Save economy' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await tax.waitFor();
    assert.equal(await tax.inputValue(), '12.5');

    // Out of range: the console's bounds note appears, the server refuses, its message stands by the field.
    await tax.fill('40');
    await page.getByText('Must be between 5 % and 25 %.').waitFor();
    await page.getByRole('button', { name: 'Save economy' }).click();
    const taxField = page.locator('.field', { has: tax });
    const refusal = taxField.locator('[data-error-for="taxRate"]');
    await refusal.waitFor();
    const message = await refusal.innerText();
    assert.match(message, /taxRate.*0\.05.*0\.25/, message);
    const { region } = await stack.gateway.data<{ region: { economy: { taxRate: number } } }>(
      'query($id: ID!) { region(id: $id) { economy { taxRate } } }',
      { id: regions.vega },
    );
    assert.equal(region.economy.taxRate, 0.125, 'the refused value changed nothing');
    await screenshot(page, 'owner-tax-rate');
  } finally {
    await context.close();
  }
});

test('in two browsers: the owner watches a policy’s tally update live while citizens vote', {
  timeout: 120_000,
}, async () => {
  const JOIN = 'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }';
  const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { policy { voterCount } } }';
  const ownerToken = await token('vega@console.test', PASSWORD);
  // Extra citizens without registrations: tokens signed like identity's (the player need not exist there).
  const citizens = await Promise.all(
    Array.from({ length: 4 }, async () => {
      const id = randomUUID();
      const citizenToken = await mintAccessToken(stack.signingKeyPem, id);
      await stack.gateway.data(JOIN, { input: { regionId: regions.vega, type: 'CITIZEN' } }, { token: citizenToken });
      return citizenToken;
    }),
  );
  // The owner proposes once governance knows the region (its events are asynchronous).
  const proposal = await waitFor(
    'governance knows the region',
    async () => {
      const result = await stack.gateway.request<{ proposePolicy: { policy: { id: string } } }>(
        'mutation($input: ProposePolicyInput!) { proposePolicy(input: $input) { policy { id } } }',
        {
          input: {
            regionId: regions.vega,
            type: 'TAX_RATE',
            title: 'Lower the trade tax',
            description: 'Trade grows when the tax falls.',
            proposedChanges: { taxRate: 0.08 },
          },
        },
        { token: ownerToken },
      );
      if (errorCode(result) === 'NOT_FOUND') return undefined;
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      return result.data ?? undefined;
    },
    20_000,
  );
  const policyId = proposal.proposePolicy.policy.id;

  const owner = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const citizen = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await owner.newPage();
  const phone = await citizen.newPage();
  try {
    await signIn(page, consoleServer.url, 'vega@console.test', PASSWORD);
    // The tally subscription goes over the gateway's WebSocket, authenticated with a token from /api/auth/ws-token.
    const subscribed = page.waitForEvent('websocket').then((ws) =>
      ws.waitForEvent('framesent', {
        predicate: (frame) => String(frame.payload).includes('PolicyVoteTallied'),
        timeout: 15_000,
      }),
    );
    await page.goto(`${consoleServer.url}/regions/${regions.vega}/policies`);
    const item = page.getByTestId(`policy-${policyId}`);
    await item.getByText('Lower the trade tax').waitFor();
    const tally = page.getByTestId(`tally-text-${policyId}`);
    assert.match(await tally.innerText(), /\b0 voters\b/);
    await subscribed;
    await page.evaluate(() => {
      (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // The propose form mirrors the bounds and shows the server's refusal by the field (extensions.field).
    await page.getByLabel('Title').fill('Far too high');
    await page.getByLabel('New tax rate (%)').fill('40');
    await page.getByText('Must be between 5 % and 25 %.').waitFor();
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const refusal = page.locator('[data-error-for="proposedChanges.taxRate"]');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /0\.05.*0\.25/);

    /** Waits until the owner's page shows `voters` voters, at most 1 s after the vote was counted. */
    const seen = async (voters: number) => {
      const counted = Date.now();
      for (;;) {
        const text = await tally.innerText();
        if (new RegExp(`\\b${voters} voters?\\b`).test(text)) return Date.now() - counted;
        assert.ok(Date.now() - counted < 1000, `tally not updated within 1 s (shows: ${text})`);
        await page.waitForTimeout(25);
      }
    };
    const delays: number[] = [];
    // Citizens vote through the API (3 for, 1 against), each vote retried until governance's voter roll has them.
    for (const [i, citizenToken] of citizens.entries()) {
      await waitFor('vote counted', async () => {
        const result = await stack.gateway.request(
          VOTE,
          { input: { policyId, support: i !== 3 } },
          { token: citizenToken },
        );
        if (errorCode(result) === 'FORBIDDEN') return undefined;
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        return true;
      });
      delays.push(await seen(i + 1));
    }

    // The registered citizen votes in the console on a phone, in the other browser context.
    await signIn(phone, consoleServer.url, 'lyra@console.test', PASSWORD);
    await phone.goto(`${consoleServer.url}/regions/${regions.vega}/policies`);
    const phoneItem = phone.getByTestId(`policy-${policyId}`);
    await phoneItem.getByRole('button', { name: 'Vote for' }).click();
    await phoneItem.getByText('Vote counted.').waitFor();
    delays.push(await seen(citizens.length + 1));
    await screenshot(phone, 'citizen-voted-phone');
    assert.match(await tally.innerText(), /For 4 · against 1 · 5 voters · 80 % approval/);
    assert.equal(await page.getByRole('meter', { name: 'Approval' }).getAttribute('aria-valuenow'), '80');
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded),
      true,
      'the owner’s page was not reloaded',
    );

    // Every elector has voted: the owner may close early; the status change reaches the page by subscription.
    await page.getByLabel('Status').selectOption('');
    await item.getByRole('button', { name: 'Close the vote now' }).click();
    // PASSED, and soon IMPLEMENTED once regions applies it.
    await item.getByText(/^(passed|implemented)$/).waitFor();
    await screenshot(page, 'owner-live-policy-tally');
    console.log(`tally shown ${delays.join(', ')} ms after each vote was counted`);
  } finally {
    await owner.close();
    await citizen.close();
  }
});

test('the owner starts an election and proposes a treaty that the other region’s owner accepts', {
  timeout: 90_000,
}, async () => {
  const vega = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const orion = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await vega.newPage();
  const other = await orion.newPage();
  try {
    await signIn(page, consoleServer.url, 'vega@console.test', PASSWORD);
    await page.goto(`${consoleServer.url}/regions/${regions.vega}/elections`);
    await page.getByLabel('Position').selectOption('AMBASSADOR');
    await page.getByLabel('Voting days').fill('40');
    await page.getByText('Must be between 1 days and 30 days.').waitFor();
    await page.getByLabel('Voting days').fill('5');
    const watching = page.waitForEvent('websocket').then((ws) =>
      ws.waitForEvent('framesent', {
        predicate: (frame) => String(frame.payload).includes('ElectionUpdated'),
        timeout: 15_000,
      }),
    );
    await page.getByRole('button', { name: 'Start the election' }).click();
    await page.getByRole('heading', { name: /^ambassador\s*active$/ }).waitFor();
    await page.getByText('No candidates yet.').waitFor();
    await watching;
    // A citizen stands through the API: the owner's page shows the candidacy live (electionUpdated).
    const { region } = await stack.gateway.data<{ region: { elections: { edges: { node: { id: string } }[] } } }>(
      'query($id: ID!) { region(id: $id) { elections(status: ACTIVE) { edges { node { id } } } } }',
      { id: regions.vega },
      { token: await token('vega@console.test', PASSWORD) },
    );
    await stack.gateway.data(
      'mutation($input: StandForElectionInput!) { standForElection(input: $input) { candidate { votes } } }',
      { input: { electionId: region.elections.edges[0].node.id, platform: 'Open gates, open trade.' } },
      { token: await token('lyra@console.test', PASSWORD) },
    );
    await page.getByText('Open gates, open trade.').waitFor({ timeout: 5000 });
    await page.getByText('lyra (lyra)').waitFor();
    await screenshot(page, 'owner-election-started');

    await page.goto(`${consoleServer.url}/regions/${regions.vega}/diplomacy`);
    await page.getByLabel('To region').selectOption({ label: 'Orion Reach' });
    await page.getByLabel('Kind').selectOption('TRADE_AGREEMENT');
    await page.getByLabel('Terms').fill('Tariff-free trade in ore and fuel.');
    await page.getByRole('button', { name: 'Propose the treaty' }).click();
    await page.getByRole('heading', { name: /trade agreement with Orion Reach\s*pending\s*outgoing/ }).waitFor();

    await signIn(other, consoleServer.url, 'orion@console.test', PASSWORD);
    await other.goto(`${consoleServer.url}/regions/${regions.orion}/diplomacy`);
    const incoming = other.getByRole('listitem').filter({ hasText: 'trade agreement from Vega Expanse' });
    await incoming.getByRole('button', { name: 'Accept' }).click();
    await incoming.getByText('Accepted: the treaty is in force.').waitFor();
    await incoming.getByText('active', { exact: true }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: /trade agreement with Orion Reach\s*active/ }).waitFor();
    await screenshot(page, 'owner-diplomacy-treaty');
  } finally {
    await vega.close();
    await orion.close();
  }
});

test('the admin generates the Nexus, then rebuilds a district, and sees the progress bar reach 100 %', {
  timeout: 120_000,
}, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await signIn(page, consoleServer.url, ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByTestId('nexus-status').waitFor();
    assert.equal(await page.getByTestId('nexus-status').innerText(), 'not generated');
    await page.getByLabel('Seed (optional)').fill('console-test');
    await page.getByRole('button', { name: 'Generate the Nexus' }).click();
    const bar = page.getByRole('progressbar', { name: 'Nexus generation progress' });
    await bar.waitFor();
    const seen = new Set<string>();
    const deadline = Date.now() + 90_000;
    for (;;) {
      const now = (await bar.getAttribute('aria-valuenow')) ?? '';
      seen.add(now);
      if (now === '100') break;
      assert.ok(Date.now() < deadline, `progress stuck at ${now} %`);
      await page.waitForTimeout(100);
    }
    await page.getByTestId('nexus-status').getByText('ready').waitFor({ timeout: 15_000 });
    assert.equal(await page.getByTestId('nexus-job-status').innerText(), 'ready');
    await page.getByRole('row', { name: /Commerce Central 1–500 500 / }).waitFor();
    await screenshot(page, 'admin-nexus-generated');
    console.log(`progress values seen: ${[...seen].join(', ')}`);

    // One district rebuilt, keeping player data: the same progress bar follows that job to 100 %.
    await page.getByLabel('District', { exact: true }).selectOption({ label: 'Industrial Zone' });
    await page.getByRole('button', { name: 'Rebuild the district' }).click();
    await page.getByText('Rebuild of industrial zone').waitFor({ timeout: 15_000 });
    await page.getByTestId('nexus-job-status').getByText('ready').waitFor({ timeout: 60_000 });
    assert.equal(await bar.getAttribute('aria-valuenow'), '100');
    await screenshot(page, 'admin-district-rebuilt');
  } finally {
    await context.close();
  }
});

test('a citizen is refused the settings tabs and told why (phone width)', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await signIn(page, consoleServer.url, 'lyra@console.test', PASSWORD);
    await page.getByText('You do not run a region.').waitFor();
    await page.getByRole('link', { name: 'Vega Expanse' }).click();
    await page.getByText('You can view this region, not run it.').waitFor();
    const tabs = page.getByRole('navigation', { name: 'Region sections' });
    // Members vote in Policies and Elections and see the treaties; settings tabs are not offered.
    assert.deepEqual(await tabs.getByRole('link').allInnerTexts(), ['Overview', 'Policies', 'Elections', 'Diplomacy']);
    assert.equal(await page.getByRole('link', { name: 'Admin' }).count(), 0);
    for (const tab of ['economy', 'governance', 'culture']) {
      await page.goto(`${consoleServer.url}/regions/${regions.vega}/${tab}`);
      await page.getByText('Settings are not available to you').waitFor();
      assert.equal(await page.getByLabel('Tax rate (%)').count(), 0);
    }
    await page.goto(`${consoleServer.url}/admin`);
    await page.getByText('Admins only').waitFor();
    await page.goto(`${consoleServer.url}/regions/${regions.vega}/economy`);
    await page.getByText('Settings are not available to you').waitFor();
    await screenshot(page, 'citizen-refused');
  } finally {
    await context.close();
  }
});

test('the console server rotates an expired access token transparently, once for concurrent requests', async () => {
  const post = (path: string, body: unknown, cookie = '', headers: Record<string, string> = {}) =>
    fetch(`${consoleServer.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sectorwars-console': '1', cookie, ...headers },
      body: JSON.stringify(body),
    });
  const cookiesOf = (response: Response) =>
    Object.fromEntries(response.headers.getSetCookie().map((c) => c.split(';')[0].split('=') as [string, string]));

  // Without the console's header (a cross-site form, say): refused.
  const forged = await fetch(`${consoleServer.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'vega@console.test', password: PASSWORD }),
  });
  assert.equal(forged.status, 403);

  const login = await post('/api/auth/login', { email: 'vega@console.test', password: PASSWORD });
  assert.equal(login.status, 200);
  const session = cookiesOf(login);
  assert.ok(session.sw_console_rt && session.sw_console_at);
  assert.ok(
    login.headers.getSetCookie().every((c) => /HttpOnly/i.test(c)),
    'session cookies are httpOnly',
  );
  const loginBody = JSON.stringify(await login.json());
  assert.ok(!loginBody.includes(session.sw_console_rt), 'the page never receives the refresh token');

  // An access token that no longer works, with a good refresh token: three requests at once.
  const stale = `sw_console_at=expired; sw_console_rt=${session.sw_console_rt}`;
  const answers = await Promise.all([1, 2, 3].map(() => post('/api/graphql', { query: '{ me { handle } }' }, stale)));
  const rotated = new Set<string>();
  for (const answer of answers) {
    const body = (await answer.json()) as { data?: { me: { handle: string } } };
    assert.equal(body.data?.me.handle, 'vega');
    rotated.add(cookiesOf(answer).sw_console_rt);
  }
  // One rotation shared by all three: spending the refresh token twice would have ended the session.
  assert.equal(rotated.size, 1);
  const [next] = rotated;
  assert.notEqual(next, session.sw_console_rt);
  const later = await post('/api/graphql', { query: '{ me { handle } }' }, `sw_console_rt=${next}`);
  assert.equal(((await later.json()) as { data?: { me: { handle: string } } }).data?.me.handle, 'vega');

  // Signed out: the session is over at identity too.
  const out = await post('/api/auth/logout', {}, `sw_console_rt=${cookiesOf(later).sw_console_rt ?? next}`);
  assert.equal(out.status, 200);
  const after = await post('/api/graphql', { query: '{ me { handle } }' }, `sw_console_rt=${next}`);
  const refused = (await after.json()) as { errors?: { extensions?: { code?: string } }[] };
  assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('first-load JavaScript per route (written to artifacts/first-load-js.json)', { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const routes = {
    '/login': '/login',
    '/': '/',
    '/regions/[regionId]': `/regions/${regions.vega}`,
    '/regions/[regionId]/economy': `/regions/${regions.vega}/economy`,
    '/regions/[regionId]/governance': `/regions/${regions.vega}/governance`,
    '/regions/[regionId]/culture': `/regions/${regions.vega}/culture`,
    '/regions/[regionId]/policies': `/regions/${regions.vega}/policies`,
    '/regions/[regionId]/elections': `/regions/${regions.vega}/elections`,
    '/regions/[regionId]/diplomacy': `/regions/${regions.vega}/diplomacy`,
    '/admin': '/admin',
    '/admin/regions': '/admin/regions',
  };
  const sizes: Record<string, { files: number; bytes: number; gzip: number }> = {};
  try {
    await signIn(page, consoleServer.url, ADMIN.email, ADMIN.password);
    for (const [route, url] of Object.entries(routes)) {
      // A fresh page with an empty cache per route: what a first visit downloads.
      const probe = await context.newPage();
      const cdp = await context.newCDPSession(probe);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const scripts: Promise<{ bytes: number; gzip: number }>[] = [];
      probe.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        // Sizes as Next reports them: raw, and gzip-compressed as served.
        scripts.push(response.body().then((body) => ({ bytes: body.length, gzip: gzipSync(body).length })));
      });
      await probe.goto(`${consoleServer.url}${url}`, { waitUntil: 'networkidle' });
      const all = await Promise.all(scripts);
      sizes[route] = {
        files: all.length,
        bytes: all.reduce((sum, s) => sum + s.bytes, 0),
        gzip: all.reduce((sum, s) => sum + s.gzip, 0),
      };
      await probe.close();
    }
  } finally {
    await context.close();
  }
  writeFileSync(path.join(SCREENSHOT_DIR, '..', 'first-load-js.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  for (const [route, s] of Object.entries(sizes)) {
    console.log(
      `${route.padEnd(32)} ${(s.bytes / 1024).toFixed(1).padStart(7)} kB (${(s.gzip / 1024).toFixed(1)} kB gzip, ${s.files} files)`,
    );
    assert.ok(s.files > 0);
  }
});
