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

const deadLetters = program
  .command('dead-letters')
  .description("list and replay a service's dead letters (events its consumers gave up on)");
const databaseOption = [
  '--database-url <url>',
  'database (default: DATABASE_URL, else the embedded one of npm start)',
] as const;

deadLetters
  .command('list')
  .description('list pending dead letters, newest first')
  .requiredOption('--service <name>', 'owning service, e.g. identity')
  .option('--all', 'include replayed ones')
  .option(...databaseOption)
  .action(async (options: { service: string; all?: boolean; databaseUrl?: string }) => {
    const { openDeadLetters, EMBEDDED_DATABASE_URL } = await import('./dead-letters.js');
    const { store, close } = await openDeadLetters(
      options.service,
      options.databaseUrl ?? process.env.DATABASE_URL ?? EMBEDDED_DATABASE_URL,
    );
    try {
      const letters = await store.list({ pending: !options.all, first: 100 });
      if (!letters.length) console.log('No dead letters.');
      for (const l of letters) {
        console.log(
          `${l.id}  ${l.createdAt.toISOString()}  ${l.consumerGroup}  ${l.type ?? '(unreadable)'}  attempts=${l.attempts}${l.replayedAt ? '  replayed' : ''}\n    ${l.error.split('\n')[0]}`,
        );
      }
    } finally {
      await close();
    }
  });

deadLetters
  .command('replay <id>')
  .description('republish a dead letter to its topic (the failed consumer handles it again)')
  .requiredOption('--service <name>', 'owning service, e.g. identity')
  .option(...databaseOption)
  .action(async (id: string, options: { service: string; databaseUrl?: string }) => {
    const { openDeadLetters, EMBEDDED_DATABASE_URL } = await import('./dead-letters.js');
    const { store, close } = await openDeadLetters(
      options.service,
      options.databaseUrl ?? process.env.DATABASE_URL ?? EMBEDDED_DATABASE_URL,
    );
    try {
      const replayed = await store.replay(id);
      if (!replayed) throw new Error(`no pending dead letter ${id} in ${options.service}`);
      console.log(`Replayed ${id} onto ${replayed.topic}.`);
    } finally {
      await close();
    }
  });

program.parseAsync().catch((error: Error) => {
  console.error(`sectorwars: ${error.message}`);
  process.exit(1);
});
