/**
 * Identity through the gateway, against real processes and a real Postgres:
 * registration, login, sessions, privacy, throttling and API keys.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, queryRows, startStack, type TestStack } from '@sectorwars/testing';

let stack: TestStack;
before(async () => {
  stack = await startStack({ subgraphs: ['identity'], env: { LOGIN_FAILURES_PER_ACCOUNT: '3' } });
});
after(() => stack?.stop());

const REGISTER = `mutation Register($input: RegisterPlayerInput!) {
  registerPlayer(input: $input) { accessToken refreshToken accessTokenExpiresAt player { id handle email roles } }
}`;
const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt player { id handle } }
}`;
const REFRESH = `mutation Refresh($input: RefreshTokenInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const LOGOUT = `mutation Logout($input: RefreshTokenInput!) { logout(input: $input) { revoked } }`;
const ME = '{ me { id handle displayName email roles createdAt } }';

interface Auth {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  player: { id: string; handle: string; email?: string; roles?: string[] };
}

let counter = 0;
/** Registers a new player with a unique handle and email. */
async function register(overrides: Record<string, string> = {}) {
  counter += 1;
  const input = {
    handle: `pilot_${process.pid}_${counter}`,
    email: `pilot${counter}.${process.pid}@example.test`,
    password: 'correct horse battery',
    displayName: `Pilot ${counter}`,
    ...overrides,
  };
  const data = await stack.gateway.data<{ registerPlayer: Auth }>(REGISTER, { input });
  return { ...data.registerPlayer, input };
}

const countPlayers = async (where = 'true', params: unknown[] = []) =>
  (
    await queryRows<{ n: number }>(
      stack.database.url,
      `SELECT count(*)::int AS n FROM identity.players WHERE ${where}`,
      params,
    )
  )[0].n;

