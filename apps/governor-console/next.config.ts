import path from 'node:path';
import type { NextConfig } from 'next';

/** The repository root: npm workspaces hoist every dependency there. */
const root = path.join(__dirname, '..', '..');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
  // Browser tests and `npm start` run the production server; no image optimisation is used.
  images: { unoptimized: true },
};

export default nextConfig;
