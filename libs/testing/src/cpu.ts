import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) used so far by the platform's processes on this Linux machine,
 * from /proc: each service by its entry script (`subgraphs/<name>/dist/main.js`,
 * `apps/<name>/dist/main.js`), every Postgres process summed as `postgres`, and the calling
 * process as `ownName`. Benchmarks take it before and after a phase to report CPU per request.
 * Processes that end while being read are skipped.
 */
export function cpuSecondsByProcess(ownName = 'client'): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const service = /(subgraphs|apps)\/([a-z-]+)\/dist\/main\.js/.exec(cmdline)?.[2];
      const name = service ?? (/postgres/.test(cmdline.split(' ')[0]) ? 'postgres' : undefined);
      if (!name) continue;
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), in clock ticks of 1/100 s.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      totals[name] = (totals[name] ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  const own = process.cpuUsage();
  totals[ownName] = (own.user + own.system) / 1e6;
  return totals;
}
