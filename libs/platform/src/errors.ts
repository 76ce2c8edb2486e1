import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { z } from 'zod';

/** Error codes of the public contract (ARCHITECTURE.md, "Public contract"). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A GraphQL error with a contract code in `extensions.code` plus extra extensions.
 * Resolver errors travel in a 200 response (so the gateway relays them as they
 * are); errors raised before execution carry an HTTP status via `httpStatus`.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** The same error, answered with HTTP `status` when raised outside resolvers (context, plugins). */
export const withHttpStatus = (error: AppError, status: number) =>
  new AppError(error.extensions.code as ErrorCode, error.message, { ...error.extensions, http: { status } });

/** Bad input on `field` (dotted path inside `input`); nothing is written. */
export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, ...extra });
/** No credentials, or credentials that do not verify. */
export const unauthenticated = (message = 'Authentication required') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
/** Authenticated, but not allowed. */
export const forbidden = (message = 'Not allowed') => new AppError(ErrorCode.FORBIDDEN, message);
/** The named thing does not exist (or is not visible to the caller). */
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
/** The write collides with existing state (duplicate, wrong state). */
export const conflict = (message: string, field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});
/** Too many attempts; retry after `retryAfterSeconds`. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });

/**
 * Validates `input` with a zod schema; the first failing issue becomes a
 * `BAD_USER_INPUT` error whose `field` is the dotted path inside the input.
 *
 * @throws AppError BAD_USER_INPUT
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.');
  throw badInput(field, `${field ? `${field}: ` : ''}${issue.message}`);
}

/**
 * Apollo `formatError`: keeps contract errors (and GraphQL validation errors)
 * as they are and masks anything else as `INTERNAL_SERVER_ERROR`, so internals
 * never reach clients. The original is logged by the caller.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
