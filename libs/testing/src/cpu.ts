import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) used so far by each platform process, from {@link cpuSnapshot}. */
export interface CpuSnapshot {
  /** pid → process name and its CPU seconds so far. */
  processes: Map<number, { name: string; seconds: number }>;
}

/**
 * CPU seconds used so far by the platform's processes on this Linux machine, from /proc, per
 * process: each service by its entry script (`subgraphs/<name>/dist/main.js`,
 * `apps/<name>/dist/main.js`) under its name, every Postgres process under `postgres`, and the
 * calling process under `ownName`. Benchmarks take one before and one after a phase and
 * compare them with {@link cpuSecondsBetween}. Processes that end while being read are skipped.
 */
export function cpuSnapshot(ownName = 'client'): CpuSnapshot {
  const processes = new Map<number, { name: string; seconds: number }>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const service = /(subgraphs|apps)\/([a-z-]+)\/dist\/main\.js/.exec(cmdline)?.[2];
      const name = service ?? (/postgres/.test(cmdline.split(' ')[0]) ? 'postgres' : undefined);
      if (!name || Number(pid) === process.pid) continue;
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), in clock ticks of 1/100 s.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      processes.set(Number(pid), { name, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // the process ended meanwhile
    }
  }
  const own = process.cpuUsage();
  processes.set(process.pid, { name: ownName, seconds: (own.user + own.system) / 1e6 });
  return { processes };
}

/**
 * CPU seconds each named process used between two snapshots. Compared per process: a process
 * that ended in between is left out (summing names instead would subtract the CPU it had used
 * before the first snapshot, e.g. a Postgres backend whose idle connection was closed), and one
 * that started in between counts from zero.
 */
export function cpuSecondsBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [pid, { name, seconds }] of after.processes) {
    const earlier = before.processes.get(pid);
    const used = earlier?.name === name ? seconds - earlier.seconds : seconds;
    totals[name] = (totals[name] ?? 0) + used;
  }
  return totals;
}

/**
 * How fast this machine runs a fixed single-threaded JavaScript workload right now, in ms
 * (300,000 small JSON stringify + parse rounds; the median of three). The machines here are
 * shared virtual machines whose speed drifts: the same workload took 280 ms at one moment and
 * 470 ms ten minutes later, with nothing else running on the machine. Benchmarks print it before and after
 * a run so a result can be read against the speed the machine had: higher is slower.
 * Run it while the services are idle (it takes ~1 s).
 */
export function machineSpeedMs(): number {
  const times: number[] = [];
  const value = { a: [1, 2, 3], b: 'hello world', c: { d: 1.5, e: true } };
  let sink = 0;
  for (let round = 0; round < 3; round += 1) {
    const start = performance.now();
    for (let i = 0; i < 100_000; i += 1) {
      sink += JSON.stringify(value).length;
      sink += (JSON.parse('{"a":[1,2,3],"b":"x"}') as { a: number[] }).a.length;
    }
    times.push(performance.now() - start);
  }
  if (sink < 0) throw new Error('unreachable');
  return Math.round(times.sort((a, b) => a - b)[1] * 3);
}
