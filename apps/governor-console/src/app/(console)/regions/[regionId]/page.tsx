'use client';
import { useQuery } from '@apollo/client/react';
import { BarList, LevelColumns } from '../../../../components/charts';
import { useRegionId } from '../../../../components/region-frame';
import { Loading, Problem } from '../../../../components/status';
import { useViewer } from '../../../../components/viewer';
import { graphql } from '../../../../gql';
import { errorMessage } from '../../../../lib/errors';

const RegionOverviewQuery = graphql(`
  query RegionOverview($id: ID!, $withStats: Boolean!, $withAudit: Boolean!) {
    region(id: $id) {
      id
      totalSectors
      nexusGateSector
      createdAt
      owner {
        id
        handle
        displayName
      }
      governance {
        type
      }
      economy {
        taxRate
        startingCredits
      }
      stats @include(if: $withStats) {
        totalMembers
        activeMembers
        activeWindowDays
        taxIncome
        taxIncomeWindowDays
        treasury
        population {
          type
          count
        }
        sectorsByDevelopmentLevel {
          level
          sectors
        }
      }
      auditLog(first: 10) @include(if: $withAudit) {
        totalCount
        edges {
          node {
            id
            action
            createdAt
            before
            after
            actor {
              id
              handle
            }
          }
        }
      }
    }
  }
`);

const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');

/** Short "field: before → after" lines of an audit entry's JSON before/after. */
function changes(before: string | null | undefined, after: string | null | undefined): string {
  try {
    const a = before ? (JSON.parse(before) as Record<string, unknown>) : {};
    const b = after ? (JSON.parse(after) as Record<string, unknown>) : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
    );
    return keys.map((k) => `${k}: ${JSON.stringify(a[k]) ?? '—'} → ${JSON.stringify(b[k]) ?? '—'}`).join('; ');
  } catch {
    return after ?? '';
  }
}

/** Overview tab: key figures, population and development charts, recent audit entries. */
export default function OverviewPage() {
  const regionId = useRegionId();
  const viewer = useViewer();
  const mayRun = viewer.mayRun(regionId);
  const member = viewer.memberOf.some((m) => m.region.id === regionId);
  const { data, loading, error, refetch } = useQuery(RegionOverviewQuery, {
    // Stats are for the owner, members and admins; the audit log for the owner and admins.
    variables: { id: regionId, withStats: mayRun || member, withAudit: mayRun },
  });
  if (!data?.region) {
    if (loading) return <Loading what="the overview" />;
    return <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />;
  }
  const region = data.region;
  const stats = region.stats;
  return (
    <>
      <div className="grid">
        <section className="panel" aria-labelledby="facts-heading">
          <h2 id="facts-heading">Facts</h2>
          <dl>
            <dt className="muted">Owner</dt>
            <dd>{region.owner ? `${region.owner.displayName} (${region.owner.handle})` : 'the platform'}</dd>
            <dt className="muted">Government</dt>
            <dd>{words(region.governance.type)}</dd>
            <dt className="muted">Tax rate</dt>
            <dd>{Math.round(region.economy.taxRate * 1000) / 10} %</dd>
            <dt className="muted">Sectors</dt>
            <dd>
              {region.totalSectors}
              {region.nexusGateSector ? ` · Nexus gate in sector ${region.nexusGateSector}` : ''}
            </dd>
            {stats && (
              <>
                <dt className="muted">Tax income (last {stats.taxIncomeWindowDays} days)</dt>
                <dd data-testid="tax-income">{stats.taxIncome.toLocaleString('en')} credits</dd>
                <dt className="muted">Treasury</dt>
                <dd data-testid="treasury">{stats.treasury.toLocaleString('en')} credits</dd>
              </>
            )}
          </dl>
        </section>
        {stats && (
          <section className="panel" aria-labelledby="members-heading">
            <h2 id="members-heading">Members</h2>
            <p>
              <span className="figure">{stats.totalMembers}</span> members, <strong>{stats.activeMembers}</strong>{' '}
              active in the last {stats.activeWindowDays} days
            </p>
            <BarList
              label="Population by membership type"
              items={stats.population.map((p) => ({ label: words(p.type), value: p.count }))}
            />
          </section>
        )}
        {stats && (
          <section className="panel" aria-labelledby="dev-heading">
            <h2 id="dev-heading">Sectors by development level</h2>
            <LevelColumns
              label="Sectors by development level"
              counts={stats.sectorsByDevelopmentLevel.map((s) => ({ level: s.level, count: s.sectors }))}
            />
          </section>
        )}
      </div>
      {!stats && (
        <p className="notice" role="note">
          Member figures are shown to the region&apos;s members, its owner and admins.
        </p>
      )}
      {region.auditLog && (
        <section className="panel" aria-labelledby="audit-heading">
          <h2 id="audit-heading">Recent changes</h2>
          {region.auditLog.edges.length === 0 ? (
            <p className="muted">No changes recorded yet.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="muted" style={{ textAlign: 'left' }}>
                  Latest {region.auditLog.edges.length} of {region.auditLog.totalCount} audit entries
                </caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col" className="hide-narrow">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {region.auditLog.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>
                        <time dateTime={node.createdAt}>{new Date(node.createdAt).toLocaleString()}</time>
                      </td>
                      <td>{node.actor?.handle ?? 'platform'}</td>
                      <td>{node.action}</td>
                      <td className="audit-json hide-narrow">{changes(node.before, node.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
