'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ProgressBar } from '../../../components/charts';
import { Field, FormStatus, noErrors } from '../../../components/form';
import { Loading, Problem } from '../../../components/status';
import { graphql } from '../../../gql';
import type { NexusDistrictType } from '../../../gql/graphql';
import { BOUNDS } from '../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../lib/errors';
import { NexusMap } from './nexus-map';

const NexusManagerQuery = graphql(`
  query NexusManager {
    nexus {
      status
      seed
      generatedAt
      totalSectors
      totalWarps
      totalPorts
      totalPlanets
      districtCount
    }
    nexusDistricts {
      type
      name
      sectorRange {
        first
        last
      }
      sectorCount
      portCount
      planetCount
      securityLevel
      developmentLevel
      traffic
      taxFree
      restrictedAccess
    }
  }
`);

// Fragment spread by the operations below (the generator includes it in their documents).
graphql(`
  fragment NexusJob on NexusGenerationJob {
    id
    kind
    status
    percent
    message
    seed
    district
    createdAt
    finishedAt
  }
`);

const NexusProgressQuery = graphql(`
  query NexusProgress {
    nexusGenerationProgress {
      ...NexusJob
    }
  }
`);

const GenerateNexusMutation = graphql(`
  mutation GenerateNexus($input: GenerateNexusInput!) {
    generateNexus(input: $input) {
      job {
        ...NexusJob
      }
    }
  }
`);

const RegenerateDistrictMutation = graphql(`
  mutation RegenerateDistrict($input: RegenerateDistrictInput!) {
    regenerateDistrict(input: $input) {
      job {
        ...NexusJob
      }
    }
  }
`);

/** How often the progress is asked for while a job runs. */
const POLL_MS = 500;

const words = (value: string) => value.toLowerCase().replaceAll('_', ' ');

