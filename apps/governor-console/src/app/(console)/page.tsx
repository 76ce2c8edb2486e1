'use client';
import Link from 'next/link';
import { useViewer } from '../../components/viewer';

const roleWords: Record<string, string> = {
  OWNER: 'owner',
  GOVERNOR: 'governor',
};

/** Home: the regions the viewer runs (the region picker), or why there are none. */
export default function HomePage() {
  const viewer = useViewer();
  const runIds = new Set(viewer.runs.map((r) => r.id));
  const memberOnly = viewer.memberOf.filter((m) => !runIds.has(m.region.id));
  return (
    <>
      <h1>Your regions</h1>
      {viewer.runs.length > 0 ? (
        <section className="panel" aria-labelledby="runs-heading">
          <h2 id="runs-heading">Regions you run</h2>
          <ul>
            {viewer.runs.map((region) => (
              <li key={region.id}>
                <Link href={`/regions/${region.id}`}>{region.displayName}</Link>{' '}
                <span className="muted">
                  ({region.name}
                  {viewer.isAdmin && !region.viewerRoles.length
                    ? ', as admin'
                    : region.viewerRoles
                        .map((role) => roleWords[role])
                        .filter(Boolean)
                        .map((word) => `, ${word}`)
                        .join('')}
                  )
                </span>
              </li>
            ))}
          </ul>
          {viewer.truncated && <p className="muted">Only the first 100 regions are listed.</p>}
        </section>
      ) : (
        <div className="notice warn" role="note">
          <p>
            <strong>You do not run a region.</strong> The governor console changes a region&apos;s settings, which only
            the region&apos;s owner, its elected governor and platform admins may do.
          </p>
          {memberOnly.length === 0 && <p>Join a region as a citizen to follow it here.</p>}
        </div>
      )}
      {memberOnly.length > 0 && (
        <section className="panel" aria-labelledby="member-heading">
          <h2 id="member-heading">Regions you belong to</h2>
          <p className="muted">As a member you can see a region&apos;s overview, but not change its settings.</p>
          <ul>
            {memberOnly.map((m) => (
              <li key={m.region.id}>
                <Link href={`/regions/${m.region.id}`}>{m.region.displayName}</Link>{' '}
                <span className="muted">({m.type.toLowerCase().replace('_', ' ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
