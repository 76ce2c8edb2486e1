'use client';
/**
 * Frame of a region's pages: the region picker, the tabs the viewer may use, and the
 * gate in front of settings tabs.
 */
import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useParams, usePathname, useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { Loading, Problem } from './status';
import { useViewer } from './viewer';

export const RegionHeaderQuery = graphql(`
  query RegionHeader($id: ID!) {
    region(id: $id) {
      id
      name
      displayName
      status
      viewerRoles
    }
  }
`);

/**
 * Tabs of a region; `settings` tabs are offered only to those who may change settings.
 * Policies, Elections and Diplomacy are open to every reader of the region (members vote
 * there); the governance service decides each action.
 */
const TABS = [
  { path: '', label: 'Overview', settings: false },
  { path: '/governance', label: 'Governance', settings: true },
  { path: '/economy', label: 'Economy', settings: true },
  { path: '/policies', label: 'Policies', settings: false },
  { path: '/elections', label: 'Elections', settings: false },
  { path: '/diplomacy', label: 'Diplomacy', settings: false },
  { path: '/culture', label: 'Culture', settings: true },
] as const;

/** Tabs shown but not usable yet (none at the moment). */
const COMING: string[] = [];

/** The region id of the current route. */
export function useRegionId(): string {
  const params = useParams<{ regionId: string }>();
  return params.regionId;
}

/** Region picker: every region the viewer runs or belongs to; switching keeps the tab. */
function RegionPicker({ regionId, tab }: { regionId: string; tab: string }) {
  const viewer = useViewer();
  const router = useRouter();
  const options = new Map<string, string>();
  for (const r of viewer.runs) options.set(r.id, r.displayName);
  for (const m of viewer.memberOf) if (!options.has(m.region.id)) options.set(m.region.id, m.region.displayName);
  if (options.size < 2) return null;
  return (
    <div>
      <label htmlFor="region-picker">Region</label>
      <select
        id="region-picker"
        value={regionId}
        onChange={(event) => {
          const next = event.target.value;
          // A settings tab is kept only when the viewer may use it in the other region.
          router.push(`/regions/${next}${viewer.mayRun(next) ? tab : ''}`);
        }}
      >
        {!options.has(regionId) && <option value={regionId}>(this region)</option>}
        {[...options].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
            {viewer.mayRun(id) ? '' : ' (member)'}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Header, picker and tabs of a region, around the tab's page. */
export function RegionFrame({ children }: { children: ReactNode }) {
  const regionId = useRegionId();
  const pathname = usePathname();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(RegionHeaderQuery, { variables: { id: regionId } });
  const base = `/regions/${regionId}`;
  const tab = pathname.slice(base.length);
  const mayRun = viewer.mayRun(regionId);
  if (!data) {
    if (loading) return <Loading what="the region" />;
    return <Problem message={errorMessage(error)} retry={() => void refetch()} />;
  }
  if (!data.region) {
    return <Problem message="There is no such region. Pick one from your regions." />;
  }
  const region = data.region;
  return (
    <>
      <div className="region-bar">
        <div>
          <h1>{region.displayName}</h1>
          <p className="muted">
            {region.name} · {region.status.toLowerCase()}
            {region.viewerRoles.length > 0 && ` · you: ${region.viewerRoles.join(', ').toLowerCase()}`}
            {viewer.isAdmin && ' · platform admin'}
          </p>
        </div>
        <RegionPicker regionId={regionId} tab={tab} />
      </div>
      <nav className="tabs" aria-label="Region sections">
        {TABS.filter((t) => mayRun || !t.settings).map((t) => (
          <Link key={t.label} href={`${base}${t.path}`} aria-current={tab === t.path ? 'page' : undefined}>
            {t.label}
          </Link>
        ))}
        {mayRun &&
          COMING.map((label) => (
            <span key={label} aria-disabled="true" title="Not yet available: needs the governance service">
              {label}
              <span className="soon">soon</span>
            </span>
          ))}
      </nav>
      {!mayRun && (
        <div className="notice warn" role="note">
          <p>
            <strong>You can view this region, not run it.</strong> Governance, economy and culture settings are changed
            only by the region&apos;s owner, its elected governor and platform admins
            {region.viewerRoles.length > 0 ? ` — you are ${region.viewerRoles.join(', ').toLowerCase()} here` : ''}.
            Members vote on policies and in elections in the Policies and Elections tabs.
          </p>
        </div>
      )}
      {children}
    </>
  );
}

/** In front of a settings tab: refuses (and says why) unless the viewer may change the region's settings. */
export function SettingsGate({ children }: { children: ReactNode }) {
  const regionId = useRegionId();
  const viewer = useViewer();
  if (!viewer.mayRun(regionId)) {
    return (
      <div className="notice error" role="alert">
        <h2>Settings are not available to you</h2>
        <p>
          Only the region&apos;s owner, its elected governor and platform admins may see and change this region&apos;s
          settings here. <Link href={`/regions/${regionId}`}>Back to the overview</Link>.
        </p>
      </div>
    );
  }
  return <>{children}</>;
}
