import { parseInput, requirePlayer } from '@sectorwars/platform';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RegionsContext } from '../context';
import { TradeAtPortInput, TradeAtPortPayload, tradeAtPortSchema } from './trade.types';

@Resolver()
export class TradeResolver {
  @Mutation(() => TradeAtPortPayload, {
    description:
      "Member: buys or sells cargo at a port of the region; the tax (the region's tax rate × the trade's value) goes into the region's treasury. Errors: UNAUTHENTICATED, FORBIDDEN (not a member), NOT_FOUND, BAD_USER_INPUT (field: sectorNumber without port, quantity beyond credits or cargo, or out of range).",
  })
  async tradeAtPort(@Arg('input') input: TradeAtPortInput, @Ctx() ctx: RegionsContext): Promise<TradeAtPortPayload> {
    const playerId = requirePlayer(ctx.viewer);
    const valid = parseInput(tradeAtPortSchema, input);
    const { trade, assets } = await ctx.services.trades.trade(playerId, valid);
    return { trade: { side: valid.side, resource: valid.resource, quantity: valid.quantity, ...trade }, assets };
  }
}
