/** Process entry of the nexus subgraph: `node dist/main.js`, configured by environment variables. */
import { runService } from '@sectorwars/platform';
import { startNexus } from './index';

runService('nexus', () => startNexus());
