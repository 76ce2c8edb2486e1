import { randomBytes } from 'node:crypto';
import { describeEventContract } from './event-contract';

// The mock cluster (and a broker with auto.create.topics.enable) creates a topic on first
// metadata request, with 4 partitions on the mock; on a real cluster without auto-creation,
// the transport's ensureTopics creates it.
describeEventContract('kafka', async (label) => `sectorwars.test.${label}_${randomBytes(3).toString('hex')}`);
