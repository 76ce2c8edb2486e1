import { type EventData, type governanceEvents, type Outbox, regionsEvents } from '@sectorwars/events';
import { notFound } from '@sectorwars/platform';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { AuditService } from '../audit/audit.service';
import { inRegionOf } from '../db/in-region';
import { type EconomySettings, REGION_RULES } from './region.rules';
import type { RegionRow, StoredPolicySetting } from './region.types';

/** `data` of `governance.policy.passed`. */
export type PolicyPassed = EventData<typeof governanceEvents.policyPassed>;

/** A tax_rate policy's changes: the new rate inside the design bounds 0.05–0.25. */
const taxRateChanges = z.object({
  taxRate: z.number().min(REGION_RULES.taxRate.min).max(REGION_RULES.taxRate.max),
});

/**
 * Puts passed governance policies in force in a region (ARCHITECTURE.md: "a passed policy
 * emits governance.policy.passed; regions applies the change"). Every policy type is kept
 * in `policy_settings[type]` (the latest policy of a type wins); a tax_rate policy also sets
 * `economy.taxRate`, which trade taxes use from then on.
 */
export class PolicyApplicationService {
  constructor(
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  /**
   * Applies `policy` inside the consumer's transaction confined to its region, writes an audit
   * record (actor: the platform, on behalf of the vote) and publishes
   * `regions.region.policy-implemented` with the settings now in force.
   *
   * @throws NOT_FOUND when the region does not exist; a ZodError when a tax_rate policy's
   *   rate is outside 0.05–0.25 (governance validates it, so this is a poison event: the
   *   consumer retries, then dead-letters it, and nothing is written)
   */
  async applyPassedPolicy(manager: EntityManager, policy: PolicyPassed): Promise<void> {
    await inRegionOf(manager, policy.regionId, async (tx) => {
      const [region] = (await tx.query('SELECT * FROM regions.regions WHERE id = $1 FOR UPDATE', [
        policy.regionId,
      ])) as RegionRow[];
      if (!region) throw notFound('Region');
      const implementedAt = new Date().toISOString();
      const setting: StoredPolicySetting = {
        policyId: policy.policyId,
        enactedAt: implementedAt,
        changes: policy.proposedChanges,
      };
      const policySettings = { ...region.policy_settings, [policy.type]: setting };
      let economy: EconomySettings = region.economy;
      if (policy.type === 'tax_rate') {
        economy = { ...economy, taxRate: taxRateChanges.parse(policy.proposedChanges).taxRate };
      }
      await tx.query('UPDATE regions.regions SET policy_settings = $2, economy = $3 WHERE id = $1', [
        policy.regionId,
        JSON.stringify(policySettings),
        JSON.stringify(economy),
      ]);
      const applied = {
        policySettings: { [policy.type]: setting },
        ...(policy.type === 'tax_rate' ? { economy } : {}),
      };
      await this.audit.record(tx, {
        regionId: policy.regionId,
        actorId: null,
        action: 'region.policy.implement',
        target: `policy:${policy.policyId}`,
        before: {
          policySettings: { [policy.type]: region.policy_settings[policy.type] ?? null },
          ...(policy.type === 'tax_rate' ? { economy: region.economy } : {}),
        },
        after: applied,
      });
      await this.outbox.publish(tx, regionsEvents.policyImplemented, {
        subject: policy.regionId,
        data: { policyId: policy.policyId, regionId: policy.regionId, type: policy.type, applied, implementedAt },
      });
    });
  }
}
