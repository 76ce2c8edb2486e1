'use client';
import { useMutation, useQuery } from '@apollo/client/react';
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
import { graphql } from '../../../../../gql';
import type { TreatyFieldsFragment, TreatyStatus, TreatyType } from '../../../../../gql/graphql';
import { GOVERNANCE_BOUNDS, wholeMessage } from '../../../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../../../lib/errors';

graphql(`
  fragment TreatyFields on Treaty {
    id
    type
    terms
    durationDays
    status
    createdAt
    signedAt
    endsAt
    endedAt
    fromRegion {
      id
      displayName
    }
    toRegion {
      id
      displayName
    }
    proposedBy {
      id
      displayName
      handle
    }
  }
`);

const RegionTreatiesQuery = graphql(`
  query RegionTreaties($id: ID!, $status: TreatyStatus) {
    region(id: $id) {
      id
      treaties(status: $status, first: 50) {
        totalCount
        edges {
          node {
            ...TreatyFields
          }
        }
      }
    }
  }
`);

const RegionDirectoryQuery = graphql(`
  query RegionDirectory {
    regions(first: 100) {
      edges {
        node {
          id
          displayName
          status
        }
      }
    }
  }
`);

const ProposeTreatyMutation = graphql(`
  mutation ProposeTreaty($input: ProposeTreatyInput!) {
    proposeTreaty(input: $input) {
      treaty {
        ...TreatyFields
      }
    }
  }
`);

const RespondToTreatyMutation = graphql(`
  mutation RespondToTreaty($input: RespondToTreatyInput!) {
    respondToTreaty(input: $input) {
      treaty {
        ...TreatyFields
      }
    }
  }
`);

const TerminateTreatyMutation = graphql(`
  mutation TerminateTreaty($input: TerminateTreatyInput!) {
    terminateTreaty(input: $input) {
      treaty {
        ...TreatyFields
      }
    }
  }
`);

const STATUSES: TreatyStatus[] = ['PENDING', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'TERMINATED', 'EXPIRED'];
const TYPES: TreatyType[] = ['TRADE_AGREEMENT', 'NON_AGGRESSION', 'DEFENSE_PACT', 'ALLIANCE', 'CULTURAL_EXCHANGE'];

