'use client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Field, FormStatus, noErrors } from '../../../../../components/form';
import {
  formatTime,
  humanize,
  type RegionAccess,
  StatusFilter,
  TallyBar,
  useRegionAccess,
} from '../../../../../components/governance';
import { useRegionId } from '../../../../../components/region-frame';
import { Loading, Problem } from '../../../../../components/status';
import { graphql } from '../../../../../gql';
import type {
  ImmigrationStance,
  PolicyChangesInput,
  PolicyFieldsFragment,
  PolicyStatus,
  PolicyType,
  PvpMode,
} from '../../../../../gql/graphql';
import { BOUNDS, fromPercent, GOVERNANCE_BOUNDS, rangeMessage, wholeMessage } from '../../../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../../../lib/errors';

graphql(`
  fragment PolicyFields on Policy {
    id
    type
    title
    description
    status
    electorate
    votingThreshold
    votesFor
    votesAgainst
    voterCount
    approvalPercentage
    votingClosesAt
    createdAt
    closedAt
    implementedAt
    proposedChanges {
      taxRate
      immigration
      pvpMode
      tariffRate
      defenseLevel
      motto
      traditions
    }
    proposedBy {
      id
      displayName
      handle
    }
  }
`);

const RegionPoliciesQuery = graphql(`
  query RegionPolicies($id: ID!, $status: PolicyStatus, $after: String) {
    region(id: $id) {
      id
      policies(status: $status, first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...PolicyFields
          }
        }
      }
    }
  }
`);

const PolicyVoteTalliedSubscription = graphql(`
  subscription PolicyVoteTallied($policyId: ID!) {
    policyVoteTallied(policyId: $policyId) {
      id
      votesFor
      votesAgainst
      voterCount
      approvalPercentage
      status
    }
  }
`);

const PolicyStatusChangedSubscription = graphql(`
  subscription PolicyStatusChanged($regionId: ID!) {
    policyStatusChanged(regionId: $regionId) {
      ...PolicyFields
    }
  }
`);

const ProposePolicyMutation = graphql(`
  mutation ProposePolicy($input: ProposePolicyInput!) {
    proposePolicy(input: $input) {
      policy {
        ...PolicyFields
      }
    }
  }
`);

const CastVoteMutation = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      weight
      policy {
        ...PolicyFields
      }
    }
  }
`);

const ClosePolicyVoteMutation = graphql(`
  mutation ClosePolicyVote($input: ClosePolicyVoteInput!) {
    closePolicyVote(input: $input) {
      policy {
        ...PolicyFields
      }
    }
  }
