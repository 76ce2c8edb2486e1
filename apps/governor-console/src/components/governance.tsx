'use client';
/**
 * Pieces shared by the Policies, Elections and Diplomacy tabs: what the viewer's roles in
 * the region suggest they may do (only to decide which buttons to offer — the governance
 * service decides every action), dates, and the live tally bar.
 */
import { useQuery } from '@apollo/client/react';
import { RegionHeaderQuery } from './region-frame';
import { useViewer } from './viewer';

/** What the console offers the viewer in a region's governance tabs. */
export interface RegionAccess {
  roles: string[];
  isAdmin: boolean;
  /** Owner of the region. */
  owner: boolean;
  /** Citizen or resident (votes and stands in a democracy's policies and elections). */
  elector: boolean;
  /** Council member (votes in a council's policies). */
  council: boolean;
  /** Owner or governor (starts elections). */
  runner: boolean;
  /** Owner, governor or ambassador (proposes, answers and ends treaties). */
  diplomat: boolean;
}

/** The viewer's roles in a region (from the region header the frame already loaded). */
export function useRegionAccess(regionId: string): RegionAccess {
  const viewer = useViewer();
  const { data } = useQuery(RegionHeaderQuery, { variables: { id: regionId }, fetchPolicy: 'cache-first' });
  const roles = data?.region?.viewerRoles ?? [];
  const membership = viewer.memberOf.find((m) => m.region.id === regionId)?.type;
  const has = (role: string) => roles.includes(role as never);
  return {
    roles,
    isAdmin: viewer.isAdmin,
    owner: has('OWNER'),
    elector: membership === 'CITIZEN' || membership === 'RESIDENT' || has('CITIZEN'),
    council: has('COUNCIL_MEMBER'),
    runner: has('OWNER') || has('GOVERNOR'),
    diplomat: has('OWNER') || has('GOVERNOR') || has('AMBASSADOR'),
  };
}

/** An ISO date-time as `2026-11-22 04:30 UTC` (the same on the server and in every browser). */
export const formatTime = (iso: string | null | undefined) =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—';

/** `TAX_RATE` → `tax rate`. */
export const humanize = (value: string) => value.toLowerCase().replaceAll('_', ' ');

/** Number of weighted votes without float noise (2.5, 3). */
const votes = (value: number) => String(Math.round(value * 100) / 100);

/**
 * A policy's tally: for and against as one bar with the threshold marked, and the figures
 * as text (for screen readers, announced politely when they change).
 */
export function TallyBar({
  policyId,
  votesFor,
  votesAgainst,
  voterCount,
  approvalPercentage,
  votingThreshold,
}: {
  policyId: string;
  votesFor: number;
  votesAgainst: number;
  voterCount: number;
  approvalPercentage: number;
  votingThreshold: number;
}) {
  const total = votesFor + votesAgainst;
  const forWidth = total > 0 ? (votesFor / total) * 100 : 0;
  const againstWidth = total > 0 ? 100 - forWidth : 0;
  const approval = Math.round(approvalPercentage * 10) / 10;
  return (
    <div className="tally" data-testid={`tally-${policyId}`}>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot draw the for/against split and the threshold mark */}
      <div
        className="tally-track"
        role="meter"
        aria-label="Approval"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={approval}
        aria-valuetext={`${approval} % approval, ${Math.round(votingThreshold * 100)} % needed`}
      >
        <span className="tally-for" style={{ width: `${forWidth}%` }} />
        <span className="tally-against" style={{ width: `${againstWidth}%` }} />
        <span className="tally-threshold" style={{ left: `${votingThreshold * 100}%` }} aria-hidden="true" />
      </div>
      <p className="muted" aria-live="polite" data-testid={`tally-text-${policyId}`}>
        For <strong>{votes(votesFor)}</strong> · against <strong>{votes(votesAgainst)}</strong> ·{' '}
        <strong>{voterCount}</strong> {voterCount === 1 ? 'voter' : 'voters'} · <strong>{approval} %</strong> approval (
        {Math.round(votingThreshold * 100)} % needed)
      </p>
    </div>
  );
}

/**
 * The header of a governance list: a status filter ("all" or one status) and how many items
 * match. Shared by the Policies, Elections and Diplomacy tabs.
 * @param noun singular and plural, e.g. `['policy', 'policies']`
 */
export function StatusFilter<S extends string>({
  id,
  statuses,
  value,
  onChange,
  count,
  noun,
}: {
  id: string;
  statuses: readonly S[];
  value: S | '';
  onChange: (status: S | '') => void;
  count: number | undefined;
  noun: readonly [string, string];
}) {
  return (
    <div className="filters">
      <div>
        <label htmlFor={id}>Status</label>
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as S | '')}>
          <option value="">all</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </select>
      </div>
      {count !== undefined && (
        <p className="muted" role="status">
          {count} {count === 1 ? noun[0] : noun[1]}
        </p>
      )}
    </div>
  );
}
