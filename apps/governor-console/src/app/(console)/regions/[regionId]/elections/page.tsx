'use client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Field, FormStatus, noErrors } from '../../../../../components/form';
import {
  formatTime,
  humanize,
  type RegionAccess,
  StatusFilter,
  useRegionAccess,
} from '../../../../../components/governance';
import { useRegionId } from '../../../../../components/region-frame';
import { Loading, Problem } from '../../../../../components/status';
import { useViewer } from '../../../../../components/viewer';
import { graphql } from '../../../../../gql';
import type { ElectionFieldsFragment, ElectionPosition, ElectionStatus } from '../../../../../gql/graphql';
import { GOVERNANCE_BOUNDS, wholeMessage } from '../../../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../../../lib/errors';

graphql(`
  fragment ElectionFields on Election {
    id
    position
    status
    startsAt
    endsAt
    candidateCount
    totalVotes
    voterCount
    termStartsAt
    termEndsAt
    completedAt
    winner {
      id
      displayName
      handle
    }
    candidates {
      platform
      votes
      stoodAt
      player {
        id
        displayName
        handle
      }
    }
  }
`);

const RegionElectionsQuery = graphql(`
  query RegionElections($id: ID!, $status: ElectionStatus) {
    region(id: $id) {
      id
      elections(status: $status, first: 20) {
        totalCount
        edges {
          node {
            ...ElectionFields
          }
        }
      }
    }
  }
`);

const ElectionUpdatedSubscription = graphql(`
  subscription ElectionUpdated($electionId: ID!) {
    electionUpdated(electionId: $electionId) {
      ...ElectionFields
    }
  }
`);

const StartElectionMutation = graphql(`
  mutation StartElection($input: StartElectionInput!) {
    startElection(input: $input) {
      election {
        ...ElectionFields
      }
    }
  }
`);

const StandForElectionMutation = graphql(`
  mutation StandForElection($input: StandForElectionInput!) {
    standForElection(input: $input) {
      election {
        ...ElectionFields
      }
    }
  }
`);

const VoteInElectionMutation = graphql(`
  mutation VoteInElection($input: VoteInElectionInput!) {
    voteInElection(input: $input) {
      weight
      election {
        ...ElectionFields
      }
    }
  }
`);

const POSITIONS: ElectionPosition[] = ['GOVERNOR', 'COUNCIL_MEMBER', 'AMBASSADOR', 'TRADE_COMMISSIONER'];
const votes = (value: number) => String(Math.round(value * 100) / 100);

/** Follows an active election: each update replaces it in the cache. */
function LiveElection({ electionId }: { electionId: string }) {
  useSubscription(ElectionUpdatedSubscription, { variables: { electionId } });
  return null;
}

