/** Process entry of the gateway: `node dist/main.js`, configured by environment variables. */
import { runService } from '@sectorwars/platform';
import { startGateway } from './index';

runService('gateway', () => startGateway());
