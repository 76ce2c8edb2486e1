/** Process entry of the governance subgraph: `node dist/main.js`, configured by environment variables. */
import { runService } from '@sectorwars/platform';
import { startGovernance } from './index';

runService('governance', () => startGovernance());
