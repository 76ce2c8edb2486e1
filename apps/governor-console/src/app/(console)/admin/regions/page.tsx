'use client';
import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { Field, FormStatus, noErrors } from '../../../../components/form';
import { graphql } from '../../../../gql';
import type { ProvisionRegionMutation } from '../../../../gql/graphql';
import { BOUNDS } from '../../../../lib/bounds';
import { type FormErrors, readErrors } from '../../../../lib/errors';

const ProvisionRegion = graphql(`
  mutation ProvisionRegion($input: ProvisionRegionInput!) {
    provisionRegion(input: $input) {
      region {
        id
        name
        displayName
        totalSectors
        status
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['name', 'displayName', 'ownerId', 'seed'];

/** Admin: provisions a region (500 sectors, ACTIVE at once) for an owner or the platform. */
export default function ProvisionRegionPage() {
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [seed, setSeed] = useState('');
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [created, setCreated] = useState<ProvisionRegionMutation['provisionRegion']['region']>();
  const [provision, { loading }] = useMutation(ProvisionRegion, { refetchQueries: ['ConsoleViewer'] });

  const checks: Record<string, string | undefined> = touched
    ? {
        name:
          name.length < BOUNDS.regionNameLength.min || name.length > BOUNDS.regionNameLength.max
            ? '3–48 characters.'
            : BOUNDS.regionName.test(name)
              ? undefined
              : 'Lower-case letters, digits and single dashes, e.g. vega-expanse.',
        displayName:
          displayName.trim().length < 1 || displayName.length > BOUNDS.displayNameMax ? '1–64 characters.' : undefined,
        ownerId:
          ownerId && !UUID.test(ownerId.trim()) ? 'A player id (UUID), or empty for a platform region.' : undefined,
        seed: seed.length > BOUNDS.seedMax ? `At most ${BOUNDS.seedMax} characters.` : undefined,
      }
    : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setErrors(noErrors());
    setCreated(undefined);
    try {
      const result = await provision({
        variables: {
          input: {
            name,
            displayName,
            ownerId: ownerId.trim() || undefined,
            seed: seed.trim() || undefined,
          },
        },
      });
      setCreated(result.data?.provisionRegion.region);
      setName('');
      setDisplayName('');
      setOwnerId('');
      setSeed('');
      setTouched(false);
    } catch (error) {
      setErrors(readErrors(error, (field) => FIELDS.includes(field)));
    }
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="provision-heading">
      <h2 id="provision-heading">Provision a region</h2>
      <p className="muted">A new region gets its 500 sectors and is open at once; the Nexus assigns its warp gate.</p>
      <Field field="name" label="Slug" hint="e.g. vega-expanse" check={checks.name} server={errors.fields.name}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field field="displayName" label="Display name" check={checks.displayName} server={errors.fields.displayName}>
        {(control) => <input {...control} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <Field
        field="ownerId"
        label="Owner's player id (optional)"
        hint="Empty for a platform-owned region."
        check={checks.ownerId}
        server={errors.fields.ownerId}
      >
        {(control) => <input {...control} value={ownerId} onChange={(e) => setOwnerId(e.target.value)} />}
      </Field>
      <Field field="seed" label="Seed (optional)" check={checks.seed} server={errors.fields.seed}>
        {(control) => <input {...control} value={seed} onChange={(e) => setSeed(e.target.value)} />}
      </Field>
      <FormStatus saved={false} errors={errors} />
      {created && (
        <p className="notice ok" role="status">
          Provisioned <Link href={`/regions/${created.id}`}>{created.displayName}</Link> ({created.name},{' '}
          {created.totalSectors} sectors, {created.status.toLowerCase()}).
        </p>
      )}
      <button className="primary" type="submit" disabled={loading}>
        {loading ? 'Provisioning…' : 'Provision'}
      </button>
    </form>
  );
}
