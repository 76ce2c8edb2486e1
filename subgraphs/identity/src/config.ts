import { databaseUrlVar, eventbusDatabaseUrlVar, kafkaBrokersVar, logLevelVar, portVar } from '@sectorwars/platform';
import { z } from 'zod';

/**
 * Identity's environment. Identity signs tokens, so it holds the private key
 * and verifies with its own public key (no JWKS_URL).
 */
export const identityConfigSchema = z.object({
  PORT: portVar(4001),
  DATABASE_URL: databaseUrlVar,
  LOG_LEVEL: logLevelVar,
  KAFKA_BROKERS: kafkaBrokersVar,
  EVENTBUS_DATABASE_URL: eventbusDatabaseUrlVar,
  JWT_PRIVATE_KEY: z
    .string({ message: 'is required' })
    .includes('BEGIN PRIVATE KEY', { message: 'must be a PEM block' })
    .describe(
      'an ECDSA P-256 private key in PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----…"), e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`',
    ),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900).describe('seconds, 30–3600'),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30).describe('days, 1–90'),
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('failed logins per account per window'),
  LOGIN_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30).describe('failed logins per IP per window'),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900).describe('seconds'),
  BOOTSTRAP_ADMIN_EMAIL: z.email().default('admin@sectorwars.local').describe('an email address'),
  BOOTSTRAP_ADMIN_HANDLE: z.string().default('admin').describe('a player handle'),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(10).optional().describe('at least 10 characters; generated when unset'),
});

export type IdentityConfig = z.infer<typeof identityConfigSchema>;
