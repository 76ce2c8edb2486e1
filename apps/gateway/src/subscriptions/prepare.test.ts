/** How a subscription operation becomes its topic group key and root query (pure: no services). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { prepareSubscription, rootQueryText } from './prepare';
import { SUBSCRIPTION_SOURCES, sourcesByField } from './registry';

const schema = buildSchema(`
  type Policy { id: ID! title: String! votesFor: Float! votesAgainst: Float! }
  type Query { policy(id: ID!): Policy }
  type Subscription { policyVoteTallied(policyId: ID!): Policy! unserved: Policy! }
`);
const sources = sourcesByField();

function prepare(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  assert.deepEqual(validate(schema, document), []);
  return prepareSubscription(schema, document, operationName, variables, sources);
}

test('the root query keeps the alias, the selection, its fragments and the variables it uses', () => {
  const prepared = prepare(
    `subscription Watch($p: ID!, $withTitle: Boolean!) {
       tally: policyVoteTallied(policyId: $p) { ...Counts title @include(if: $withTitle) }
     }
     fragment Counts on Policy { votesFor votesAgainst }`,
    { p: 'a1', withTitle: true },
  );
  assert.equal(prepared.responseKey, 'tally');
  assert.deepEqual(prepared.args, { policyId: 'a1' });
  assert.deepEqual(prepared.selectionVariables, { withTitle: true });
  assert.deepEqual(validate(schema, parse(prepared.query)), [], prepared.query);
  assert.match(prepared.query, /query GatewaySubscription\(\$withTitle: Boolean!, \$__id: ID!\)/);
  assert.match(prepared.query, /tally: policy\(id: \$__id\)/);
  assert.match(prepared.query, /fragment Counts on Policy/);
  assert.doesNotMatch(prepared.query, /\$p\b/, 'variables used only by the subscription arguments are dropped');
});

test('equal field, arguments and selection share a group key; anything else does not', () => {
  const a = prepare('subscription { policyVoteTallied(policyId: "a1") { votesFor } }');
  const b = prepare('subscription S($id: ID!) { policyVoteTallied(policyId: $id) { votesFor } }', { id: 'a1' });
  const otherPolicy = prepare('subscription { policyVoteTallied(policyId: "b2") { votesFor } }');
  const otherSelection = prepare('subscription { policyVoteTallied(policyId: "a1") { votesFor votesAgainst } }');
  assert.equal(a.groupKey, b.groupKey);
  assert.notEqual(a.groupKey, otherPolicy.groupKey);
  assert.notEqual(a.groupKey, otherSelection.groupKey);
});

test('a field the gateway does not serve is refused with BAD_USER_INPUT', () => {
  assert.throws(
    () => prepare('subscription { unserved { id } }'),
    (error: { extensions?: { code?: string }; message: string }) =>
      error.extensions?.code === 'BAD_USER_INPUT' && /not served/.test(error.message),
  );
});

test('every registry entry fits the composed API schema (schema/api.graphql): its field, root query and check', () => {
  const api = buildSchema(readFileSync(path.resolve(__dirname, '../../../../schema/api.graphql'), 'utf8'));
  const fields = api.getSubscriptionType()?.getFields() ?? {};
  const served = SUBSCRIPTION_SOURCES.filter((source) => fields[source.field]);
  // The governance fields are checked as soon as the governance subgraph declares them.
  assert.ok(served.some((s) => s.field === 'nexusGenerationProgressed'));
  for (const source of served) {
    const field = fields[source.field];
    const queryType = api.getQueryType()?.getFields()[source.query.field];
    assert.ok(queryType, `${source.field}: root query field ${source.query.field} exists`);
    assert.equal(
      String(queryType.type).replace(/!$/, ''),
      String(field.type).replace(/!$/, ''),
      `${source.field}: the root query returns the subscription's type`,
    );
    const query = rootQueryText(source.query, source.field, '{ __typename }');
    assert.deepEqual(validate(api, parse(query)), [], query);
    if (source.authorize) {
      const check = rootQueryText(source.authorize, source.field, source.authorize.selection);
      assert.deepEqual(validate(api, parse(check)), [], check);
    }
    const args = Object.fromEntries(field.args.map((arg) => [arg.name, `value-of-${arg.name}`]));
    for (const value of Object.values(source.query.values(args, {}))) {
      if (value !== undefined)
        assert.match(String(value), /^value-of-/, `${source.field}: query arguments come from its arguments`);
    }
  }
});
