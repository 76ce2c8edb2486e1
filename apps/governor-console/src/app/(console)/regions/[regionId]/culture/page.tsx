'use client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Field, FormStatus, noErrors } from '../../../../../components/form';
import { SettingsGate, useRegionId } from '../../../../../components/region-frame';
import { Loading, Problem } from '../../../../../components/status';
import { graphql } from '../../../../../gql';
import type { CultureSettingsFragment } from '../../../../../gql/graphql';
import { BOUNDS } from '../../../../../lib/bounds';
import { errorMessage, type FormErrors, readErrors } from '../../../../../lib/errors';

// Fragment spread by the operations below (the generator includes it in their documents).
graphql(`
  fragment CultureSettings on RegionCulture {
    motto
    traditions
    languagePack {
      key
      text
    }
    theme {
      primaryColor
      secondaryColor
      accentColor
      font
      logoUrl
    }
  }
`);

const RegionCultureQuery = graphql(`
  query RegionCulture($id: ID!) {
    region(id: $id) {
      id
      displayName
      culture {
        ...CultureSettings
      }
    }
  }
`);

const UpdateCultureMutation = graphql(`
  mutation UpdateRegionCulture($input: UpdateRegionCultureInput!) {
    updateRegionCulture(input: $input) {
      region {
        id
        culture {
          ...CultureSettings
        }
      }
    }
  }
`);

type Theme = { primaryColor: string; secondaryColor: string; accentColor: string; font: string; logoUrl: string };
interface Entry {
  id: number;
  key: string;
  text: string;
}
let nextId = 0;

const COLOURS: { field: 'primaryColor' | 'secondaryColor' | 'accentColor'; label: string }[] = [
  { field: 'primaryColor', label: 'Primary colour' },
  { field: 'secondaryColor', label: 'Secondary colour' },
  { field: 'accentColor', label: 'Accent colour' },
];

/** How the region's pages will look with this theme. */
function ThemePreview({ theme, name, motto }: { theme: Theme; name: string; motto: string }) {
  const valid = (c: string, fallback: string) => (BOUNDS.colour.test(c) ? c : fallback);
  const primary = valid(theme.primaryColor, '#1e3a8a');
  const secondary = valid(theme.secondaryColor, '#0f172a');
  const accent = valid(theme.accentColor, '#f59e0b');
  return (
    <section
      className="theme-preview"
      aria-label="Theme preview"
      style={{
        alignSelf: 'start',
        background: secondary,
        borderColor: primary,
        fontFamily: `"${theme.font}", system-ui, sans-serif`,
      }}
    >
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
        {theme.logoUrl.startsWith('https://') && (
          // biome-ignore lint/performance/noImgElement: a preview of an arbitrary external logo URL, not an asset of the app
          <img src={theme.logoUrl} alt={`${name} logo`} width={40} height={40} style={{ objectFit: 'contain' }} />
        )}
        <h3 style={{ color: primary === secondary ? '#fff' : primary, margin: 0, fontSize: '1.4rem' }}>{name}</h3>
      </div>
      <p style={{ color: '#fff', opacity: 0.85, marginTop: '0.5rem' }}>{motto || 'Your motto appears here.'}</p>
      <span
        style={{ background: accent, color: '#111', padding: '0.3em 0.8em', borderRadius: 6, fontWeight: 700 }}
        aria-hidden="true"
      >
        Join {name}
      </span>
      <p style={{ marginTop: '0.8rem', fontSize: '0.8rem', color: '#fff' }}>
        <span className="swatch" style={{ background: primary }} /> primary
        <span className="swatch" style={{ background: secondary, marginLeft: '0.8rem' }} /> secondary
        <span className="swatch" style={{ background: accent, marginLeft: '0.8rem' }} /> accent · font {theme.font}
      </p>
    </section>
  );
}

