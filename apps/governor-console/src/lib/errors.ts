/**
 * Turns errors from Apollo Client into what forms show: messages by input field (the
 * server's `extensions.field`, a dotted path inside the mutation's `input`) and one
 * message for the whole form.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** Messages by field path, and a message for the form when an error names no field. */
export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
  /** `extensions.code` of the first error, e.g. `FORBIDDEN`. */
  code?: string;
}

/**
 * Reads a mutation's or query's error.
 * @param knownFields fields the form shows; errors on other fields go to the form message
 */
export function readErrors(error: unknown, knownFields?: (field: string) => boolean): FormErrors {
  if (CombinedGraphQLErrors.is(error)) {
    const result: FormErrors = { fields: {}, code: error.errors[0]?.extensions?.code as string | undefined };
    for (const e of error.errors) {
      const field = e.extensions?.field as string | undefined;
      if (field && (!knownFields || knownFields(field))) result.fields[field] = e.message;
      else result.form = result.form ? `${result.form} ${e.message}` : e.message;
    }
    return result;
  }
  if (ServerError.is(error)) return { fields: {}, form: `The server answered ${error.statusCode}. Try again.` };
  return { fields: {}, form: error instanceof Error ? error.message : 'Something went wrong.' };
}

/** One line for a query's error (loading failures). */
export function errorMessage(error: unknown): string {
  const read = readErrors(error);
  const first = Object.values(read.fields)[0];
  return read.form ?? first ?? 'Something went wrong.';
}

/** `extensions.code` of a query's first GraphQL error. */
export const errorCode = (error: unknown) => readErrors(error).code;
