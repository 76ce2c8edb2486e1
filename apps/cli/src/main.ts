#!/usr/bin/env node
/** `sectorwars` — platform CLI: start the local stack, reset its data, compose the supergraph. */
import { Command } from 'commander';
import { reset, start } from './start';

const program = new Command('sectorwars').description('SectorWars 2102 platform CLI');

program
  .command('start')
  .description('start Postgres (embedded unless DATABASE_URL is set), every subgraph and the gateway')
  .action(() => start());

program
  .command('reset')
  .description('delete the local data directory ./.data')
  .action(() => reset());

program
  .command('compose')
  .description('print each subgraph SDL to schema/subgraphs/ and compose schema/supergraph.graphql')
  .option('--check', 'only report whether the committed files are current (exit 1 when stale)')
  .action(async (options: { check?: boolean }) => {
    // Loaded on demand: it pulls in every subgraph's schema code, which start/reset do not need.
    const { composeSupergraph, staleFiles, writeComposed } = await import('./compose.js');
    const files = await composeSupergraph();
    if (options.check) {
      const stale = staleFiles(files);
      if (stale.length) {
        console.error(`Stale: ${stale.join(', ')}. Run npm run compose.`);
        process.exitCode = 1;
      } else console.log('Supergraph is current.');
      return;
    }
    for (const file of writeComposed(files)) console.log(`wrote ${file}`);
  });

program.parseAsync().catch((error: Error) => {
  console.error(`sectorwars: ${error.message}`);
  process.exit(1);
});
