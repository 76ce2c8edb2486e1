import { badInput, forbidden, notFound } from '@sectorwars/platform';
import type { DataSource } from 'typeorm';
import { inRegion } from '../db/in-region';
import type { RegionalAssets } from '../membership/membership.types';
import type { EconomySettings } from '../region/region.rules';
import { quoteTrade, type TradeQuote } from './trade.rules';
import type { TradeAtPort } from './trade.types';

interface TradeState {
  economy: EconomySettings;
  ports: number | null;
  member: boolean;
  credits: string | null;
  cargo: Record<string, number> | null;
  ships: { id: string; type: string; name: string }[] | null;
}

/**
 * Port trade (rules in trade.rules.ts): moves credits and cargo between a member and a port,
 * and the tax into the region's treasury with a ledger row — all in one regional
 * transaction, so the treasury always equals the ledger's sum. Trading also marks the member
 * active (`lastActiveAt`, counted by `RegionStats.activeMembers`).
 */
export class TradeService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Trades at a port of `input.regionId` as `playerId`.
   * @returns the trade and the player's assets after it
   * @throws NOT_FOUND (region or sector), FORBIDDEN (not a member), BAD_USER_INPUT with field
   *   `sectorNumber` (no port there) or `quantity` (not enough credits or cargo); nothing is
   *   written on any error
   */
  async trade(playerId: string, input: TradeAtPort): Promise<{ trade: TradeQuote; assets: RegionalAssets }> {
    return inRegion(this.dataSource, input.regionId, async (manager) => {
      const [state] = (await manager.query(
        `SELECT r.economy,
                (SELECT ports FROM regions.sectors WHERE number = $2) AS ports,
                EXISTS (SELECT 1 FROM regions.memberships WHERE player_id = $3) AS member,
                a.credits, a.cargo, a.ships
         FROM regions.regions r
         LEFT JOIN regions.assets a ON a.region_id = r.id AND a.player_id = $3
         WHERE r.id = $1
         FOR UPDATE OF r`,
        [input.regionId, input.sectorNumber, playerId],
      )) as TradeState[];
      if (!state) throw notFound('Region');
      if (!state.member) throw forbidden('Only members of the region trade at its ports');
      if (state.ports === null) throw notFound('Sector');
      if (state.ports === 0) throw badInput('sectorNumber', `Sector ${input.sectorNumber} has no port`);
      const quote = quoteTrade(
        input.side,
        input.resource,
        input.quantity,
        state.economy.taxRate,
        state.economy.tradeBonuses[input.resource],
      );
      const credits = Number(state.credits ?? 0);
      const cargo = { ...(state.cargo ?? {}) };
      const held = cargo[input.resource] ?? 0;
      if (credits + quote.creditsChange < 0) {
        throw badInput('quantity', `Not enough credits: the trade costs ${-quote.creditsChange}, you have ${credits}`);
      }
      if (input.side === 'SELL' && held < input.quantity) {
        throw badInput('quantity', `Not enough ${input.resource}: you hold ${held}`);
      }
      cargo[input.resource] = held + (input.side === 'BUY' ? input.quantity : -input.quantity);
      if (cargo[input.resource] === 0) delete cargo[input.resource];
      await manager.query(
        `INSERT INTO regions.assets (region_id, player_id, credits, cargo) VALUES ($1, $2, $3, $4)
         ON CONFLICT (region_id, player_id) DO UPDATE SET credits = EXCLUDED.credits, cargo = EXCLUDED.cargo, updated_at = now()`,
        [input.regionId, playerId, credits + quote.creditsChange, JSON.stringify(cargo)],
      );
      // Treasury, ledger and activity in one statement (data-modifying CTEs).
      await manager.query(
        `WITH treasury AS (UPDATE regions.regions SET treasury_credits = treasury_credits + $3 WHERE id = $1),
              active AS (UPDATE regions.memberships SET last_active_at = now() WHERE player_id = $2)
         INSERT INTO regions.treasury_ledger (region_id, player_id, kind, amount, details)
         VALUES ($1, $2, 'trade_tax', $3, $4)`,
        [
          input.regionId,
          playerId,
          quote.tax,
          JSON.stringify({ side: input.side, resource: input.resource, quantity: input.quantity, gross: quote.gross }),
        ],
      );
      return {
        trade: quote,
        assets: {
          credits: credits + quote.creditsChange,
          ships: state.ships ?? [],
          cargo: Object.entries(cargo)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([resource, quantity]) => ({ resource, quantity })),
        },
      };
    });
  }
}
