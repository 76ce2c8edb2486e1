import { hasRole, type Viewer } from '@sectorwars/platform';
import type { RegionRules } from '../region/region.types';

/** Kinds of membership in a region, as regions sends them. */
export type MembershipType = 'citizen' | 'resident' | 'visitor' | 'nomadic_trader';

/** Elected offices (roles regions grants after an election), as in `regionsEvents.ELECTED_ROLES`. */
export type OfficeRole = 'GOVERNOR' | 'COUNCIL_MEMBER' | 'AMBASSADOR' | 'TRADE_COMMISSIONER';

/** Membership types whose members vote (ARCHITECTURE.md: "only citizens and residents vote"). */
export const VOTING_MEMBERSHIPS: readonly MembershipType[] = ['citizen', 'resident'];

/**
 * Who a viewer is in one region, from governance's own projections (region, voter roll,
 * offices) — one SQL statement, batched per request.
 */
export interface Standing {
  regionId: string;
  /** The region's owner and rules; null when governance has not seen the region. */
  rules: RegionRules | null;
  /** The viewer; null for anonymous callers. */
  playerId: string | null;
  /** Platform admin (global role). */
  isAdmin: boolean;
  /** The viewer owns the region. */
  isOwner: boolean;
  /** The viewer's membership type; null when not a member. */
  membershipType: MembershipType | null;
  /** The viewer's voting power, 0–5 (0 when not a member). */
  votingPower: number;
  /** Offices the viewer holds in the region. */
  offices: OfficeRole[];
}

/** A standing with no membership (anonymous viewers, unknown regions). */
export const outsider = (viewer: Viewer, regionId: string, rules: RegionRules | null = null): Standing => ({
  regionId,
  rules,
  playerId: viewer.playerId,
  isAdmin: hasRole(viewer, 'ADMIN'),
  isOwner: !!viewer.playerId && rules?.ownerId === viewer.playerId,
  membershipType: null,
  votingPower: 0,
  offices: [],
});

/**
 * Who may read a region's governance (policies, elections, treaties): its members of any
 * membership type, its owner, its office holders and platform admins. Everyone else is refused.
 */
export const canRead = (s: Standing) => s.isAdmin || s.isOwner || s.membershipType !== null || s.offices.length > 0;

/** A citizen or resident with voting power above 0: votes on democratic policies and in elections. */
export const isElector = (s: Standing) =>
  s.membershipType !== null && VOTING_MEMBERSHIPS.includes(s.membershipType) && s.votingPower > 0;

/** Holds `role` in the region. */
export const holds = (s: Standing, role: OfficeRole) => s.offices.includes(role);

/** The owner, the governor or an ambassador: who speaks for a region in treaties. */
export const isDiplomat = (s: Standing) => s.isOwner || holds(s, 'GOVERNOR') || holds(s, 'AMBASSADOR');
