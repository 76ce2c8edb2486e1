import { hasRole, notFound, parseInput, requirePlayer } from '@sectorwars/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context';
import { AuthPayload } from '../session/session.types';
import { Player } from './player.entity';
import { RegisterPlayerInput, registerPlayerSchema } from './player.inputs';

@Resolver(() => Player)
export class PlayerResolver {
  @Query(() => Player, { description: 'The signed-in player. Requires a token.' })
  async me(@Ctx() ctx: IdentityContext): Promise<Player> {
    const player = await ctx.playerLoader.load(requirePlayer(ctx.viewer));
    if (!player) throw notFound('Player');
    return player;
  }

  @Query(() => Player, { nullable: true, description: 'A player by id; null when there is none.' })
  player(@Arg('id', () => ID, { description: 'Player id.' }) id: string, @Ctx() ctx: IdentityContext) {
    return ctx.playerLoader.load(id);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in. Errors: BAD_USER_INPUT, CONFLICT.' })
  async registerPlayer(@Arg('input') input: RegisterPlayerInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    const valid = parseInput(registerPlayerSchema, input);
    const player = await ctx.services.players.register(valid);
    return ctx.services.sessions.openSession(player);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email address. Private: visible only to the player and admins, null for everyone else.',
  })
  email(@Root() player: Player, @Ctx() ctx: IdentityContext): string | null {
    const { viewer } = ctx;
    return viewer.playerId === player.id || hasRole(viewer, 'ADMIN') ? player.email : null;
  }
}
