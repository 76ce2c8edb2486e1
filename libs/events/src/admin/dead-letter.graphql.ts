import {
  ConnectionArgs,
  ConnectionType,
  notFound,
  parseConnectionArgs,
  parseInput,
  requireRole,
  toConnection,
  type Viewer,
} from '@sectorwars/platform';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { z } from 'zod';
import type { DeadLetterStore } from '../dead-letters';

/** A dead letter as admins see it. Every subgraph with consumers defines it, so it is shareable. */
@Directive('@shareable')
@ObjectType('DeadLetter', { description: 'An event a consumer gave up on, kept for an admin to inspect and replay.' })
export class DeadLetterType {
  @Field(() => ID, { description: 'Dead letter id.' })
  id: string;

  @Field({ description: 'Consumer group that failed, e.g. `governance.voter-roll`.' })
  consumerGroup: string;

  @Field({ description: 'Topic the event came from.' })
  topic: string;

  @Field(() => String, { nullable: true, description: 'CloudEvents id, when the envelope could be read.' })
  eventId: string | null;

  @Field(() => String, { nullable: true, description: 'Event type, when the envelope could be read.' })
  type: string | null;

  @Field({ description: 'The record as received (normally the JSON CloudEvents envelope).' })
  raw: string;

  @Field({ description: 'Why the consumer gave up: the last error or the validation failure.' })
  error: string;

  @Field(() => Int, { description: 'Handler attempts made (0 when refused at validation).' })
  attempts: number;

  @Field({ description: 'When the event was dead-lettered.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When an admin replayed it; null while pending.' })
  replayedAt: Date | null;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of dead letters.' })
export class DeadLetterConnection extends ConnectionType(DeadLetterType, { nodeName: 'DeadLetter', shareable: true }) {}

@InputType({ description: 'The dead letter to replay.' })
export class ReplayDeadLetterInput {
  @Field(() => ID, { description: 'Dead letter id.' })
  id: string;
}

@Directive('@shareable')
@ObjectType({ description: 'Result of a dead-letter replay.' })
export class ReplayDeadLetterPayload {
  @Field(() => DeadLetterType, { description: 'The dead letter, now marked replayed.' })
  deadLetter: DeadLetterType;
}

/** What the admin resolver needs from the request context. */
export interface DeadLetterContext {
  viewer: Viewer;
  deadLetters: DeadLetterStore;
}

const replaySchema = z.object({ id: z.uuid('must be a dead letter id (UUID)') });
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Admin-only GraphQL for one service's dead letters: the query
 * `<service>DeadLetters(first, after, includeReplayed)` and the mutation
 * `replay<Service>DeadLetter(input: {id})`. Names carry the service because
 * each subgraph owns its own dead letters.
 */
export function createDeadLetterResolver(service: string) {
  const existing = resolvers.get(service);
  if (existing) return existing;
  @Resolver()
  class DeadLetterAdminResolver {
    @Query(() => DeadLetterConnection, {
      name: `${service}DeadLetters`,
      description: `Admin: events the ${service} service's consumers gave up on, newest first. Errors: UNAUTHENTICATED, FORBIDDEN.`,
    })
    async deadLetters(
      @Args() args: ConnectionArgs,
      @Arg('includeReplayed', () => Boolean, { defaultValue: false, description: 'Also list replayed ones.' })
      includeReplayed: boolean,
      @Ctx() ctx: DeadLetterContext,
    ) {
      requireRole(ctx.viewer, 'ADMIN');
      const { first, after } = parseConnectionArgs(args);
      return toConnection(await ctx.deadLetters.page({ first, after, pending: !includeReplayed }));
    }

    @Mutation(() => ReplayDeadLetterPayload, {
      name: `replay${capitalised(service)}DeadLetter`,
      description: `Admin: republishes a pending ${service} dead letter to its topic; the failed consumer handles it again, others skip it. Errors: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND.`,
    })
    async replay(@Arg('input') input: ReplayDeadLetterInput, @Ctx() ctx: DeadLetterContext) {
      requireRole(ctx.viewer, 'ADMIN');
      const { id } = parseInput(replaySchema, input);
      const deadLetter = await ctx.deadLetters.replay(id);
      if (!deadLetter) throw notFound('Pending dead letter');
      return { deadLetter };
    }
  }
  resolvers.set(service, DeadLetterAdminResolver);
  return DeadLetterAdminResolver;
}

/** One resolver class per service: type-graphql keeps class metadata globally, so building the schema twice must reuse it. */
// biome-ignore lint/complexity/noBannedTypes: a type-graphql resolver class
const resolvers = new Map<string, Function>();
