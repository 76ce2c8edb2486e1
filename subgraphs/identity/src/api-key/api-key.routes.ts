import { AppError, type Logger, type ServiceApp } from '@sectorwars/platform';
import type { ApiKeyService } from './api-key.service';

/** Path the gateway posts `{ "apiKey": "sw_…" }` to, getting `{ accessToken, expiresAt }` back. */
export const API_KEY_EXCHANGE_PATH = '/internal/api-keys/exchange';

/**
 * Mounts the key exchange. It is internal (the gateway calls it for each
 * request carrying `X-API-Key`), and reveals nothing a key holder could not
 * already do with the key.
 */
export function mountApiKeyExchange(app: ServiceApp, apiKeys: ApiKeyService, logger: Logger): void {
  app.post(API_KEY_EXCHANGE_PATH, { bodyLimit: 4096 }, async (request, reply) => {
    const apiKey = (request.body as { apiKey?: unknown } | undefined)?.apiKey;
    if (typeof apiKey !== 'string' || apiKey.length > 200) {
      return reply.code(400).send({ code: 'BAD_USER_INPUT', field: 'apiKey', message: 'apiKey must be a string' });
    }
    try {
      return reply.send(await apiKeys.exchange(apiKey));
    } catch (error) {
      if (error instanceof AppError) {
        return reply.code(401).send({ code: error.extensions.code, message: error.message });
      }
      logger.error({ err: error }, 'API key exchange failed');
      return reply.code(500).send({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
  });
}
