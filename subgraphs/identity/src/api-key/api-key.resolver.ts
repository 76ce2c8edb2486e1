import { ConnectionArgs, parseConnectionArgs, parseInput, requirePlayer, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import {
  ApiKeyConnection,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  createApiKeySchema,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
  revokeApiKeySchema,
} from './api-key.types';

@Resolver()
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: "The signed-in player's API keys, newest first." })
  async apiKeys(@Args() args: ConnectionArgs, @Ctx() ctx: IdentityContext) {
    const playerId = requirePlayer(ctx.viewer);
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.apiKeys.list(playerId, first, after));
  }

  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Creates an API key; its secret is returned only here. Errors: UNAUTHENTICATED, FORBIDDEN (called with an API key), BAD_USER_INPUT.',
  })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: IdentityContext) {
    const playerId = requirePlayer(ctx.viewer);
    const { name, scopes } = parseInput(createApiKeySchema, input);
    return ctx.services.apiKeys.create({ ...ctx.viewer, playerId }, name, scopes);
  }

  @Mutation(() => RevokeApiKeyPayload, {
    description: 'Revokes one of your API keys (admins: any). Errors: NOT_FOUND.',
  })
  async revokeApiKey(@Arg('input') input: RevokeApiKeyInput, @Ctx() ctx: IdentityContext) {
    const playerId = requirePlayer(ctx.viewer);
    const { id } = parseInput(revokeApiKeySchema, input);
    return { apiKey: await ctx.services.apiKeys.revoke({ ...ctx.viewer, playerId }, id) };
  }
}
