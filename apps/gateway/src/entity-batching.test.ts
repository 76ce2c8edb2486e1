/**
 * Entity fetch batching: one request's parallel `_entities` fetches to the same subgraph travel
 * as one subgraph request, and each part of the answer still lands where it belongs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startStack, type TestStack } from '@sectorwars/testing';
import { EntityFetchBatcher, entityBatchKey, type SubgraphRequest } from './entity-batching';

const ENTITIES = (name: string) =>
  `query ${name}($representations:[_Any!]!){_entities(representations:$representations){...on Player{handle}}}`;
const reps = (...ids: string[]) => ids.map((id) => ({ __typename: 'Player', id }));

describe('merging (unit, over a recording subgraph)', () => {
  test('only entity fetches with no variable besides representations are merged', () => {
    assert.ok(entityBatchKey({ query: ENTITIES('A__identity__1'), variables: { representations: [] } }));
    assert.equal(
      entityBatchKey({ query: ENTITIES('A__identity__1'), variables: { representations: [] } }),
      entityBatchKey({ query: ENTITIES('A__identity__2'), variables: { representations: [] } }),
    );
    assert.equal(entityBatchKey({ query: '{ me { id } }', variables: {} }), null);
    assert.equal(entityBatchKey({ query: ENTITIES('A'), variables: { representations: [], first: 2 } }), null);
  });

  test('two fetches of one request become one; answers and entity errors are split back, re-indexed', async () => {
    const sent: SubgraphRequest[] = [];
    const send = async (request: SubgraphRequest) => {
      sent.push(request);
      const all = request.variables?.representations as { id: string }[];
      return {
        data: { _entities: all.map((r) => (r.id === 'gone' ? null : { handle: `h-${r.id}` })) },
        errors: [
          ...all.flatMap((r, i) => (r.id === 'gone' ? [{ message: 'not found', path: ['_entities', i] }] : [])),
          { message: 'deprecated header', extensions: { code: 'WARNING' } },
        ],
      };
    };
    const batcher = new EntityFetchBatcher();
    const context = {};
    const [owner, members] = await Promise.all([
      batcher.process(context, { query: ENTITIES('Q__identity__1'), variables: { representations: reps('o') } }, send),
      batcher.process(
        context,
        { query: ENTITIES('Q__identity__2'), variables: { representations: reps('a', 'gone', 'b') } },
        send,
      ),
    ]);
    assert.equal(sent.length, 1, 'one subgraph request');
    assert.deepEqual(sent[0].variables?.representations, reps('o', 'a', 'gone', 'b'));
    assert.deepEqual(owner.data, { _entities: [{ handle: 'h-o' }] });
    assert.deepEqual(members.data, { _entities: [{ handle: 'h-a' }, null, { handle: 'h-b' }] });
    assert.deepEqual(
      owner.errors?.map((e) => e.message),
      ['deprecated header'],
      'an error without an entity path reaches every caller',
    );
    assert.deepEqual(
      members.errors?.map((e) => [e.message, e.path]),
      [
        ['not found', ['_entities', 1]],
        ['deprecated header', undefined],
      ],
    );
  });

  test('fetches of two different requests are never merged (each keeps its own credential)', async () => {
    const sent: SubgraphRequest[] = [];
    const send = async (request: SubgraphRequest) => {
      sent.push(request);
      return {
        data: { _entities: (request.variables as { representations: unknown[] }).representations.map(() => ({})) },
      };
    };
    const batcher = new EntityFetchBatcher();
    await Promise.all([
      batcher.process({}, { query: ENTITIES('A'), variables: { representations: reps('x') } }, send),
      batcher.process({}, { query: ENTITIES('A'), variables: { representations: reps('y') } }, send),
    ]);
    assert.equal(sent.length, 2);
  });
});

describe('through the gateway (identity + regions, real processes)', () => {
  let stack: TestStack;
  before(async () => {
    stack = await startStack({ subgraphs: ['identity', 'regions'], env: { BOOTSTRAP_ADMIN_PASSWORD: 'admin pw 12' } });
  });
  after(() => stack?.stop());

  /** Sum of identity's `graphql_requests_total` over every operation. */
  const identityRequests = async () => {
    const text = await (await fetch(`${stack.subgraphUrls.identity}/metrics`)).text();
    return [...text.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
  };

  test('a region with its owner and members’ players asks identity once, with every player in place', async () => {
    const gql = stack.gateway;
    const admin = (
      await gql.data<{ login: { accessToken: string } }>(
        'mutation { login(input: { email: "admin@sectorwars.local", password: "admin pw 12" }) { accessToken } }',
      )
    ).login.accessToken;
    const register = async (handle: string) =>
      (
        await gql.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
          'mutation R($input: RegisterPlayerInput!) { registerPlayer(input: $input) { accessToken player { id } } }',
          { input: { handle, email: `${handle}@example.test`, password: 'long password 1', displayName: handle } },
        )
      ).registerPlayer;
    const owner = await register('batch_owner');
    const regionId = (
      await gql.data<{ provisionRegion: { region: { id: string } } }>(
        'mutation P($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
        { input: { name: 'batching', displayName: 'Batching', ownerId: owner.player.id } },
        { token: admin },
      )
    ).provisionRegion.region.id;
    const members = ['batch_m1', 'batch_m2', 'batch_m3'];
    for (const handle of members) {
      const m = await register(handle);
      await gql.data(
        'mutation J($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }',
        { input: { regionId, type: 'CITIZEN' } },
        { token: m.accessToken },
      );
    }

    const before = await identityRequests();
    const data = await gql.data<{
      region: { owner: { handle: string }; members: { edges: { node: { player: { handle: string } } }[] } };
    }>(
      'query Federated($id: ID!) { region(id: $id) { owner { handle } members(first: 10) { edges { node { player { handle } } } } } }',
      { id: regionId },
    );
    const after = await identityRequests();

    assert.equal(data.region.owner.handle, 'batch_owner');
    assert.deepEqual(
      data.region.members.edges.map((e) => e.node.player.handle),
      members,
      'members in joining order, each with its own player',
    );
    assert.equal(after - before, 1, 'owner and members’ players in one identity request');
  });
});
