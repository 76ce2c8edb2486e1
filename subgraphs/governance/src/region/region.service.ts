import type { regionsEvents } from '@sectorwars/events';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { DEFAULT_GOVERNANCE, type GovernanceType, type RegionRules } from './region.types';

/** `data` of `region.provisioned`. */
export type RegionProvisionedData = z.infer<typeof regionsEvents.regionProvisioned.schema>;
/** `data` of `region.governance-changed` (`after` holds the settings now in force). */
export type RegionGovernanceChangedData = z.infer<typeof regionsEvents.regionGovernanceChanged.schema>;

/** The governance settings governance reads from `after` of `region.governance-changed`; other keys are ignored. */
const governanceAfter = z.object({
  type: z.enum(['democracy', 'autocracy', 'council']).optional(),
  votingThreshold: z.number().min(0.1).max(0.9).optional(),
  electionFrequencyDays: z.number().int().min(30).max(365).optional(),
});

interface RegionRow {
  id: string;
  owner_id: string | null;
  governance_type: GovernanceType;
  voting_threshold: string;
  election_frequency_days: number;
}

/** Maps a `governance.regions` row. */
export const toRegionRules = (row: RegionRow): RegionRules => ({
  id: row.id,
  ownerId: row.owner_id,
  governanceType: row.governance_type,
  votingThreshold: Number(row.voting_threshold),
  electionFrequencyDays: row.election_frequency_days,
});

/**
 * The region projection (`governance.regions`): owner and governance rules of every region,
 * kept from regions' events only — governance never asks regions synchronously. A public
 * directory, like regions' own: no row-level security; the consumer writes it as the service's
 * own role, confined transactions may only read it.
 */
export class RegionProjection {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `region.provisioned`: records the region with its owner and governance (democracy,
   * 0.51, 90 days when the event carries none). A second copy changes nothing.
   */
  async applyProvisioned(manager: EntityManager, data: RegionProvisionedData): Promise<void> {
    const g = data.governance ?? DEFAULT_GOVERNANCE;
    await manager.query(
      `INSERT INTO governance.regions (id, owner_id, governance_type, voting_threshold, election_frequency_days)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [data.regionId, data.ownerId, g.type, String(g.votingThreshold), g.electionFrequencyDays],
    );
  }

  /**
   * `region.governance-changed`: takes type, voting threshold and election frequency from
   * `after` (values outside the game bounds are ignored). The new rules apply to policies
   * proposed and terms begun from now on; a vote already open keeps the rules it opened with.
   *
   * @throws Error when the region is unknown (its `region.provisioned`, earlier on the same
   *         topic and key, must come first): the consumer retries, then dead-letters
   */
  async applyGovernanceChanged(manager: EntityManager, data: RegionGovernanceChangedData): Promise<void> {
    const parsed = governanceAfter.safeParse(data.after);
    const after = parsed.success ? parsed.data : {};
    const [, updated] = (await manager.query(
      `UPDATE governance.regions SET
         governance_type = coalesce($2, governance_type),
         voting_threshold = coalesce($3::numeric, voting_threshold),
         election_frequency_days = coalesce($4, election_frequency_days),
         updated_at = now()
       WHERE id = $1`,
      [
        data.regionId,
        after.type ?? null,
        after.votingThreshold === undefined ? null : String(after.votingThreshold),
        after.electionFrequencyDays ?? null,
      ],
    )) as [unknown, number];
    if (!updated) throw new Error(`governance-changed for unknown region ${data.regionId}`);
  }

  /** @returns the region's rules, or null when governance has not seen the region */
  async rules(regionId: string, manager: EntityManager = this.dataSource.manager): Promise<RegionRules | null> {
    const [row] = (await manager.query('SELECT * FROM governance.regions WHERE id = $1', [regionId])) as RegionRow[];
    return row ? toRegionRules(row) : null;
  }
}
