import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { RegionalAssets } from '../membership/membership.types';
import { TRADE_RESOURCES, TRADE_RULES } from './trade.rules';

/** Which way goods move in a port trade. */
export enum TradeSide {
  BUY = 'BUY',
  SELL = 'SELL',
}
registerEnumType(TradeSide, {
  name: 'TradeSide',
  description: 'Which way goods move in a port trade.',
  valuesConfig: {
    BUY: { description: 'The player buys cargo from the port (pays price + tax).' },
    SELL: { description: 'The player sells cargo to the port (receives price − tax).' },
  },
});

const Q = TRADE_RULES.quantity;

@InputType({ description: 'A trade at a port of a region.' })
export class TradeAtPortInput {
  @Field(() => ID, { description: 'Region id (the player must be a member).' })
  regionId: string;

  @Field(() => Int, { description: 'Sector number (1–500) of a sector with at least one port.' })
  sectorNumber: number;

  @Field({ description: `Resource: ${TRADE_RESOURCES.join(', ')}.` })
  resource: string;

  @Field(() => Int, { description: `Units, ${Q.min}–${Q.max}.` })
  quantity: number;

  @Field(() => TradeSide, { description: 'Buy from or sell to the port.' })
  side: TradeSide;
}

const range = `must be between ${Q.min} and ${Q.max}`;
export const tradeAtPortSchema = z.object({
  regionId: z.uuid('must be a region id (UUID)'),
  sectorNumber: z.number().int('must be a sector number').min(1, 'must be 1–500').max(500, 'must be 1–500'),
  resource: z.enum(TRADE_RESOURCES as [string, ...string[]], {
    message: `must be one of ${TRADE_RESOURCES.join(', ')}`,
  }),
  quantity: z.number().int(range).min(Q.min, range).max(Q.max, range),
  side: z.enum(TradeSide),
});
export type TradeAtPort = z.infer<typeof tradeAtPortSchema>;

@ObjectType({ description: 'A completed port trade.' })
export class PortTrade {
  @Field(() => TradeSide, { description: 'Which way the goods moved.' })
  side: TradeSide;

  @Field({ description: 'Resource traded.' })
  resource: string;

  @Field(() => Int, { description: 'Units traded.' })
  quantity: number;

  @Field(() => Int, { description: 'Credits per unit before tax.' })
  unitPrice: number;

  @Field(() => Int, { description: 'unitPrice × quantity, credits.' })
  gross: number;

  @Field(() => Int, { description: "Tax paid into the region's treasury, credits (round(gross × tax rate))." })
  tax: number;

  @Field(() => Int, { description: "Change of the player's credits: −(gross + tax) buying, gross − tax selling." })
  creditsChange: number;
}

@ObjectType({ description: 'Result of a port trade.' })
export class TradeAtPortPayload {
  @Field(() => PortTrade, { description: 'The trade.' })
  trade: PortTrade;

  @Field(() => RegionalAssets, { description: "The player's assets in the region after the trade." })
  assets: RegionalAssets;
}
