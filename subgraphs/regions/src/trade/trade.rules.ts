/**
 * Port trade inside a region — the first game rule that moves credits, and the source of a
 * region's tax income. After the original game's port trading (three commodities), with the
 * platform's regional economy on top (ARCHITECTURE.md, "Game design figures": tax 5–25 %,
 * trade bonuses 1.0–3.0× per resource):
 * - a port sells a unit at `ceil(base × 1.2)` and buys one at `floor(base × tradeBonus)`, the
 *   region's trade bonus for that resource (1.0 when none is set);
 * - tax on every trade is `round(gross × taxRate)`, paid by the player into the region's
 *   treasury: a buyer pays gross + tax, a seller receives gross − tax.
 * Base prices are project defaults (credits per unit), not figures from the original game.
 */
export const TRADE_RULES = {
  basePrices: { ore: 20, organics: 35, equipment: 55 } as Record<string, number>,
  portSellMarkup: 1.2,
  quantity: { min: 1, max: 10_000 },
  /** Days `RegionStats.taxIncome` sums over. */
  taxWindowDays: 30,
} as const;

/** Trade resources (keys of `TRADE_RULES.basePrices`, also the keys of trade bonuses and cargo). */
export const TRADE_RESOURCES = Object.keys(TRADE_RULES.basePrices);

/** What one trade costs or pays, in credits. */
export interface TradeQuote {
  unitPrice: number;
  gross: number;
  tax: number;
  /** Change of the player's credits: −(gross + tax) when buying, gross − tax when selling. */
  creditsChange: number;
}

/**
 * Prices a trade. Pure.
 * @param side `BUY` (player buys from the port) or `SELL`
 * @param taxRate the region's rate, 0.05–0.25
 * @param tradeBonus the region's multiplier for the resource, 1.0–3.0 (only selling uses it)
 */
export function quoteTrade(
  side: 'BUY' | 'SELL',
  resource: string,
  quantity: number,
  taxRate: number,
  tradeBonus = 1,
): TradeQuote {
  const base = TRADE_RULES.basePrices[resource];
  const unitPrice =
    side === 'BUY' ? Math.ceil(base * TRADE_RULES.portSellMarkup) : Math.floor(base * Math.max(1, tradeBonus));
  const gross = unitPrice * quantity;
  const tax = Math.round(gross * taxRate);
  return { unitPrice, gross, tax, creditsChange: side === 'BUY' ? -(gross + tax) : gross - tax };
}