/** One election: candidates with platforms and votes, stand and vote while ACTIVE, the winner and term after. */
function ElectionItem({ election, access }: { election: ElectionFieldsFragment; access: RegionAccess }) {
  const viewer = useViewer();
  const [platform, setPlatform] = useState('');
  const [stand, standing] = useMutation(StandForElectionMutation);
  const [vote, voting] = useMutation(VoteInElectionMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [platformError, setPlatformError] = useState<string>();
  const active = election.status === 'ACTIVE';
  const standingAlready = election.candidates.some((c) => c.player.id === viewer.me.id);
  const headingId = `election-${election.id}`;
  const maxVotes = Math.max(1, ...election.candidates.map((c) => c.votes));

  const act = async (run: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    setPlatformError(undefined);
    try {
      await run();
      setMessage({ ok: true, text: done });
    } catch (error) {
      const read = readErrors(error, (field) => field === 'platform');
      setPlatformError(read.fields.platform);
      setMessage(read.form ? { ok: false, text: read.form } : undefined);
    }
  };

  return (
    <li aria-labelledby={headingId} data-testid={`election-${election.id}`}>
      {active && <LiveElection electionId={election.id} />}
      <h3 id={headingId}>
        {humanize(election.position)}
        <span className="badge">{humanize(election.status)}</span>
      </h3>
      <p className="hint">
        Opened {formatTime(election.startsAt)} · {active ? 'closes' : 'closed'}{' '}
        {formatTime(active ? election.endsAt : election.completedAt)} · {election.candidateCount}{' '}
        {election.candidateCount === 1 ? 'candidate' : 'candidates'} · {election.voterCount}{' '}
        {election.voterCount === 1 ? 'voter' : 'voters'} ({votes(election.totalVotes)} weighted votes)
      </p>
      {!active && (
        <p>
          {election.winner ? (
            <>
              Winner: <strong>{election.winner.displayName}</strong> ({election.winner.handle}) · term{' '}
              {formatTime(election.termStartsAt)} – {formatTime(election.termEndsAt)}
            </>
          ) : (
            'No winner (nobody stood or nobody voted).'
          )}
        </p>
      )}
      {election.candidates.length === 0 ? (
        <p className="muted">No candidates yet.</p>
      ) : (
        <ul className="candidates" aria-label={`Candidates for ${humanize(election.position)}`}>
          {election.candidates.map((c, i) => (
            <li key={c.player.id}>
              <div className="row">
                <strong>
                  {c.player.displayName} ({c.player.handle}){i === 0 && election.totalVotes > 0 ? ' — leading' : ''}
                </strong>
                <span className="num">{votes(c.votes)} votes</span>
                {active && access.elector && (
                  <button
                    type="button"
                    disabled={voting.loading}
                    onClick={() =>
                      void act(
                        () => vote({ variables: { input: { electionId: election.id, candidateId: c.player.id } } }),
                        `Vote for ${c.player.displayName} counted.`,
                      )
                    }
                  >
                    Vote for {c.player.displayName}
                  </button>
                )}
              </div>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${(c.votes / maxVotes) * 100}%`, display: 'block' }} />
              </span>
              {c.platform && <p className="muted">{c.platform}</p>}
            </li>
          ))}
        </ul>
      )}
      {active && access.elector && !standingAlready && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () => stand({ variables: { input: { electionId: election.id, platform } } }),
              'You are standing in this election.',
            );
          }}
          noValidate
        >
          <Field
            field={`platform-${election.id}`}
            label="Your platform"
            hint={`What you stand for; up to ${GOVERNANCE_BOUNDS.platformMax.toLocaleString('en')} characters.`}
            check={platform.length > GOVERNANCE_BOUNDS.platformMax ? 'Too long.' : undefined}
            server={platformError}
          >
            {(control) => (
              <textarea {...control} rows={2} value={platform} onChange={(e) => setPlatform(e.target.value)} />
            )}
          </Field>
          <div className="actions">
            <button type="submit" disabled={standing.loading}>
              Stand for election
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {message && (
          <p className={`notice ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </div>
    </li>
  );
}

/** Opens an election (owner or governor; the server decides). */
function StartForm({ regionId, onStarted }: { regionId: string; onStarted: () => void }) {
  const [position, setPosition] = useState<ElectionPosition>('GOVERNOR');
  const [votingDays, setVotingDays] = useState('7');
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [saved, setSaved] = useState(false);
  const [start, { loading }] = useMutation(StartElectionMutation);
  const check = wholeMessage(votingDays, GOVERNANCE_BOUNDS.votingDays.min, GOVERNANCE_BOUNDS.votingDays.max, ' days');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setErrors(noErrors());
    try {
      await start({ variables: { input: { regionId, position, votingDays: Number(votingDays) } } });
      setSaved(true);
      onStarted();
    } catch (error) {
      setErrors(readErrors(error, (field) => field === 'position' || field === 'votingDays'));
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="start-heading">
      <h2 id="start-heading">Start an election</h2>
      <p className="hint">The owner or the governor opens an election; one open election per position.</p>
      <Field field="position" label="Position" server={errors.fields.position}>
        {(control) => (
          <select
            {...control}
            value={position}
            onChange={(e) => {
              setPosition(e.target.value as ElectionPosition);
              setSaved(false);
            }}
          >
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {humanize(p)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field field="votingDays" label="Voting days" hint="1–30 days." check={check} server={errors.fields.votingDays}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            value={votingDays}
            onChange={(e) => {
              setVotingDays(e.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <FormStatus saved={saved} errors={errors} />
      <div className="actions">
        <button className="primary" type="submit" disabled={loading}>
          {loading ? 'Starting…' : 'Start the election'}
        </button>
      </div>
    </form>
  );
}

/** Elections tab: open and past elections (live while open), start one. */
export default function ElectionsPage() {
  const regionId = useRegionId();
  const access = useRegionAccess(regionId);
  const [status, setStatus] = useState<ElectionStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(RegionElectionsQuery, {
    variables: { id: regionId, status: status || null },
  });
  const connection = data?.region?.elections;
  return (
    <div className="grid">
      <section className="panel" aria-labelledby="elections-heading">
        <h2 id="elections-heading">Elections</h2>
        <StatusFilter
          id="election-status"
          statuses={['ACTIVE', 'COMPLETED'] as const}
          value={status}
          onChange={setStatus}
          count={connection?.totalCount}
          noun={['election', 'elections']}
        />
        {!connection ? (
          loading ? (
            <Loading what="elections" />
          ) : (
            <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />
          )
        ) : connection.edges.length === 0 ? (
          <p className="muted">No elections yet.</p>
        ) : (
          <ul className="item-list">
            {connection.edges.map(({ node }) => (
              <ElectionItem key={node.id} election={node} access={access} />
            ))}
          </ul>
        )}
      </section>
      {(access.runner || access.isAdmin) && <StartForm regionId={regionId} onStarted={() => void refetch()} />}
    </div>
  );
}
