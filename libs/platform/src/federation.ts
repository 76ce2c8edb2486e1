import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';

/** Federation 2 spec version every subgraph links. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/** `__resolveReference` (and other extra) resolvers per entity type name. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers:
 * type-graphql produces the schema (with `@key` etc. from `@Directive`), it is
 * printed with its directives, prefixed with the federation `@link`, and
 * handed to `buildSubgraphSchema` with type-graphql's resolvers merged with
 * the entity reference resolvers.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // `Date` maps to the `DateTime` scalar (ISO-8601) of the public contract.
  const schema = await buildSchema({
    ...options,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }, ...(options.scalarsMap ?? [])],
    validate: false,
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, extra] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...extra };
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  // biome-ignore lint/suspicious/noExplicitAny: resolver map shape is checked by buildSubgraphSchema
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as any });
}