`);

const STATUSES: PolicyStatus[] = ['ACTIVE', 'PASSED', 'REJECTED', 'IMPLEMENTED'];
const TYPES: PolicyType[] = ['TAX_RATE', 'PVP_RULES', 'TRADE_POLICY', 'IMMIGRATION', 'DEFENSE', 'CULTURAL'];
const IMMIGRATION: ImmigrationStance[] = ['OPEN', 'TREATY_ONLY', 'CLOSED'];
const PVP: PvpMode[] = ['OPEN', 'RESTRICTED', 'DISABLED'];

/** What a policy changes, in words. */
function describeChanges(policy: PolicyFieldsFragment): string {
  const c = policy.proposedChanges;
  switch (policy.type) {
    case 'TAX_RATE':
      return `tax rate → ${c.taxRate != null ? Math.round(c.taxRate * 10_000) / 100 : '?'} %`;
    case 'TRADE_POLICY':
      return `tariff → ${c.tariffRate != null ? Math.round(c.tariffRate * 10_000) / 100 : '?'} %`;
    case 'DEFENSE':
      return `defense level → ${c.defenseLevel ?? '?'}`;
    case 'IMMIGRATION':
      return `immigration → ${humanize(c.immigration ?? '?')}`;
    case 'PVP_RULES':
      return `PvP → ${humanize(c.pvpMode ?? '?')}`;
    default: {
      const parts: string[] = [];
      if (c.motto != null) parts.push(`motto → “${c.motto}”`);
      if (c.traditions) parts.push(`traditions → ${c.traditions.length ? c.traditions.join(', ') : 'none'}`);
      return parts.join('; ') || 'culture';
    }
  }
}

/** Subscribes to one active policy's tally; each update lands in the cache and re-renders the list. */
function LiveTally({ policyId }: { policyId: string }) {
  useSubscription(PolicyVoteTalliedSubscription, { variables: { policyId } });
  return null;
}

/** One policy: what it changes, its tally (live while ACTIVE), vote and close buttons. */
function PolicyItem({ policy, access }: { policy: PolicyFieldsFragment; access: RegionAccess }) {
  const [vote, voting] = useMutation(CastVoteMutation);
  const [close, closing] = useMutation(ClosePolicyVoteMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  // The API does not say whether the viewer voted: after a vote here, stop offering another (the server refuses it anyway).
  const [voted, setVoted] = useState(false);
  const active = policy.status === 'ACTIVE';
  const mayVote =
    active &&
    !voted &&
    ((policy.electorate === 'CITIZENS' && access.elector) || (policy.electorate === 'COUNCIL' && access.council));
  const mayClose = active && (access.owner || access.isAdmin);
  const headingId = `policy-${policy.id}`;

  const act = async (run: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    try {
      await run();
      setMessage({ ok: true, text: done });
      return true;
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
      return false;
    }
  };
  const castVote = async (support: boolean) => {
    if (await act(() => vote({ variables: { input: { policyId: policy.id, support } } }), 'Vote counted.')) {
      setVoted(true);
    }
  };

  return (
    <li aria-labelledby={headingId} data-testid={`policy-${policy.id}`}>
      {active && <LiveTally policyId={policy.id} />}
      <h3 id={headingId}>
        {policy.title}
        <span className="badge">{humanize(policy.status)}</span>
        <span className="badge">{humanize(policy.type)}</span>
      </h3>
      <p>{describeChanges(policy)}</p>
      {policy.description && <p className="muted">{policy.description}</p>}
      <p className="hint">
        Proposed by {policy.proposedBy.displayName} ({policy.proposedBy.handle}) on {formatTime(policy.createdAt)} ·
        decided by {policy.electorate === 'CITIZENS' ? 'citizens and residents' : humanize(policy.electorate)} ·{' '}
        {active ? `voting closes ${formatTime(policy.votingClosesAt)}` : `closed ${formatTime(policy.closedAt)}`}
        {policy.implementedAt && ` · implemented ${formatTime(policy.implementedAt)}`}
      </p>
      {policy.electorate !== 'OWNER' && (
        <TallyBar
          policyId={policy.id}
          votesFor={policy.votesFor}
          votesAgainst={policy.votesAgainst}
          voterCount={policy.voterCount}
          approvalPercentage={policy.approvalPercentage}
          votingThreshold={policy.votingThreshold}
        />
      )}
      {(mayVote || mayClose) && (
        <div className="actions">
          {mayVote && (
            <>
              <button
                type="button"
                disabled={voting.loading}
                aria-describedby={headingId}
                onClick={() => void castVote(true)}
              >
                Vote for
              </button>
              <button
                type="button"
                disabled={voting.loading}
                aria-describedby={headingId}
                onClick={() => void castVote(false)}
              >
                Vote against
              </button>
            </>
          )}
          {mayClose && (
            <button
              type="button"
              className="danger"
              disabled={closing.loading}
              aria-describedby={headingId}
              title="Allowed only when the remaining votes could not change the outcome"
              onClick={() => void act(() => close({ variables: { input: { policyId: policy.id } } }), 'Vote closed.')}
            >
              Close the vote now
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

/** The form proposing a policy, with the fields of the chosen type. */
function ProposeForm({ regionId, onProposed }: { regionId: string; onProposed: () => void }) {
  const [type, setType] = useState<PolicyType>('TAX_RATE');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [votingDays, setVotingDays] = useState('7');
  const [taxPercent, setTaxPercent] = useState('10');
  const [tariffPercent, setTariffPercent] = useState('5');
  const [defenseLevel, setDefenseLevel] = useState('5');
  const [immigration, setImmigration] = useState<ImmigrationStance>('OPEN');
  const [pvpMode, setPvpMode] = useState<PvpMode>('RESTRICTED');
  const [motto, setMotto] = useState('');
  const [traditions, setTraditions] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [saved, setSaved] = useState(false);
  const [propose, { loading }] = useMutation(ProposePolicyMutation);
  const B = GOVERNANCE_BOUNDS;

  const edited = (field: string) => {
    setSaved(false);
    if (errors.fields[field] || errors.form) {
      const { [field]: _gone, ...rest } = errors.fields;
      setErrors({ fields: rest });
    }
  };
  const traditionList = traditions
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);

  const checks: Record<string, string | undefined> = {
    title:
      title.trim().length < B.policyTitle.min || title.trim().length > B.policyTitle.max
        ? `${B.policyTitle.min}–${B.policyTitle.max} characters.`
        : undefined,
    description:
      description.length > B.policyDescriptionMax
        ? `At most ${B.policyDescriptionMax.toLocaleString('en')} characters.`
        : undefined,
    votingDays: wholeMessage(votingDays, B.votingDays.min, B.votingDays.max, ' days'),
  };
  const changes: PolicyChangesInput = {};
  if (type === 'TAX_RATE') {
    changes.taxRate = fromPercent(taxPercent);
    checks['proposedChanges.taxRate'] =
      taxPercent.trim() === ''
        ? 'Enter a tax rate.'
        : rangeMessage(Number(taxPercent), BOUNDS.taxRate.min * 100, BOUNDS.taxRate.max * 100, ' %');
  } else if (type === 'TRADE_POLICY') {
    changes.tariffRate = fromPercent(tariffPercent);
    checks['proposedChanges.tariffRate'] =
      tariffPercent.trim() === ''
        ? 'Enter a tariff.'
        : rangeMessage(Number(tariffPercent), B.tariffRate.min * 100, B.tariffRate.max * 100, ' %');
  } else if (type === 'DEFENSE') {
    changes.defenseLevel = Number(defenseLevel);
    checks['proposedChanges.defenseLevel'] = wholeMessage(defenseLevel, B.defenseLevel.min, B.defenseLevel.max);
  } else if (type === 'IMMIGRATION') {
    changes.immigration = immigration;
  } else if (type === 'PVP_RULES') {
    changes.pvpMode = pvpMode;
  } else {
    if (motto.trim()) changes.motto = motto.trim();
    if (traditionList.length) changes.traditions = traditionList;
    checks['proposedChanges.motto'] =
      motto.length > BOUNDS.mottoMax
        ? `At most ${BOUNDS.mottoMax} characters.`
        : !motto.trim() && !traditionList.length
          ? 'Give a motto, traditions or both.'
          : undefined;
    checks['proposedChanges.traditions'] =
      traditionList.length > BOUNDS.traditionsMax
        ? `At most ${BOUNDS.traditionsMax} traditions.`
        : traditionList.some((t) => t.length > BOUNDS.traditionMax)
          ? `Each tradition at most ${BOUNDS.traditionMax} characters.`
          : undefined;
  }
  const known = (field: string) => field in checks || field === 'type' || field === 'proposedChanges';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setErrors(noErrors());
    try {
      await propose({
        variables: {
          input: {
            regionId,
            type,
            title: title.trim(),
            description,
            proposedChanges: changes,
            votingDays: Number(votingDays),
          },
        },
      });
      setSaved(true);
      setTitle('');
      setDescription('');
      onProposed();
    } catch (error) {
      setErrors(readErrors(error, known));
    }
  };

  const percentInput = (field: string, value: string, set: (v: string) => void, min: number, max: number) => (
    <Field
      field={`proposedChanges.${field}`}
      label={field === 'taxRate' ? 'New tax rate (%)' : 'Tariff (%)'}
      hint={`${min}–${max} %.`}
      check={checks[`proposedChanges.${field}`]}
      server={errors.fields[`proposedChanges.${field}`]}
    >
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          step="0.1"
          min={min}
          max={max}
          value={value}
          onChange={(e) => {
            set(e.target.value);
            edited(`proposedChanges.${field}`);
          }}
        />
      )}
    </Field>
  );

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose a policy</h2>
      <p className="hint">
        Democracy: citizens, residents, the governor and the owner propose; council: council members, the governor and
        the owner; autocracy: the owner decrees (passes at once). The governance service decides.
      </p>
      {errors.fields.proposedChanges && (
        <p className="field-error" data-error-for="proposedChanges">
          Not saved: {errors.fields.proposedChanges}
        </p>
      )}
      <div className="row">
        <Field field="type" label="Type" hint="What the policy changes." server={errors.fields.type}>
          {(control) => (
            <select
              {...control}
              value={type}
              onChange={(e) => {
                setType(e.target.value as PolicyType);
                setErrors(noErrors());
                setSaved(false);
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
          field="votingDays"
          label="Voting days"
          hint="1–30 days (ignored for a decree)."
          check={checks.votingDays}
          server={errors.fields.votingDays}
        >
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
                edited('votingDays');
              }}
            />
          )}
        </Field>
      </div>
      <Field
        field="title"
        label="Title"
        hint="3–120 characters."
        check={title ? checks.title : undefined}
        server={errors.fields.title}
      >
        {(control) => (
          <input
            {...control}
            value={title}
            maxLength={200}
            onChange={(e) => {
              setTitle(e.target.value);
              edited('title');
            }}
          />
        )}
      </Field>
      <Field
        field="description"
        label="Description"
        hint="Why and what; up to 4,000 characters."
        check={checks.description}
        server={errors.fields.description}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={description}
            onChange={(e) => {
              setDescription(e.target.value);
              edited('description');
            }}
          />
        )}
      </Field>
      {type === 'TAX_RATE' && percentInput('taxRate', taxPercent, setTaxPercent, 5, 25)}
      {type === 'TRADE_POLICY' && percentInput('tariffRate', tariffPercent, setTariffPercent, 0, 50)}
      {type === 'DEFENSE' && (
        <Field
          field="proposedChanges.defenseLevel"
          label="Defense level"
          hint="1–10."
          check={checks['proposedChanges.defenseLevel']}
          server={errors.fields['proposedChanges.defenseLevel']}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              value={defenseLevel}
              onChange={(e) => {
                setDefenseLevel(e.target.value);
                edited('proposedChanges.defenseLevel');
              }}
            />
          )}
        </Field>
      )}
      {type === 'IMMIGRATION' && (
        <Field
          field="proposedChanges.immigration"
          label="Immigration"
          server={errors.fields['proposedChanges.immigration']}
        >
          {(control) => (
            <select
              {...control}
              value={immigration}
              onChange={(e) => {
                setImmigration(e.target.value as ImmigrationStance);
                edited('proposedChanges.immigration');
              }}
            >
              {IMMIGRATION.map((v) => (
                <option key={v} value={v}>
                  {humanize(v)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {type === 'PVP_RULES' && (
        <Field field="proposedChanges.pvpMode" label="PvP mode" server={errors.fields['proposedChanges.pvpMode']}>
          {(control) => (
            <select
              {...control}
              value={pvpMode}
              onChange={(e) => {
                setPvpMode(e.target.value as PvpMode);
                edited('proposedChanges.pvpMode');
              }}
            >
              {PVP.map((v) => (
                <option key={v} value={v}>
                  {humanize(v)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {type === 'CULTURAL' && (
        <>
          <Field
            field="proposedChanges.motto"
            label="New motto"
            hint={`Up to ${BOUNDS.mottoMax} characters; empty: unchanged.`}
            check={checks['proposedChanges.motto']}
            server={errors.fields['proposedChanges.motto']}
          >
            {(control) => (
              <input
                {...control}
                value={motto}
                onChange={(e) => {
                  setMotto(e.target.value);
                  edited('proposedChanges.motto');
                }}
              />
            )}
          </Field>
          <Field
            field="proposedChanges.traditions"
            label="Traditions (one per line)"
            hint={`The whole new list, at most ${BOUNDS.traditionsMax}; empty: unchanged.`}
            check={checks['proposedChanges.traditions']}
            server={errors.fields['proposedChanges.traditions']}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={traditions}
                onChange={(e) => {
                  setTraditions(e.target.value);
                  edited('proposedChanges.traditions');
                }}
              />
            )}
          </Field>
        </>
      )}
      <FormStatus saved={saved} errors={errors} />
      <div className="actions">
        <button className="primary" type="submit" disabled={loading}>
          {loading ? 'Proposing…' : 'Propose'}
        </button>
      </div>
    </form>
  );
}

/** Policies tab: the list (by status, live tallies), the proposal form. */
export default function PoliciesPage() {
  const regionId = useRegionId();
  const access = useRegionAccess(regionId);
  const [status, setStatus] = useState<PolicyStatus | ''>('ACTIVE');
  const { data, loading, error, refetch, fetchMore } = useQuery(RegionPoliciesQuery, {
    variables: { id: regionId, status: status || null },
    notifyOnNetworkStatusChange: true,
  });
  // A proposal or a status change anywhere in the region: reload the list (statuses move policies between filters).
  useSubscription(PolicyStatusChangedSubscription, {
    variables: { regionId },
    onData: () => void refetch(),
  });
  const connection = data?.region?.policies;
  return (
    <div className="grid">
      <section className="panel" aria-labelledby="policies-heading">
        <h2 id="policies-heading">Policies</h2>
        <StatusFilter
          id="policy-status"
          statuses={STATUSES}
          value={status}
          onChange={setStatus}
          count={connection?.totalCount}
          noun={['policy', 'policies']}
        />
        {!connection ? (
          loading ? (
            <Loading what="policies" />
          ) : (
            <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />
          )
        ) : connection.edges.length === 0 ? (
          <p className="muted">No {status ? humanize(status) : ''} policies.</p>
        ) : (
          <>
            <ul className="item-list">
              {connection.edges.map(({ node }) => (
                <PolicyItem key={node.id} policy={node} access={access} />
              ))}
            </ul>
            {connection.pageInfo.hasNextPage && (
              <div className="actions">
                <button
                  type="button"
                  disabled={loading}
                  onClick={() =>
                    void fetchMore({
                      variables: { after: connection.pageInfo.endCursor },
                      updateQuery: (previous, { fetchMoreResult }) => {
                        if (!previous.region || !fetchMoreResult.region) return previous as never;
                        const next = fetchMoreResult.region.policies;
                        return {
                          region: {
                            ...previous.region,
                            policies: { ...next, edges: [...previous.region.policies.edges, ...next.edges] },
                          },
                        } as never;
                      },
                    })
                  }
                >
                  Show more
                </button>
              </div>
            )}
          </>
        )}
        {error && connection && <Problem message={errorMessage(error)} retry={() => void refetch()} />}
      </section>
      <ProposeForm regionId={regionId} onProposed={() => void refetch()} />
    </div>
  );
}
