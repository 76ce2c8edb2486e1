/**
 * Access tokens are verified by the subgraph itself, not only by the gateway:
 * expired, forged and wrongly-signed tokens are refused even when sent to
 * identity directly. Also: the JWKS, and a bad configuration stopping the process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { errorCode, GraphQLClient, startStack, type TestStack } from '@sectorwars/testing';
import { importPKCS8, SignJWT } from 'jose';

let stack: TestStack;
let identity: GraphQLClient;
let player: { id: string; token: string };

before(async () => {
  stack = await startStack({ subgraphs: ['identity'] });
  identity = new GraphQLClient(`${stack.subgraphUrls.identity}/graphql`);
  const data = await stack.gateway.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
    `mutation { registerPlayer(input: { handle: "verifier", email: "verifier@example.test", password: "a long password", displayName: "V" }) { accessToken player { id } } }`,
  );
  player = { id: data.registerPlayer.player.id, token: data.registerPlayer.accessToken };
});
after(() => stack?.stop());

/** Signs a token like identity does, with any key, claims and expiry. */
async function mint(pem: string, claims: { sub: string; roles?: string[]; exp?: number }, kid?: string) {
  const key = await importPKCS8(pem, 'ES256');
  return new SignJWT({ roles: claims.roles ?? ['PLAYER'], scope: 'read write' })
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', ...(kid ? { kid } : {}) })
    .setSubject(claims.sub)
    .setIssuer('sectorwars-identity')
    .setAudience('sectorwars')
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(key);
}

const ME = '{ me { id } }';

describe('token verification at the subgraph', () => {
  test('a valid token works when sent to identity directly', async () => {
    const data = await identity.data<{ me: { id: string } }>(ME, {}, { token: player.token });
    assert.equal(data.me.id, player.id);
  });

  test('an expired token is refused with 401 UNAUTHENTICATED', async () => {
    const token = await mint(stack.signingKeyPem, { sub: player.id, exp: Math.floor(Date.now() / 1000) - 60 });
    for (const client of [identity, stack.gateway]) {
      const result = await client.request(ME, {}, { token });
      assert.equal(result.status, 401);
      assert.equal(errorCode(result), 'UNAUTHENTICATED');
      assert.match(result.errors?.[0].message ?? '', /expired/);
    }
  });

  test('a forged token (payload changed, signature kept) is refused', async () => {
    const [header, payload, signature] = player.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN', 'PLAYER'] })).toString('base64url');
    for (const client of [identity, stack.gateway]) {
      const result = await client.request(ME, {}, { token: `${header}.${forged}.${signature}` });
      assert.equal(errorCode(result), 'UNAUTHENTICATED');
    }
  });

  test('a token signed with another key is refused, even claiming identity’s kid', async () => {
    const otherPem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const jwks = (await (await fetch(`${stack.subgraphUrls.identity}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    const token = await mint(otherPem, { sub: player.id }, jwks.keys[0].kid);
    for (const client of [identity, stack.gateway]) {
      assert.equal(errorCode(await client.request(ME, {}, { token })), 'UNAUTHENTICATED');
    }
  });

  test('an unsigned token (alg none) and a malformed header are refused', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({ sub: player.id, iss: 'sectorwars-identity', aud: 'sectorwars' }),
    ).toString('base64url');
    assert.equal(errorCode(await identity.request(ME, {}, { token: `${header}.${body}.` })), 'UNAUTHENTICATED');
    const basic = await identity.request(ME, {}, { headers: { authorization: 'Basic abc' } });
    assert.equal(errorCode(basic), 'UNAUTHENTICATED');
  });

  test('the JWKS publishes the ES256 public key (and no private part)', async () => {
    const response = await fetch(`${stack.subgraphUrls.identity}/.well-known/jwks.json`);
    const jwks = (await response.json()) as { keys: Record<string, string>[] };
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0].alg, 'ES256');
    assert.equal(jwks.keys[0].crv, 'P-256');
    assert.equal(jwks.keys[0].d, undefined);
  });
});

describe('configuration', () => {
  test('identity refuses to start without JWT_PRIVATE_KEY, naming the variable and the expected form', () => {
    const main = path.join(__dirname, 'main.js');
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'not-a-url' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /JWT_PRIVATE_KEY: is required \(expected an ECDSA P-256 private key in PKCS#8 PEM/);
    assert.match(result.stderr, /DATABASE_URL: must be a postgres:\/\/ URL/);
  });
});
