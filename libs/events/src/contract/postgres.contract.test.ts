import { randomBytes } from 'node:crypto';
import { describeEventContract } from './event-contract';

// The Postgres bus creates topics on first use: every case gets a brand-new one.
describeEventContract('postgres', async (label) => `sectorwars.test.${label}_${randomBytes(3).toString('hex')}`);
