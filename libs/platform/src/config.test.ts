import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig, subgraphConfigSchema } from './config';

test('a bad or missing variable stops with its name and the expected form', () => {
  assert.throws(
    () => loadConfig(subgraphConfigSchema, { DATABASE_URL: 'mysql://x', PORT: 'eighty' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /DATABASE_URL: must be a postgres:\/\/ URL \(expected a URL like postgres:\/\//);
      assert.match(error.message, /PORT: .*\(expected a TCP port number 0–65535\)/);
      assert.match(error.message, /JWKS_URL: is required/);
      return true;
    },
  );
});

test('valid variables are parsed, with defaults and coercion', () => {
  const config = loadConfig(subgraphConfigSchema, {
    DATABASE_URL: 'postgres://u:p@localhost:5432/db',
    JWKS_URL: 'http://localhost:4001/.well-known/jwks.json',
    PORT: '4100',
  });
  assert.equal(config.PORT, 4100);
  assert.equal(config.LOG_LEVEL, 'info');
});