/** One treaty, with the answers this side may give. */
function TreatyItem({
  treaty,
  regionId,
  access,
  onChanged,
}: {
  treaty: TreatyFieldsFragment;
  regionId: string;
  access: RegionAccess;
  onChanged: () => void;
}) {
  const [respond, responding] = useMutation(RespondToTreatyMutation);
  const [terminate, terminating] = useMutation(TerminateTreatyMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const incoming = treaty.toRegion.id === regionId;
  const other = incoming ? treaty.fromRegion : treaty.toRegion;
  const diplomat = access.diplomat || access.isAdmin;
  const busy = responding.loading || terminating.loading;
  const headingId = `treaty-${treaty.id}`;
  const act = async (run: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    try {
      await run();
      setMessage({ ok: true, text: done });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    }
  };
  return (
    <li aria-labelledby={headingId} data-testid={`treaty-${treaty.id}`}>
      <h3 id={headingId}>
        {humanize(treaty.type)} {incoming ? 'from' : 'with'} {other.displayName}
        <span className="badge">{humanize(treaty.status)}</span>
        <span className="badge">{incoming ? 'incoming' : 'outgoing'}</span>
      </h3>
      <p>{treaty.terms}</p>
      <p className="hint">
        Proposed by {treaty.proposedBy.displayName} ({treaty.fromRegion.displayName}) on {formatTime(treaty.createdAt)}{' '}
        · {treaty.durationDays} days once signed
        {treaty.signedAt && ` · signed ${formatTime(treaty.signedAt)}`}
        {treaty.endsAt && ` · in force until ${formatTime(treaty.endsAt)}`}
        {treaty.endedAt && ` · ended ${formatTime(treaty.endedAt)}`}
      </p>
      {diplomat && (
        <div className="actions">
          {treaty.status === 'PENDING' && incoming && (
            <>
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-describedby={headingId}
                onClick={() =>
                  void act(
                    () => respond({ variables: { input: { treatyId: treaty.id, accept: true } } }),
                    'Accepted: the treaty is in force.',
                  )
                }
              >
                Accept
              </button>
              <button
                type="button"
                disabled={busy}
                aria-describedby={headingId}
                onClick={() =>
                  void act(() => respond({ variables: { input: { treatyId: treaty.id, accept: false } } }), 'Rejected.')
                }
              >
                Reject
              </button>
            </>
          )}
          {(treaty.status === 'ACTIVE' || (treaty.status === 'PENDING' && !incoming)) && (
            <button
              type="button"
              className="danger"
              disabled={busy}
              aria-describedby={headingId}
              onClick={() =>
                void act(
                  () => terminate({ variables: { input: { treatyId: treaty.id } } }),
                  treaty.status === 'ACTIVE' ? 'Terminated.' : 'Withdrawn.',
                )
              }
            >
              {treaty.status === 'ACTIVE' ? 'Terminate' : 'Withdraw'}
            </button>
          )}
        </div>
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

/** Proposes a treaty to another region picked from the directory. */
function ProposeForm({ regionId, onProposed }: { regionId: string; onProposed: () => void }) {
  const directory = useQuery(RegionDirectoryQuery, { fetchPolicy: 'cache-first' });
  const others = (directory.data?.regions.edges ?? []).map((e) => e.node).filter((r) => r.id !== regionId);
  const [toRegionId, setToRegionId] = useState('');
  const [type, setType] = useState<TreatyType>('TRADE_AGREEMENT');
  const [terms, setTerms] = useState('');
  const [durationDays, setDurationDays] = useState('90');
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [saved, setSaved] = useState(false);
  const [propose, { loading }] = useMutation(ProposeTreatyMutation);
  const B = GOVERNANCE_BOUNDS;
  const checks: Record<string, string | undefined> = {
    toRegionId: toRegionId ? undefined : 'Pick a region.',
    terms:
      terms.trim().length < B.treatyTerms.min || terms.length > B.treatyTerms.max
        ? `${B.treatyTerms.min}–${B.treatyTerms.max.toLocaleString('en')} characters.`
        : undefined,
    durationDays: wholeMessage(durationDays, B.treatyDays.min, B.treatyDays.max, ' days'),
  };
  const edited = () => {
    setSaved(false);
    setErrors(noErrors());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setErrors(noErrors());
    try {
      await propose({
        variables: { input: { fromRegionId: regionId, toRegionId, type, terms, durationDays: Number(durationDays) } },
      });
      setSaved(true);
      setTerms('');
      onProposed();
    } catch (error) {
      setErrors(readErrors(error, (field) => field in checks || field === 'type'));
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="propose-treaty-heading">
      <h2 id="propose-treaty-heading">Propose a treaty</h2>
      <p className="hint">
        The owner, governor or ambassador proposes; the other region&apos;s diplomats answer. One pending or active
        treaty of each kind per pair of regions.
      </p>
      <Field
        field="toRegionId"
        label="To region"
        check={saved || !toRegionId ? undefined : checks.toRegionId}
        server={errors.fields.toRegionId}
      >
        {(control) => (
          <select
            {...control}
            value={toRegionId}
            onChange={(e) => {
              setToRegionId(e.target.value);
              edited();
            }}
          >
            <option value="">{directory.loading ? 'Loading regions…' : 'Pick a region'}</option>
            {others.map((r) => (
              <option key={r.id} value={r.id}>
                {r.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field field="type" label="Kind" server={errors.fields.type}>
        {(control) => (
          <select
            {...control}
            value={type}
            onChange={(e) => {
              setType(e.target.value as TreatyType);
              edited();
            }}
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        field="terms"
        label="Terms"
        hint="1–4,000 characters."
        check={terms ? checks.terms : undefined}
        server={errors.fields.terms}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={terms}
            onChange={(e) => {
              setTerms(e.target.value);
              edited();
            }}
          />
        )}
      </Field>
      <Field
        field="durationDays"
        label="Duration (days)"
        hint="1–365 days once signed."
        check={checks.durationDays}
        server={errors.fields.durationDays}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={durationDays}
            onChange={(e) => {
              setDurationDays(e.target.value);
              edited();
            }}
          />
        )}
      </Field>
      <FormStatus saved={saved} errors={errors} />
      <div className="actions">
        <button className="primary" type="submit" disabled={loading}>
          {loading ? 'Proposing…' : 'Propose the treaty'}
        </button>
      </div>
    </form>
  );
}

/** Diplomacy tab: the region's treaties (by status), answers, proposals. */
export default function DiplomacyPage() {
  const regionId = useRegionId();
  const access = useRegionAccess(regionId);
  const [status, setStatus] = useState<TreatyStatus | ''>('');
  const { data, loading, error, refetch } = useQuery(RegionTreatiesQuery, {
    variables: { id: regionId, status: status || null },
  });
  const connection = data?.region?.treaties;
  return (
    <div className="grid">
      <section className="panel" aria-labelledby="treaties-heading">
        <h2 id="treaties-heading">Treaties</h2>
        <StatusFilter
          id="treaty-status"
          statuses={STATUSES}
          value={status}
          onChange={setStatus}
          count={connection?.totalCount}
          noun={['treaty', 'treaties']}
        />
        {!connection ? (
          loading ? (
            <Loading what="treaties" />
          ) : (
            <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />
          )
        ) : connection.edges.length === 0 ? (
          <p className="muted">No {status ? humanize(status) : ''} treaties.</p>
        ) : (
          <ul className="item-list">
            {connection.edges.map(({ node }) => (
              <TreatyItem
                key={node.id}
                treaty={node}
                regionId={regionId}
                access={access}
                onChanged={() => void refetch()}
              />
            ))}
          </ul>
        )}
      </section>
      {(access.diplomat || access.isAdmin) && <ProposeForm regionId={regionId} onProposed={() => void refetch()} />}
    </div>
  );
}