describe('registration and login', () => {
  test('register → login → me through the gateway', async () => {
    const registered = await register();
    assert.equal(registered.player.handle, registered.input.handle);
    assert.deepEqual(registered.player.roles, ['PLAYER']);

    const login = await stack.gateway.data<{ login: Auth }>(LOGIN, {
      input: { email: registered.input.email.toUpperCase(), password: registered.input.password },
    });
    const expiresIn = Date.parse(login.login.accessTokenExpiresAt) - Date.now();
    assert.ok(expiresIn > 14 * 60_000 && expiresIn <= 15 * 60_000, `access token lives 15 min, got ${expiresIn} ms`);

    const me = await stack.gateway.data<{ me: Auth['player'] & { displayName: string } }>(
      ME,
      {},
      { token: login.login.accessToken },
    );
    assert.equal(me.me.id, registered.player.id);
    assert.equal(me.me.email, registered.input.email);
    assert.equal(me.me.displayName, registered.input.displayName);
  });

  test('a wrong password or unknown email is UNAUTHENTICATED, with the same message', async () => {
    const { input } = await register();
    const wrong = await stack.gateway.request(LOGIN, { input: { email: input.email, password: 'not the password' } });
    const unknown = await stack.gateway.request(LOGIN, {
      input: { email: 'nobody@example.test', password: 'whatever12' },
    });
    assert.equal(errorCode(wrong), 'UNAUTHENTICATED');
    assert.equal(errorCode(unknown), 'UNAUTHENTICATED');
    assert.equal(wrong.errors?.[0].message, unknown.errors?.[0].message);
  });

  test('me without a token is UNAUTHENTICATED', async () => {
    assert.equal(errorCode(await stack.gateway.request(ME)), 'UNAUTHENTICATED');
  });

  test('bad input is BAD_USER_INPUT naming the field, and nothing is written', async () => {
    const before = await countPlayers();
    const cases: [Record<string, string>, string][] = [
      [{ handle: 'ab' }, 'handle'],
      [{ handle: 'has space' }, 'handle'],
      [{ email: 'not-an-email' }, 'email'],
      [{ password: 'short' }, 'password'],
      [{ displayName: '   ' }, 'displayName'],
    ];
    for (const [override, field] of cases) {
      const input = {
        handle: 'valid_handle',
        email: 'valid@example.test',
        password: 'long enough pw',
        displayName: 'V',
        ...override,
      };
      const result = await stack.gateway.request(REGISTER, { input });
      assert.equal(errorCode(result), 'BAD_USER_INPUT', JSON.stringify(override));
      assert.equal(result.errors?.[0].extensions?.field, field);
    }
    assert.equal(await countPlayers(), before);
  });

  test('a taken email or handle (any case) is CONFLICT naming the field, and nothing is written', async () => {
    const first = await register();
    const before = await countPlayers();
    const sameEmail = await stack.gateway.request(REGISTER, {
      input: { ...first.input, handle: `other_${counter}`, email: first.input.email.toUpperCase() },
    });
    assert.equal(errorCode(sameEmail), 'CONFLICT');
    assert.equal(sameEmail.errors?.[0].extensions?.field, 'email');
    const sameHandle = await stack.gateway.request(REGISTER, {
      input: { ...first.input, handle: first.input.handle.toUpperCase(), email: 'fresh@example.test' },
    });
    assert.equal(errorCode(sameHandle), 'CONFLICT');
    assert.equal(sameHandle.errors?.[0].extensions?.field, 'handle');
    assert.equal(await countPlayers(), before);
  });

  test('passwords are stored as Argon2id hashes, never in clear', async () => {
    const { player, input } = await register();
    const [row] = await queryRows<{ password_hash: string }>(
      stack.database.url,
      'SELECT password_hash FROM identity.players WHERE id = $1',
      [player.id],
    );
    assert.match(row.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.ok(!row.password_hash.includes(input.password));
  });

  test('failed logins are throttled per account: RATE_LIMITED even with the right password', async () => {
    const { input } = await register();
    for (let i = 0; i < 3; i += 1) {
      const result = await stack.gateway.request(LOGIN, { input: { email: input.email, password: 'wrong password' } });
      assert.equal(errorCode(result), 'UNAUTHENTICATED');
    }
    const locked = await stack.gateway.request(LOGIN, { input: { email: input.email, password: input.password } });
    assert.equal(errorCode(locked), 'RATE_LIMITED');
    assert.ok(Number(locked.errors?.[0].extensions?.retryAfterSeconds) > 0);
  });
});

describe('privacy', () => {
  test('email is visible to the player and admins only', async () => {
    const alice = await register();
    const bob = await register();
    const query = 'query($id: ID!) { player(id: $id) { handle email } }';
    const asBob = await stack.gateway.data<{ player: { email: string | null } }>(
      query,
      { id: alice.player.id },
      { token: bob.accessToken },
    );
    assert.equal(asBob.player.email, null);
    const anonymous = await stack.gateway.data<{ player: { email: string | null } }>(query, { id: alice.player.id });
    assert.equal(anonymous.player.email, null);
    const asAlice = await stack.gateway.data<{ player: { email: string } }>(
      query,
      { id: alice.player.id },
      { token: alice.accessToken },
    );
    assert.equal(asAlice.player.email, alice.input.email);
  });
});

describe('sessions', () => {
  test('refreshSession rotates the refresh token; reusing a rotated one revokes the whole family', async () => {
    const { refreshToken: first } = await register();
    const rotated = (await stack.gateway.data<{ refreshSession: Auth }>(REFRESH, { input: { refreshToken: first } }))
      .refreshSession;
    assert.notEqual(rotated.refreshToken, first);
    const me = await stack.gateway.data<{ me: { id: string } }>(ME, {}, { token: rotated.accessToken });
    assert.ok(me.me.id);

    const reuse = await stack.gateway.request(REFRESH, { input: { refreshToken: first } });
    assert.equal(errorCode(reuse), 'UNAUTHENTICATED');
    assert.match(reuse.errors?.[0].message ?? '', /already used/);
    // The legitimate successor died with its family.
    const successor = await stack.gateway.request(REFRESH, { input: { refreshToken: rotated.refreshToken } });
    assert.equal(errorCode(successor), 'UNAUTHENTICATED');
  });

  test('refresh tokens are stored hashed', async () => {
    const { refreshToken } = await register();
    const rows = await queryRows(stack.database.url, 'SELECT 1 FROM identity.refresh_tokens WHERE token_hash = $1', [
      refreshToken,
    ]);
    assert.equal(rows.length, 0);
  });

  test('logout ends the session: its refresh token no longer works', async () => {
    const { refreshToken } = await register();
    const out = await stack.gateway.data<{ logout: { revoked: boolean } }>(LOGOUT, { input: { refreshToken } });
    assert.equal(out.logout.revoked, true);
    assert.equal(errorCode(await stack.gateway.request(REFRESH, { input: { refreshToken } })), 'UNAUTHENTICATED');
    const again = await stack.gateway.data<{ logout: { revoked: boolean } }>(LOGOUT, { input: { refreshToken } });
    assert.equal(again.logout.revoked, false);
  });

  test('an unknown refresh token is UNAUTHENTICATED', async () => {
    assert.equal(
      errorCode(await stack.gateway.request(REFRESH, { input: { refreshToken: 'rt_nope' } })),
      'UNAUTHENTICATED',
    );
  });
});

describe('API keys', () => {
  const CREATE = `mutation Create($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret apiKey { id name prefix scopes revokedAt } }
  }`;
  const REVOKE =
    'mutation Revoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } } }';
  const LIST =
    'query List($first: Int, $after: String) { apiKeys(first: $first, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }';

  interface Created {
    createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } };
  }
  const create = async (token: string, scopes: string[], name = 'bot') =>
    (await stack.gateway.data<Created>(CREATE, { input: { name, scopes } }, { token })).createApiKey;

  test('a read-only key reads as its owner but cannot run mutations', async () => {
    const owner = await register();
    const key = await create(owner.accessToken, ['READ']);
    assert.ok(key.secret.startsWith(key.apiKey.prefix));
    const me = await stack.gateway.data<{ me: { id: string } }>(ME, {}, { apiKey: key.secret });
    assert.equal(me.me.id, owner.player.id);

    const mutation = await stack.gateway.request(REVOKE, { input: { id: key.apiKey.id } }, { apiKey: key.secret });
    assert.equal(errorCode(mutation), 'FORBIDDEN');
    const [row] = await queryRows<{ revoked_at: Date | null }>(
      stack.database.url,
      'SELECT revoked_at FROM identity.api_keys WHERE id = $1',
      [key.apiKey.id],
    );
    assert.equal(row.revoked_at, null);
  });

  test('a read-write key runs mutations, but cannot mint more keys', async () => {
    const owner = await register();
    const writer = await create(owner.accessToken, ['READ', 'WRITE']);
    const other = await create(owner.accessToken, ['READ']);
    const revoked = await stack.gateway.data<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(
      REVOKE,
      { input: { id: other.apiKey.id } },
      { apiKey: writer.secret },
    );
    assert.ok(revoked.revokeApiKey.apiKey.revokedAt);
    const mint = await stack.gateway.request(
      CREATE,
      { input: { name: 'x', scopes: ['READ'] } },
      { apiKey: writer.secret },
    );
    assert.equal(errorCode(mint), 'FORBIDDEN');
  });

  test('a revoked or unknown key is refused', async () => {
    const owner = await register();
    const key = await create(owner.accessToken, ['READ']);
    await stack.gateway.data(REVOKE, { input: { id: key.apiKey.id } }, { token: owner.accessToken });
    const result = await stack.gateway.request(ME, {}, { apiKey: key.secret });
    assert.equal(errorCode(result), 'UNAUTHENTICATED');
    assert.equal(errorCode(await stack.gateway.request(ME, {}, { apiKey: 'sw_bogus_key' })), 'UNAUTHENTICATED');
  });

  test('keys are stored hashed and listed newest first with cursor pagination', async () => {
    const owner = await register();
    const keys = [];
    for (const name of ['one', 'two', 'three']) keys.push(await create(owner.accessToken, ['READ'], name));
    const stored = await queryRows(
      stack.database.url,
      'SELECT 1 FROM identity.api_keys WHERE key_hash = $1 OR prefix = $1',
      [keys[0].secret],
    );
    assert.equal(stored.length, 0);

    type List = {
      apiKeys: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const page1 = await stack.gateway.data<List>(LIST, { first: 2 }, { token: owner.accessToken });
    assert.equal(page1.apiKeys.totalCount, 3);
    assert.deepEqual(
      page1.apiKeys.edges.map((e) => e.node.name),
      ['three', 'two'],
    );
    assert.equal(page1.apiKeys.pageInfo.hasNextPage, true);
    const page2 = await stack.gateway.data<List>(
      LIST,
      { first: 2, after: page1.apiKeys.pageInfo.endCursor },
      { token: owner.accessToken },
    );
    assert.deepEqual(
      page2.apiKeys.edges.map((e) => e.node.name),
      ['one'],
    );
    assert.equal(page2.apiKeys.pageInfo.hasNextPage, false);

    const tooMany = await stack.gateway.request(LIST, { first: 101 }, { token: owner.accessToken });
    assert.equal(errorCode(tooMany), 'BAD_USER_INPUT');
    assert.equal(tooMany.errors?.[0].extensions?.field, 'first');
  });

  test('authorization: anonymous callers cannot create or revoke keys; nobody revokes another player’s key', async () => {
    const owner = await register();
    const stranger = await register();
    const key = await create(owner.accessToken, ['READ']);
    assert.equal(
      errorCode(await stack.gateway.request(CREATE, { input: { name: 'x', scopes: ['READ'] } })),
      'UNAUTHENTICATED',
    );
    assert.equal(errorCode(await stack.gateway.request(REVOKE, { input: { id: key.apiKey.id } })), 'UNAUTHENTICATED');
    const byStranger = await stack.gateway.request(
      REVOKE,
      { input: { id: key.apiKey.id } },
      { token: stranger.accessToken },
    );
    assert.equal(errorCode(byStranger), 'NOT_FOUND');
    const me = await stack.gateway.data<{ me: { id: string } }>(ME, {}, { apiKey: key.secret });
    assert.equal(me.me.id, owner.player.id, 'the key still works');
  });

  test('creating a key validates its input', async () => {
    const owner = await register();
    const noRead = await stack.gateway.request(
      CREATE,
      { input: { name: 'w', scopes: ['WRITE'] } },
      { token: owner.accessToken },
    );
    assert.equal(errorCode(noRead), 'BAD_USER_INPUT');
    assert.equal(noRead.errors?.[0].extensions?.field, 'scopes');
    const noName = await stack.gateway.request(
      CREATE,
      { input: { name: '', scopes: ['READ'] } },
      { token: owner.accessToken },
    );
    assert.equal(noName.errors?.[0].extensions?.field, 'name');
  });
});
