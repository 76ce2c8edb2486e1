/**
 * @sectorwars/identity — players and authentication.
 * `startIdentity(env)` runs the subgraph in this process (tests, `main.ts`);
 * `buildIdentitySchema()` gives its schema for composition.
 */
import 'reflect-metadata';
import { identityEvents, openServiceRuntime } from '@sectorwars/events';
import { createTokenVerifier, loadConfig, type RunningService, startSubgraph } from '@sectorwars/platform';
import { ApiKey } from './api-key/api-key.entity';
import { mountApiKeyExchange } from './api-key/api-key.routes';
import { ApiKeyService } from './api-key/api-key.service';
import { identityConfigSchema } from './config';
import { identityContext } from './context';
import { CreateIdentityTables1763769600000 } from './migrations/1763769600000-CreateIdentityTables';
import { AddEventTables1763769700000 } from './migrations/1763769700000-AddEventTables';
import { Player } from './player/player.entity';
import { PlayerService } from './player/player.service';
import { buildIdentitySchema } from './schema';
import { LoginThrottle } from './session/login-throttle';
import { RefreshToken } from './session/refresh-token.entity';
import { SessionService } from './session/session.service';
import { SigningKey } from './signing/signing-key';

export { API_KEY_EXCHANGE_PATH } from './api-key/api-key.routes';
export { identityConfigSchema } from './config';
export { buildIdentitySchema } from './schema';

/** Path of the public JWKS. */
export const JWKS_PATH = '/.well-known/jwks.json';

/** A running identity subgraph. */
export interface RunningIdentity extends RunningService {
  /** Credentials of the admin created at this start (first start only). */
  firstAdmin: { email: string; handle: string; password?: string } | null;
}

/**
 * Starts identity: validates `env` (see `identityConfigSchema`), migrates its
 * schema, creates the first admin if none exists, and serves GraphQL, JWKS and
 * the API-key exchange.
 *
 * @throws ConfigError on bad configuration
 */
export async function startIdentity(env: Record<string, string | undefined> = process.env): Promise<RunningIdentity> {
  const config = loadConfig(identityConfigSchema, env);
  const { logger, dataSource, metrics, bus, close } = await openServiceRuntime({
    service: 'identity',
    config,
    entities: [Player, RefreshToken, ApiKey],
    migrations: [CreateIdentityTables1763769600000, AddEventTables1763769700000],
    emits: [identityEvents.playerRegistered],
  });
  await bus.start();

  const signingKey = await SigningKey.fromPem(config.JWT_PRIVATE_KEY);
  const players = new PlayerService(dataSource, bus.outbox);
  const throttle = new LoginThrottle({
    perAccount: config.LOGIN_FAILURES_PER_ACCOUNT,
    perIp: config.LOGIN_FAILURES_PER_IP,
    windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
  });
  const services = {
    deadLetters: bus.deadLetters,
    players,
    sessions: new SessionService(dataSource, players, signingKey, throttle, {
      accessTokenSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenDays: config.REFRESH_TOKEN_TTL_DAYS,
    }),
    apiKeys: new ApiKeyService(dataSource, players, signingKey),
  };
  const firstAdmin = await players.ensureFirstAdmin({
    email: config.BOOTSTRAP_ADMIN_EMAIL,
    handle: config.BOOTSTRAP_ADMIN_HANDLE,
    password: config.BOOTSTRAP_ADMIN_PASSWORD,
  });
  if (firstAdmin) logger.warn({ email: firstAdmin.email, handle: firstAdmin.handle }, 'first admin account created');

  const running = await startSubgraph({
    name: 'identity',
    schema: await buildIdentitySchema(),
    logger,
    dataSource,
    metrics,
    port: config.PORT,
    verifyToken: createTokenVerifier(signingKey.jwks),
    extendContext: identityContext(services),
    routes: (app) => {
      app.get(JWKS_PATH, async (_request, reply) =>
        reply.header('Cache-Control', 'public, max-age=300').send(signingKey.jwks),
      );
      mountApiKeyExchange(app, services.apiKeys, logger);
    },
  });
  return {
    ...running,
    firstAdmin,
    async stop() {
      await running.stop();
      await close();
    },
  };
}
