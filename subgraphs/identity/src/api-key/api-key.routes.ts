import { AppError, type Logger } from '@sectorwars/platform';
import express, { type Express } from 'express';
import type { ApiKeyService } from './api-key.service';

/** Path the gateway posts `{ "apiKey": "sw_…" }` to, getting `{ accessToken, expiresAt }` back. */
export const API_KEY_EXCHANGE_PATH = '/internal/api-keys/exchange';

/**
 * Mounts the key exchange. It is internal (the gateway calls it for each
 * request carrying `X-API-Key`), and reveals nothing a key holder could not
 * already do with the key.
 */
export function mountApiKeyExchange(app: Express, apiKeys: ApiKeyService, logger: Logger): void {
  app.post(API_KEY_EXCHANGE_PATH, express.json({ limit: '4kb' }), async (req, res) => {
    const apiKey = (req.body as { apiKey?: unknown } | undefined)?.apiKey;
    if (typeof apiKey !== 'string' || apiKey.length > 200) {
      res.status(400).json({ code: 'BAD_USER_INPUT', field: 'apiKey', message: 'apiKey must be a string' });
      return;
    }
    try {
      res.json(await apiKeys.exchange(apiKey));
    } catch (error) {
      if (error instanceof AppError) {
        res.status(401).json({ code: error.extensions.code, message: error.message });
        return;
      }
      logger.error({ err: error }, 'API key exchange failed');
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
  });
}
