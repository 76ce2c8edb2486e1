import { z } from 'zod';

/** Thrown when the environment does not satisfy a service's configuration schema. */
export class ConfigError extends Error {
  constructor(
    message: string,
    /** One entry per bad variable: `NAME: expected …`. */
    public readonly problems: string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Parses environment variables against a zod object schema, once, at start.
 *
 * @param schema zod object whose keys are variable names (e.g. `DATABASE_URL`)
 * @param env the variables to read; `process.env` by default
 * @returns the parsed, typed configuration (defaults applied, numbers coerced)
 * @throws ConfigError naming every bad or missing variable and the expected form
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const shape = schema.shape[name] as z.ZodType | undefined;
    const expected = shape?.description ? ` (expected ${shape.description})` : '';
    return `${name}: ${issue.message}${expected}`;
  });
  return fail(problems);
}

function fail(problems: string[]): never {
  throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`, problems);
}

/** A TCP port, 0 meaning "any free port". */
export const portVar = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback).describe('a TCP port number 0–65535');

/** A postgres:// connection URL. */
export const databaseUrlVar = z
  .string({ message: 'is required' })
  .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL')
  .describe('a URL like postgres://user:password@host:5432/database');

/** pino log level. */
export const logLevelVar = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info')
  .describe('one of fatal, error, warn, info, debug, trace, silent');

/** Where subgraphs find identity's public keys. */
export const jwksUrlVar = z
  .string({ message: 'is required' })
  .url('must be an http(s) URL')
  .describe("identity's JWKS URL, e.g. http://localhost:4001/.well-known/jwks.json");

/** Kafka bootstrap servers; empty or unset selects the Postgres event bus. */
export const kafkaBrokersVar = z
  .string()
  .regex(/^$|^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'must be host:port[,host:port…]')
  .optional()
  .describe('a comma-separated list of host:port, e.g. kafka1:9092,kafka2:9092 (unset: the Postgres bus)');

/** Database of the Postgres event bus when it is not the service's own (one shared bus database). */
export const eventbusDatabaseUrlVar = databaseUrlVar.optional();

/**
 * Variables every subgraph reads: its port, its database, identity's JWKS and
 * the log level. A subgraph extends this with its own.
 */
export const subgraphConfigSchema = z.object({
  PORT: portVar(0),
  DATABASE_URL: databaseUrlVar,
  JWKS_URL: jwksUrlVar,
  LOG_LEVEL: logLevelVar,
  KAFKA_BROKERS: kafkaBrokersVar,
  EVENTBUS_DATABASE_URL: eventbusDatabaseUrlVar,
});

/** Parsed form of {@link subgraphConfigSchema}. */
export type SubgraphConfig = z.infer<typeof subgraphConfigSchema>;
