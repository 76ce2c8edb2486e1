'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Field, FormStatus, noErrors } from '../../../../../components/form';
import { SettingsGate, useRegionId } from '../../../../../components/region-frame';
import { Loading, Problem } from '../../../../../components/status';
import { graphql } from '../../../../../gql';
import type { EconomySettingsFragment } from '../../../../../gql/graphql';
import { BOUNDS, fromPercent, rangeMessage, toPercent } from '../../../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../../../lib/errors';

// Fragment spread by the operations below (the generator includes it in their documents).
graphql(`
  fragment EconomySettings on RegionEconomy {
    taxRate
    startingCredits
    specialization
    tradeBonuses {
      resource
      multiplier
    }
  }
`);

const RegionEconomyQuery = graphql(`
  query RegionEconomy($id: ID!) {
    region(id: $id) {
      id
      economy {
        ...EconomySettings
      }
    }
  }
`);

const UpdateEconomyMutation = graphql(`
  mutation UpdateRegionEconomy($input: UpdateRegionEconomyInput!) {
    updateRegionEconomy(input: $input) {
      region {
        id
        economy {
          ...EconomySettings
        }
      }
    }
  }
`);

interface BonusRow {
  key: number;
  resource: string;
  multiplier: string;
}

let nextRowKey = 0;
const toRows = (bonuses: EconomySettingsFragment['tradeBonuses']): BonusRow[] =>
  bonuses.map((b) => ({ key: nextRowKey++, resource: b.resource, multiplier: String(b.multiplier) }));

