/** Process entry of the identity subgraph: `node dist/main.js`, configured by environment variables. */
import { runService } from '@sectorwars/platform';
import { startIdentity } from './index';

runService('identity', async () => {
  const running = await startIdentity();
  if (running.firstAdmin?.password) {
    // Printed once, on the start that created the account; the runner shows it to the operator.
    process.stdout.write(`${JSON.stringify({ firstAdmin: running.firstAdmin })}\n`);
  }
  return running;
});
