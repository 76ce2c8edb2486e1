/** The committed supergraph must be current: composing the subgraphs again gives the same files, without errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeSupergraph, generateConsoleTypes, staleFiles } from './compose';

test('schema/ is current and the subgraphs compose without errors (run `npm run compose` when this fails)', async () => {
  const files = await composeSupergraph();
  assert.deepEqual(staleFiles(files), []);
});

test('every type and field of the supergraph has a description', async () => {
  const files = await composeSupergraph();
  const { buildASTSchema, parse, isObjectType, isInputObjectType, isEnumType } = await import('graphql');
  const missing: string[] = [];
  for (const [file, sdl] of files) {
    if (!file.startsWith('schema/subgraphs/')) continue;
    const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_') || type.name.startsWith('link__') || type.name.startsWith('federation__')) continue;
      if (['Query', 'Mutation', 'Subscription', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) {
        // root types need no description themselves; their fields do
      } else if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && !field.name.startsWith('_')) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test("the governor console's generated GraphQL types match schema/api.graphql and its documents (run `npm run compose` when this fails)", () => {
  const result = generateConsoleTypes(true);
  assert.equal(result.status, 0, result.output);
});