/** The economy form, filled from the region's current settings. */
function EconomyForm({ regionId, economy }: { regionId: string; economy: EconomySettingsFragment }) {
  const [taxPercent, setTaxPercent] = useState(toPercent(economy.taxRate));
  const [startingCredits, setStartingCredits] = useState(String(economy.startingCredits));
  const [specialization, setSpecialization] = useState(economy.specialization ?? '');
  const [bonuses, setBonuses] = useState<BonusRow[]>(toRows(economy.tradeBonuses));
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateEconomyMutation);

  // Editing a field drops the server's message about it (it was about the old value).
  const edited = (field: string) => {
    setSaved(false);
    if (errors.fields[field] || errors.form) {
      const { [field]: _gone, ...rest } = errors.fields;
      setErrors({ fields: rest });
    }
  };

  const taxRate = fromPercent(taxPercent);
  const checks: Record<string, string | undefined> = {
    taxRate: taxPercent.trim() === '' ? 'Enter a tax rate.' : rangeMessage(Number(taxPercent), 5, 25, ' %'),
    startingCredits: !/^\d+$/.test(startingCredits.trim())
      ? 'Enter a whole number of credits.'
      : rangeMessage(Number(startingCredits), BOUNDS.startingCredits.min, BOUNDS.startingCredits.max),
    specialization:
      specialization.length > BOUNDS.specializationMax ? `At most ${BOUNDS.specializationMax} characters.` : undefined,
  };
  bonuses.forEach((row, i) => {
    checks[`tradeBonuses.${i}.resource`] = BOUNDS.resourceKey.test(row.resource)
      ? bonuses.findIndex((other) => other.resource === row.resource) < i
        ? 'Each resource once.'
        : undefined
      : '2–32 lower-case letters or underscores.';
    checks[`tradeBonuses.${i}.multiplier`] = rangeMessage(
      Number(row.multiplier),
      BOUNDS.tradeBonus.min,
      BOUNDS.tradeBonus.max,
      '×',
    );
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setErrors(noErrors());
    // The bounds shown inline are advice: the server decides, and its refusal is shown by the field.
    try {
      await update({
        variables: {
          input: {
            regionId,
            taxRate,
            startingCredits: Number(startingCredits),
            specialization,
            tradeBonuses: bonuses.map((b) => ({ resource: b.resource, multiplier: Number(b.multiplier) })),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      setErrors(readErrors(error, (field) => field in checks));
    }
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="economy-heading">
      <h2 id="economy-heading">Economy</h2>
      <Field
        field="taxRate"
        label="Tax rate (%)"
        hint="Tax on trade in the region, 5–25 %."
        check={checks.taxRate}
        server={errors.fields.taxRate}
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            type="number"
            step="0.1"
            min={5}
            max={25}
            value={taxPercent}
            onChange={(e) => {
              setTaxPercent(e.target.value);
              edited('taxRate');
            }}
          />
        )}
      </Field>
      <Field
        field="startingCredits"
        label="Starting credits"
        hint="Credits a new citizen receives, 100–10,000."
        check={checks.startingCredits}
        server={errors.fields.startingCredits}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            step="1"
            min={BOUNDS.startingCredits.min}
            max={BOUNDS.startingCredits.max}
            value={startingCredits}
            onChange={(e) => {
              setStartingCredits(e.target.value);
              edited('startingCredits');
            }}
          />
        )}
      </Field>
      <Field
        field="specialization"
        label="Specialization"
        hint="e.g. mining; up to 32 characters; empty for none."
        check={checks.specialization}
        server={errors.fields.specialization}
      >
        {(control) => (
          <input
            {...control}
            value={specialization}
            maxLength={64}
            onChange={(e) => {
              setSpecialization(e.target.value);
              edited('specialization');
            }}
          />
        )}
      </Field>
      <fieldset>
        <legend>Trade bonuses</legend>
        <p className="hint">A multiplier of 1.0–3.0 per resource; resources not listed trade at 1.0.</p>
        {errors.fields.tradeBonuses && (
          <p className="field-error" data-error-for="tradeBonuses">
            Not saved: {errors.fields.tradeBonuses}
          </p>
        )}
        {bonuses.map((row, i) => (
          <div className="row" key={row.key}>
            <Field
              field={`tradeBonuses.${i}.resource`}
              label={`Resource ${i + 1}`}
              check={checks[`tradeBonuses.${i}.resource`]}
              server={errors.fields[`tradeBonuses.${i}.resource`]}
            >
              {(control) => (
                <input
                  {...control}
                  value={row.resource}
                  onChange={(e) => {
                    setBonuses(bonuses.map((b) => (b.key === row.key ? { ...b, resource: e.target.value } : b)));
                    edited(`tradeBonuses.${i}.resource`);
                  }}
                />
              )}
            </Field>
            <Field
              field={`tradeBonuses.${i}.multiplier`}
              label={`Multiplier ${i + 1}`}
              check={checks[`tradeBonuses.${i}.multiplier`]}
              server={errors.fields[`tradeBonuses.${i}.multiplier`]}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="decimal"
                  step="0.1"
                  min={1}
                  max={3}
                  value={row.multiplier}
                  onChange={(e) => {
                    setBonuses(bonuses.map((b) => (b.key === row.key ? { ...b, multiplier: e.target.value } : b)));
                    edited(`tradeBonuses.${i}.multiplier`);
                  }}
                />
              )}
            </Field>
            <button
              type="button"
              aria-label={`Remove trade bonus ${i + 1}`}
              onClick={() => {
                setBonuses(bonuses.filter((b) => b.key !== row.key));
                setSaved(false);
              }}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => setBonuses([...bonuses, { key: nextRowKey++, resource: '', multiplier: '1.5' }])}
        >
          Add a trade bonus
        </button>
      </fieldset>
      <FormStatus saved={saved} errors={errors} />
      <div className="actions">
        <button className="primary" type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save economy'}
        </button>
      </div>
    </form>
  );
}

function EconomyTab() {
  const regionId = useRegionId();
  const { data, loading, error, refetch } = useQuery(RegionEconomyQuery, { variables: { id: regionId } });
  if (!data?.region) {
    if (loading) return <Loading what="economy settings" />;
    return <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />;
  }
  return <EconomyForm key={regionId} regionId={regionId} economy={data.region.economy} />;
}

/** Economy tab: tax rate, starting credits, trade bonuses, specialization. */
export default function EconomyPage() {
  return (
    <SettingsGate>
      <EconomyTab />
    </SettingsGate>
  );
}