/** Generation: the progress of the running (or last) job, and the forms that start one (whole Nexus, one district). */
function Generation({
  status,
  districts,
  onFinished,
}: {
  status: string;
  districts: { type: NexusDistrictType; name: string }[];
  onFinished: () => void;
}) {
  const progress = useQuery(NexusProgressQuery, { fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
  const [generate, { loading }] = useMutation(GenerateNexusMutation);
  const [rebuild, rebuilding] = useMutation(RegenerateDistrictMutation);
  const [district, setDistrict] = useState<NexusDistrictType | ''>('');
  const [preserve, setPreserve] = useState(true);
  const [districtErrors, setDistrictErrors] = useState<FormErrors>(noErrors());
  const [seed, setSeed] = useState('');
  const [force, setForce] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const job = progress.data?.nexusGenerationProgress;
  const running = job?.status === 'GENERATING';
  const { startPolling, stopPolling } = progress;

  // Poll while a job runs; when it ends, reload the Nexus figures once.
  useEffect(() => {
    if (!running) return;
    startPolling(POLL_MS);
    return () => {
      stopPolling();
      onFinished();
    };
  }, [running, startPolling, stopPolling, onFinished]);

  const ready = status === 'READY';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(noErrors());
    try {
      await generate({ variables: { input: { seed: seed.trim() || undefined, force: ready && force } } });
      setForce(false);
      await progress.refetch();
    } catch (error) {
      setErrors(readErrors(error, (field) => field === 'seed' || field === 'force'));
    }
  };

  const submitDistrict = async (event: FormEvent) => {
    event.preventDefault();
    setDistrictErrors(noErrors());
    if (!district) return;
    try {
      await rebuild({ variables: { input: { district, preservePlayerData: preserve } } });
      await progress.refetch();
    } catch (error) {
      setDistrictErrors(readErrors(error, (field) => field === 'district' || field === 'preservePlayerData'));
    }
  };

  return (
    <section className="panel" aria-labelledby="generation-heading">
      <h2 id="generation-heading">Generation</h2>
      {progress.error && !job && <Problem message={errorMessage(progress.error)} />}
      {job ? (
        <div aria-live="polite">
          <p>
            {job.kind === 'GENERATE' ? 'Generation' : `Rebuild of ${words(job.district ?? 'a district')}`} ·{' '}
            <strong data-testid="nexus-job-status">{words(job.status)}</strong> · seed <code>{job.seed}</code>
          </p>
          <ProgressBar percent={job.percent} label="Nexus generation progress" />
          <p className="hint">{job.message}</p>
        </div>
      ) : (
        !progress.loading && <p className="muted">No generation has run yet.</p>
      )}
      <form onSubmit={submit} noValidate>
        <Field
          field="seed"
          label="Seed (optional)"
          hint="The same seed gives the same galaxy; empty for a random one."
          check={seed.length > BOUNDS.seedMax ? `At most ${BOUNDS.seedMax} characters.` : undefined}
          server={errors.fields.seed}
        >
          {(control) => <input {...control} value={seed} onChange={(e) => setSeed(e.target.value)} />}
        </Field>
        {ready && (
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={force}
                onChange={(e) => setForce(e.target.checked)}
                style={{ width: 'auto', marginRight: '0.5rem' }}
              />
              Replace the current Nexus: every sector, warp and player datum in it
            </label>
          </div>
        )}
        <FormStatus saved={false} errors={errors} />
        <button className="primary" type="submit" disabled={loading || running || (ready && !force)}>
          {running ? 'Generating…' : ready ? 'Regenerate the Nexus' : 'Generate the Nexus'}
        </button>
      </form>
      {ready && (
        <form onSubmit={submitDistrict} noValidate aria-labelledby="district-heading" style={{ marginTop: '1.5rem' }}>
          <h3 id="district-heading">Rebuild one district</h3>
          <Field
            field="district"
            label="District"
            hint="Its sectors and warps are generated again; the other districts stay as they are."
            server={districtErrors.fields.district}
          >
            {(control) => (
              <select
                {...control}
                value={district}
                onChange={(e) => setDistrict(e.target.value as NexusDistrictType | '')}
              >
                <option value="">Choose a district…</option>
                {districts.map((d) => (
                  <option key={d.type} value={d.type}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={preserve}
                onChange={(e) => setPreserve(e.target.checked)}
                style={{ width: 'auto', marginRight: '0.5rem' }}
              />
              Keep every sector holding player data (same number, id and data)
            </label>
          </div>
          <FormStatus saved={false} errors={districtErrors} />
          <button type="submit" disabled={!district || rebuilding.loading || running}>
            {running ? 'Working…' : 'Rebuild the district'}
          </button>
        </form>
      )}
    </section>
  );
}

/** Admin: the Central Nexus — status, districts (table and picture), generation with progress. */
export default function NexusManagerPage() {
  const { data, loading, error, refetch } = useQuery(NexusManagerQuery);
  // Stable, so the progress poller's effect does not restart on every render.
  const reload = useCallback(() => void refetch(), [refetch]);
  if (!data) {
    if (loading) return <Loading what="the Central Nexus" />;
    return <Problem message={errorMessage(error)} retry={() => void refetch()} />;
  }
  const { nexus, nexusDistricts } = data;
  return (
    <>
      <div className="grid">
        <section className="panel" aria-labelledby="status-heading">
          <h2 id="status-heading">Status</h2>
          <p>
            <span className="figure" data-testid="nexus-status">
              {words(nexus.status)}
            </span>
          </p>
          <dl>
            <dt className="muted">Seed</dt>
            <dd>{nexus.seed ?? '—'}</dd>
            <dt className="muted">Generated</dt>
            <dd>{nexus.generatedAt ? new Date(nexus.generatedAt).toLocaleString() : 'never'}</dd>
            <dt className="muted">Sectors · warps · ports · planets</dt>
            <dd>
              {nexus.totalSectors.toLocaleString('en')} · {nexus.totalWarps.toLocaleString('en')} ·{' '}
              {nexus.totalPorts.toLocaleString('en')} · {nexus.totalPlanets.toLocaleString('en')}
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="map-heading">
          <h2 id="map-heading">Districts</h2>
          <NexusMap districts={nexusDistricts} status={nexus.status} />
        </section>
        <Generation status={nexus.status} districts={nexusDistricts} onFinished={reload} />
      </div>
      <section className="panel" aria-labelledby="table-heading">
        <h2 id="table-heading">District table</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">District</th>
                <th scope="col" className="num">
                  Sectors
                </th>
                <th scope="col" className="num">
                  Stored
                </th>
                <th scope="col" className="num">
                  Security / dev.
                </th>
                <th scope="col">Traffic</th>
                <th scope="col" className="num hide-narrow">
                  Ports
                </th>
                <th scope="col" className="num hide-narrow">
                  Planets
                </th>
                <th scope="col" className="hide-narrow">
                  Notes
                </th>
              </tr>
            </thead>
            <tbody>
              {nexusDistricts.map((d) => (
                <tr key={d.type}>
                  <th scope="row">{d.name}</th>
                  <td className="num">
                    {d.sectorRange.first}–{d.sectorRange.last}
                  </td>
                  <td className="num">{d.sectorCount}</td>
                  <td className="num">
                    {d.securityLevel} / {d.developmentLevel}
                  </td>
                  <td>{words(d.traffic)}</td>
                  <td className="num hide-narrow">{d.portCount}</td>
                  <td className="num hide-narrow">{d.planetCount}</td>
                  <td className="hide-narrow">
                    {[d.taxFree && 'tax-free', d.restrictedAccess && 'restricted'].filter(Boolean).join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
