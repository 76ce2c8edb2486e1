import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { badInput, parseInput } from './errors';

/** Largest page a client may ask for (ARCHITECTURE.md, "Public contract"). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay page info. Every subgraph defines the same type, so it is shareable. */
@Directive('@shareable')
@ObjectType({ description: 'Where this page sits in the whole list (Relay cursor connection).' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last edge.' })
  hasNextPage: boolean;

  @Field({ description: 'Relay compatibility: always false, this list pages forward only.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, null on an empty page.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

/** `first` / `after` arguments of every list field. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 1–${MAX_PAGE_SIZE}.`,
  })
  first: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (`pageInfo.endCursor`).' })
  after?: string | null;
}

/** One page of a list: rows plus whether more follow, before mapping to edges. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Shape of a connection returned by resolvers. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Creates the `XConnection` and `XEdge` object types for a node type.
 * Usage: `@ObjectType() class ApiKeyConnection extends ConnectionType(ApiKey) {}`.
 * Pass `shareable` when several subgraphs define the same connection (then mark
 * the subclass `@Directive('@shareable')` too).
 */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T>,
  options: { nodeName?: string; shareable?: boolean } = {},
) {
  const nodeName = options.nodeName ?? nodeType.name;
  @(options.shareable ? Directive('@shareable') : () => {})
  @ObjectType(`${nodeName}Edge`, { description: `One ${nodeName} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${nodeName}.` })
    node: T;
  }

  @ObjectType() // not emitted itself: only subclasses are referenced by resolvers
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: 'Items of this page.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list.' })
    totalCount: number;
  }
  return ConnectionClass;
}

const pageArgsSchema = z.object({
  first: z
    .number()
    .int()
    .min(1, `must be between 1 and ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `must be between 1 and ${MAX_PAGE_SIZE}`),
  after: z.string().nullish(),
});

/** Keyset position: the sort value and id of the last item seen. */
export interface KeysetCursor {
  at: string;
  id: string;
}

/** Encodes a keyset cursor (opaque base64url JSON). */
export const encodeCursor = (cursor: KeysetCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * Validates `first`/`after` and decodes the cursor.
 * @throws BAD_USER_INPUT on `first` (range 1–100) or `after` (not a cursor of this list)
 */
export function parseConnectionArgs(args: ConnectionArgs): { first: number; after: KeysetCursor | null } {
  const { first, after } = parseInput(pageArgsSchema, args);
  if (!after) return { first, after: null };
  try {
    const decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as KeysetCursor;
    if (typeof decoded.at !== 'string' || typeof decoded.id !== 'string') throw new Error('shape');
    return { first, after: decoded };
  } catch {
    throw badInput('after', 'after: is not a cursor returned by this list');
  }
}

/** Builds the connection object from one page. */
export function toConnection<T>(page: Page<T>): Connection<T> {
  const edges = page.nodes.map((node, i) => ({ node, cursor: page.cursors[i] }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
