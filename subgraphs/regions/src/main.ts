/** Process entry of the regions subgraph: `node dist/main.js`, configured by environment variables. */
import { runService } from '@sectorwars/platform';
import { startRegions } from './index';

runService('regions', () => startRegions());
