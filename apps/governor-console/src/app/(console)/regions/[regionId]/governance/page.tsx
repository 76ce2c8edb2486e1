'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Field, FormStatus, noErrors } from '../../../../../components/form';
import { SettingsGate, useRegionId } from '../../../../../components/region-frame';
import { Loading, Problem } from '../../../../../components/status';
import { graphql } from '../../../../../gql';
import type { GovernanceSettingsFragment, GovernanceType } from '../../../../../gql/graphql';
import { BOUNDS, fromPercent, rangeMessage, toPercent } from '../../../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../../../lib/errors';

// Fragment spread by the operations below (the generator includes it in their documents).
graphql(`
  fragment GovernanceSettings on RegionGovernance {
    type
    votingThreshold
    electionFrequencyDays
    constitution
  }
`);

const RegionGovernanceQuery = graphql(`
  query RegionGovernance($id: ID!) {
    region(id: $id) {
      id
      governance {
        ...GovernanceSettings
      }
    }
  }
`);

const UpdateGovernanceMutation = graphql(`
  mutation UpdateRegionGovernance($input: UpdateRegionGovernanceInput!) {
    updateRegionGovernance(input: $input) {
      region {
        id
        governance {
          ...GovernanceSettings
        }
      }
    }
  }
`);

const TYPES: { value: GovernanceType; label: string; description: string }[] = [
  {
    value: 'DEMOCRACY',
    label: 'Democracy',
    description: 'Citizens and residents vote on policies and elect officials.',
  },
  { value: 'AUTOCRACY', label: 'Autocracy', description: 'The owner decides alone.' },
  { value: 'COUNCIL', label: 'Council', description: 'An elected council decides.' },
];

/** The governance form, filled from the region's current settings. */
function GovernanceForm({ regionId, governance }: { regionId: string; governance: GovernanceSettingsFragment }) {
  const [type, setType] = useState<GovernanceType>(governance.type);
  const [threshold, setThreshold] = useState(toPercent(governance.votingThreshold));
  const [frequency, setFrequency] = useState(String(governance.electionFrequencyDays));
  const [constitution, setConstitution] = useState(governance.constitution);
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateGovernanceMutation);

  const edited = (field: string) => {
    setSaved(false);
    if (errors.fields[field] || errors.form) {
      const { [field]: _gone, ...rest } = errors.fields;
      setErrors({ fields: rest });
    }
  };
  const checks: Record<string, string | undefined> = {
    type: undefined,
    votingThreshold: threshold.trim() === '' ? 'Enter a threshold.' : rangeMessage(Number(threshold), 10, 90, ' %'),
    electionFrequencyDays: !/^\d+$/.test(frequency.trim())
      ? 'Enter a whole number of days.'
      : rangeMessage(Number(frequency), BOUNDS.electionFrequencyDays.min, BOUNDS.electionFrequencyDays.max, ' days'),
    constitution:
      constitution.length > BOUNDS.constitutionMax
        ? `At most ${BOUNDS.constitutionMax.toLocaleString('en')} characters.`
        : undefined,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setErrors(noErrors());
    try {
      await update({
        variables: {
          input: {
            regionId,
            type,
            votingThreshold: fromPercent(threshold),
            electionFrequencyDays: Number(frequency),
            constitution,
          },
        },
      });
      setSaved(true);
    } catch (error) {
      setErrors(readErrors(error, (field) => field in checks));
    }
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="governance-heading">
      <h2 id="governance-heading">Governance</h2>
      <Field
        field="type"
        label="Form of government"
        hint={TYPES.find((t) => t.value === type)?.description}
        server={errors.fields.type}
      >
        {(control) => (
          <select
            {...control}
            value={type}
            onChange={(e) => {
              setType(e.target.value as GovernanceType);
              edited('type');
            }}
          >
            {TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        field="votingThreshold"
        label="Voting threshold (%)"
        hint="Share of votes a policy needs to pass, 10–90 %."
        check={checks.votingThreshold}
        server={errors.fields.votingThreshold}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="decimal"
            step="1"
            min={10}
            max={90}
            value={threshold}
            onChange={(e) => {
              setThreshold(e.target.value);
              edited('votingThreshold');
            }}
          />
        )}
      </Field>
      <Field
        field="electionFrequencyDays"
        label="Days between elections"
        hint="30–365 days."
        check={checks.electionFrequencyDays}
        server={errors.fields.electionFrequencyDays}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            step="1"
            min={BOUNDS.electionFrequencyDays.min}
            max={BOUNDS.electionFrequencyDays.max}
            value={frequency}
            onChange={(e) => {
              setFrequency(e.target.value);
              edited('electionFrequencyDays');
            }}
          />
        )}
      </Field>
      <Field
        field="constitution"
        label="Constitution"
        hint={`${constitution.length.toLocaleString('en')} of ${BOUNDS.constitutionMax.toLocaleString('en')} characters.`}
        check={checks.constitution}
        server={errors.fields.constitution}
      >
        {(control) => (
          <textarea
            {...control}
            rows={10}
            value={constitution}
            onChange={(e) => {
              setConstitution(e.target.value);
              edited('constitution');
            }}
          />
        )}
      </Field>
      <FormStatus saved={saved} errors={errors} />
      <div className="actions">
        <button className="primary" type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save governance'}
        </button>
      </div>
    </form>
  );
}

function GovernanceTab() {
  const regionId = useRegionId();
  const { data, loading, error, refetch } = useQuery(RegionGovernanceQuery, { variables: { id: regionId } });
  if (!data?.region) {
    if (loading) return <Loading what="governance settings" />;
    return <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />;
  }
  return <GovernanceForm key={regionId} regionId={regionId} governance={data.region.governance} />;
}

/** Governance tab: form of government, voting threshold, election frequency, constitution. */
export default function GovernancePage() {
  return (
    <SettingsGate>
      <GovernanceTab />
    </SettingsGate>
  );
}