/** The culture form, filled from the region's current settings. */
function CultureForm({
  regionId,
  name,
  culture,
}: {
  regionId: string;
  name: string;
  culture: CultureSettingsFragment;
}) {
  const [motto, setMotto] = useState(culture.motto);
  // Field by field: results carry __typename, which the input type does not accept.
  const [theme, setTheme] = useState<Theme>({
    primaryColor: culture.theme.primaryColor,
    secondaryColor: culture.theme.secondaryColor,
    accentColor: culture.theme.accentColor,
    font: culture.theme.font,
    logoUrl: culture.theme.logoUrl ?? '',
  });
  const [entries, setEntries] = useState<Entry[]>(
    culture.languagePack.map((e) => ({ id: nextId++, key: e.key, text: e.text })),
  );
  const [traditions, setTraditions] = useState(culture.traditions.map((text) => ({ id: nextId++, text })));
  const [errors, setErrors] = useState<FormErrors>(noErrors());
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateCultureMutation);

  const edited = (field: string) => {
    setSaved(false);
    if (errors.fields[field] || errors.form) {
      const { [field]: _gone, ...rest } = errors.fields;
      setErrors({ fields: rest });
    }
  };

  const checks: Record<string, string | undefined> = {
    motto: motto.length > BOUNDS.mottoMax ? `At most ${BOUNDS.mottoMax} characters.` : undefined,
    'theme.font':
      theme.font.length < 1 || theme.font.length > BOUNDS.fontMax ? `1–${BOUNDS.fontMax} characters.` : undefined,
    'theme.logoUrl':
      theme.logoUrl && !theme.logoUrl.startsWith('https://') ? 'An https:// URL, or empty for none.' : undefined,
    languagePack: entries.length > BOUNDS.languagePackMax ? `At most ${BOUNDS.languagePackMax} entries.` : undefined,
    traditions: traditions.length > BOUNDS.traditionsMax ? `At most ${BOUNDS.traditionsMax} traditions.` : undefined,
  };
  for (const c of COLOURS) {
    checks[`theme.${c.field}`] = BOUNDS.colour.test(theme[c.field]) ? undefined : 'A colour as #rrggbb.';
  }
  entries.forEach((entry, i) => {
    checks[`languagePack.${i}.key`] = !BOUNDS.languageKey.test(entry.key)
      ? '1–64 letters, digits, dots, dashes or underscores.'
      : entries.findIndex((other) => other.key === entry.key) < i
        ? 'Each key once.'
        : undefined;
    checks[`languagePack.${i}.text`] =
      entry.text.length > BOUNDS.languageTextMax ? `At most ${BOUNDS.languageTextMax} characters.` : undefined;
  });
  traditions.forEach((t, i) => {
    checks[`traditions.${i}`] =
      t.text.length > BOUNDS.traditionMax ? `At most ${BOUNDS.traditionMax} characters.` : undefined;
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setErrors(noErrors());
    try {
      await update({
        variables: {
          input: {
            regionId,
            motto,
            theme,
            languagePack: entries.map(({ key, text }) => ({ key, text })),
            traditions: traditions.map((t) => t.text),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      setErrors(readErrors(error, (field) => field in checks));
    }
  };

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="culture-heading">
      <h2 id="culture-heading">Culture</h2>
      <Field field="motto" label="Motto" hint="Up to 200 characters." check={checks.motto} server={errors.fields.motto}>
        {(control) => (
          <input
            {...control}
            value={motto}
            onChange={(e) => {
              setMotto(e.target.value);
              edited('motto');
            }}
          />
        )}
      </Field>
      <div className="grid">
        <fieldset>
          <legend>Theme</legend>
          {COLOURS.map((c) => (
            <Field
              key={c.field}
              field={`theme.${c.field}`}
              label={c.label}
              hint="#rrggbb"
              check={checks[`theme.${c.field}`]}
              server={errors.fields[`theme.${c.field}`]}
            >
              {(control) => (
                <div className="row">
                  <input
                    {...control}
                    value={theme[c.field]}
                    onChange={(e) => {
                      setTheme({ ...theme, [c.field]: e.target.value });
                      edited(`theme.${c.field}`);
                    }}
                  />
                  <input
                    type="color"
                    aria-label={`${c.label} picker`}
                    value={BOUNDS.colour.test(theme[c.field]) ? theme[c.field] : '#000000'}
                    onChange={(e) => {
                      setTheme({ ...theme, [c.field]: e.target.value });
                      edited(`theme.${c.field}`);
                    }}
                  />
                </div>
              )}
            </Field>
          ))}
          <Field field="theme.font" label="Font" check={checks['theme.font']} server={errors.fields['theme.font']}>
            {(control) => (
              <input
                {...control}
                value={theme.font}
                onChange={(e) => {
                  setTheme({ ...theme, font: e.target.value });
                  edited('theme.font');
                }}
              />
            )}
          </Field>
          <Field
            field="theme.logoUrl"
            label="Logo URL"
            hint="https:// address of the logo; empty for none."
            check={checks['theme.logoUrl']}
            server={errors.fields['theme.logoUrl']}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                value={theme.logoUrl}
                onChange={(e) => {
                  setTheme({ ...theme, logoUrl: e.target.value });
                  edited('theme.logoUrl');
                }}
              />
            )}
          </Field>
        </fieldset>
        <ThemePreview theme={theme} name={name} motto={motto} />
      </div>
      <fieldset>
        <legend>Language pack</legend>
        <p className="hint">Texts shown in the region, by key (e.g. welcome). Up to 500 entries.</p>
        {(checks.languagePack || errors.fields.languagePack) && (
          <p className="field-error" data-error-for="languagePack">
            {errors.fields.languagePack ? `Not saved: ${errors.fields.languagePack}` : checks.languagePack}
          </p>
        )}
        {entries.map((entry, i) => (
          <div className="row" key={entry.id}>
            <Field
              field={`languagePack.${i}.key`}
              label={`Key ${i + 1}`}
              check={checks[`languagePack.${i}.key`]}
              server={errors.fields[`languagePack.${i}.key`]}
            >
              {(control) => (
                <input
                  {...control}
                  value={entry.key}
                  onChange={(e) => {
                    setEntries(entries.map((x) => (x.id === entry.id ? { ...x, key: e.target.value } : x)));
                    edited(`languagePack.${i}.key`);
                  }}
                />
              )}
            </Field>
            <Field
              field={`languagePack.${i}.text`}
              label={`Text ${i + 1}`}
              check={checks[`languagePack.${i}.text`]}
              server={errors.fields[`languagePack.${i}.text`]}
            >
              {(control) => (
                <input
                  {...control}
                  value={entry.text}
                  onChange={(e) => {
                    setEntries(entries.map((x) => (x.id === entry.id ? { ...x, text: e.target.value } : x)));
                    edited(`languagePack.${i}.text`);
                  }}
                />
              )}
            </Field>
            <button
              type="button"
              aria-label={`Remove language entry ${i + 1}`}
              onClick={() => {
                setEntries(entries.filter((x) => x.id !== entry.id));
                setSaved(false);
              }}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setEntries([...entries, { id: nextId++, key: '', text: '' }])}>
          Add a language entry
        </button>
      </fieldset>
      <fieldset>
        <legend>Traditions</legend>
        <p className="hint">Up to 20, each up to 200 characters.</p>
        {(checks.traditions || errors.fields.traditions) && (
          <p className="field-error" data-error-for="traditions">
            {errors.fields.traditions ? `Not saved: ${errors.fields.traditions}` : checks.traditions}
          </p>
        )}
        {traditions.map((t, i) => (
          <div className="row" key={t.id}>
            <Field
              field={`traditions.${i}`}
              label={`Tradition ${i + 1}`}
              check={checks[`traditions.${i}`]}
              server={errors.fields[`traditions.${i}`]}
            >
              {(control) => (
                <input
                  {...control}
                  value={t.text}
                  onChange={(e) => {
                    setTraditions(traditions.map((x) => (x.id === t.id ? { ...x, text: e.target.value } : x)));
                    edited(`traditions.${i}`);
                  }}
                />
              )}
            </Field>
            <button
              type="button"
              aria-label={`Remove tradition ${i + 1}`}
              onClick={() => {
                setTraditions(traditions.filter((x) => x.id !== t.id));
                setSaved(false);
              }}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setTraditions([...traditions, { id: nextId++, text: '' }])}>
          Add a tradition
        </button>
      </fieldset>
      <FormStatus saved={saved} errors={errors} />
      <div className="actions">
        <button className="primary" type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save culture'}
        </button>
      </div>
    </form>
  );
}

function CultureTab() {
  const regionId = useRegionId();
  const { data, loading, error, refetch } = useQuery(RegionCultureQuery, { variables: { id: regionId } });
  if (!data?.region) {
    if (loading) return <Loading what="culture settings" />;
    return <Problem message={error ? errorMessage(error) : 'No such region.'} retry={() => void refetch()} />;
  }
  return (
    <CultureForm key={regionId} regionId={regionId} name={data.region.displayName} culture={data.region.culture} />
  );
}

/** Culture tab: motto, theme with a live preview, language pack entries, traditions. */
export default function CulturePage() {
  return (
    <SettingsGate>
      <CultureTab />
    </SettingsGate>
  );
}
