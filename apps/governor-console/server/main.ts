#!/usr/bin/env node
/**
 * Runs the console's production server: `next start` on `PORT` (3001) and `HOST`
 * (127.0.0.1), for `npm start` and the browser tests, which start services as
 * `node <entry>` with their settings in the environment. The console reaches the
 * gateway at `GATEWAY_URL` (default http://127.0.0.1:4000/graphql).
 */
import path from 'node:path';

/** The package folder (this file runs from dist/server/). */
const dir = path.join(__dirname, '..', '..');
process.env.NEXT_TELEMETRY_DISABLED = '1';
const next = require.resolve('next/dist/bin/next', { paths: [dir] });
// Next's CLI reads process.argv: run it as if called as `next start <dir> -p … -H …`.
process.argv = [
  process.argv[0],
  next,
  'start',
  dir,
  '-p',
  process.env.PORT ?? '3001',
  '-H',
  process.env.HOST ?? '127.0.0.1',
];
require(next);
