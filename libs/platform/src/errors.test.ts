import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { AppError, formatError, parseInput } from './errors';

test('parseInput names the failing field and its allowed range', () => {
  const schema = z.object({
    economy: z.object({ taxRate: z.number().min(0.05, 'must be 0.05–0.25').max(0.25, 'must be 0.05–0.25') }),
  });
  assert.throws(
    () => parseInput(schema, { economy: { taxRate: 0.4 } }),
    (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.extensions.code, 'BAD_USER_INPUT');
      assert.equal(error.extensions.field, 'economy.taxRate');
      assert.match(error.message, /0\.05–0\.25/);
      return true;
    },
  );
});

test('formatError keeps contract codes and masks unexpected errors', () => {
  const kept = formatError({ message: 'nope', extensions: { code: 'FORBIDDEN', stacktrace: ['x'] } });
  assert.deepEqual(kept, { message: 'nope', extensions: { code: 'FORBIDDEN' } });
  const masked = formatError({ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  assert.equal(masked.message, 'Internal server error');
});
