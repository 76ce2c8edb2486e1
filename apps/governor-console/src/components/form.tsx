'use client';
/** Form pieces: labelled fields with hints, the bounds check's message and the server's refusal. */
import type { ReactNode } from 'react';
import type { FormErrors } from '../lib/errors';

/** Accessibility attributes a field's control must carry. */
export interface ControlProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

/** DOM id of a field path (`tradeBonuses.0.multiplier` → `f-tradeBonuses-0-multiplier`). */
export const fieldId = (field: string) => `f-${field.replaceAll('.', '-')}`;

/**
 * One labelled field. `check` is the console's mirror of the server's bounds; `server`
 * is the server's message for this field (its `extensions.field`), shown until the
 * value changes.
 */
export function Field({
  field,
  label,
  hint,
  check,
  server,
  children,
}: {
  field: string;
  label: ReactNode;
  hint?: ReactNode;
  check?: string;
  server?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(field);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': `${id}-hint ${id}-error`, 'aria-invalid': !!(check || server) })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div id={`${id}-error`} aria-live="polite">
        {check && !server && <p className="field-error">{check}</p>}
        {server && (
          <p className="field-error" data-error-for={field}>
            Not saved: {server}
          </p>
        )}
      </div>
    </div>
  );
}

/** The result line of a form: saved, or the error that names no field. */
export function FormStatus({ saved, errors }: { saved: boolean; errors: FormErrors }) {
  const fieldCount = Object.keys(errors.fields).length;
  return (
    <div aria-live="polite">
      {errors.form && (
        <p className="notice error" role="alert">
          Not saved: {errors.form}
        </p>
      )}
      {!errors.form && fieldCount > 0 && (
        <p className="notice error" role="alert">
          Not saved: the server refused {fieldCount === 1 ? 'a value' : `${fieldCount} values`} (see the field
          {fieldCount === 1 ? '' : 's'} above). Nothing was changed.
        </p>
      )}
      {saved && (
        <p className="notice ok" role="status">
          Saved.
        </p>
      )}
    </div>
  );
}

/** Errors of a form before anything was sent. */
export const noErrors = (): FormErrors => ({ fields: {} });
