import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Clock ticks a second of /proc's CPU times (`getconf CLK_TCK`: 100 on Linux everywhere that matters). */
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 100;
/** Scanning every process for PostgreSQL's backends costs more than reading five status files: once a second. */
const POSTGRES_SCAN_MS = 1000;

export interface WatchedProcess {
  name: string;
  pid: number;
}

export interface PhaseFigures {
  phase: string;
  ms: number;
  samples: number;
  /** Peak VmRSS in the phase, MiB, by process name. */
  peakRssMiB: Record<string, number>;
  /**
   * CPU seconds (user + system) spent in the phase, by process name, plus `postgres` (all its processes, whichever
   * database they serve) and `bench` (this process).
   */
  cpuSeconds: Record<string, number>;
  /** CPU seconds the whole machine was busy (all cores, from /proc/stat), and how many cores it has. */
  machineBusySeconds: number;
  cores: number;
  load1Start: number;
  load1End: number;
}

/**
 * The apps the test harness started, as processes: it spawns `node dist/apps/<name>/main.js` as a child of this
 * process and keeps the child to itself, so they are found in /proc by their parent and their main file (another
 * engineer's apps on the same machine have another parent).
 */
function findAppProcesses(names: readonly string[]): WatchedProcess[] {
  const found: WatchedProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const cmdline = readProc(pid, 'cmdline')?.split('\0') ?? [];
    const name = names.find((one) => cmdline.some((arg) => arg.endsWith(`dist/apps/${one}/main.js`)));
    if (name && parentOf(pid) === process.pid) found.push({ name, pid });
  }
  const missing = names.filter((name) => !found.some((one) => one.name === name));
  if (missing.length > 0) throw new Error(`no process found for ${missing.join(', ')}`);
  return found;
}

/** A child of this process by its executable's name (the test harness's nats-server), if there is one. */
function findChildProcess(name: string, comm: string): WatchedProcess | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (parentOf(pid) === process.pid && readProc(pid, 'comm')?.trim() === comm) return { name, pid };
  }
  return undefined;
}

/** The apps the test harness started and its nats-server: what a benchmark's memory figures are about. */
export function findSystemProcesses(apps: readonly string[]): WatchedProcess[] {
  const nats = findChildProcess('nats-server', 'nats-server');
  return [...findAppProcesses(apps), ...(nats ? [nats] : [])];
}

/**
 * Samples each watched process's resident memory (VmRSS) every 100 ms, and the CPU time of the processes, of
 * PostgreSQL and of the whole machine at each phase's start and end: a phase's figures say what each process cost
 * and how busy the machine was meanwhile (with another engineer's builds, or not).
 */
export class ProcessMonitor {
  private readonly overallPeak = new Map<string, number>();
  private phasePeak = new Map<string, number>();
  private phaseSamples = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly postgresTimer: NodeJS.Timeout;
  /** The last CPU ticks seen of each PostgreSQL process, so a backend that ends mid-phase still counts. */
  private readonly postgresTicks = new Map<number, number>();

  constructor(private readonly processes: WatchedProcess[]) {
    this.sample();
    this.scanPostgres();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.postgresTimer = setInterval(() => this.scanPostgres(), POSTGRES_SCAN_MS);
  }

  /** Measures a phase: what `work` returns, and the figures of the processes while it ran. */
  async phase<T>(phase: string, work: () => Promise<T>): Promise<{ value: T; figures: PhaseFigures }> {
    this.phasePeak = new Map();
    this.phaseSamples = 0;
    this.sample();
    this.scanPostgres();
    const cpuBefore = this.cpuTicks();
    const postgresBefore = new Map(this.postgresTicks);
    const machineBefore = machineTicks();
    const benchBefore = process.cpuUsage();
    const load1Start = loadavg()[0];
    const started = performance.now();
    const value = await work();
    const ms = performance.now() - started;
    this.sample();
    this.scanPostgres();
    const cpuAfter = this.cpuTicks();
    const machineAfter = machineTicks();
    let postgresTicks = 0;
    for (const [pid, ticks] of this.postgresTicks) postgresTicks += ticks - (postgresBefore.get(pid) ?? 0);
    const cpuSeconds: Record<string, number> = {};
    for (const { name } of this.processes)
      cpuSeconds[name] = ((cpuAfter.get(name) ?? 0) - (cpuBefore.get(name) ?? 0)) / TICKS_PER_SECOND;
    cpuSeconds['postgres'] = postgresTicks / TICKS_PER_SECOND;
    const bench = process.cpuUsage(benchBefore);
    cpuSeconds['bench'] = (bench.user + bench.system) / 1e6;
    return {
      value,
      figures: {
        phase,
        ms,
        samples: this.phaseSamples,
        peakRssMiB: Object.fromEntries(this.phasePeak),
        cpuSeconds,
        machineBusySeconds: (machineAfter.busy - machineBefore.busy) / TICKS_PER_SECOND,
        cores: machineAfter.cores,
        load1Start,
        load1End: loadavg()[0],
      },
    };
  }

  /** The peak of each process since the monitor started, MiB. */
  peaks(): Record<string, number> {
    return Object.fromEntries(this.overallPeak);
  }

  stop(): void {
    clearInterval(this.timer);
    clearInterval(this.postgresTimer);
  }

  private sample(): void {
    this.phaseSamples += 1;
    for (const { name, pid } of this.processes) {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readProc(pid, 'status') ?? '');
      if (!match) continue;
      const mib = Number(match[1]) / 1024;
      if (mib > (this.phasePeak.get(name) ?? 0)) this.phasePeak.set(name, mib);
      if (mib > (this.overallPeak.get(name) ?? 0)) this.overallPeak.set(name, mib);
    }
  }

  private cpuTicks(): Map<string, number> {
    return new Map(this.processes.map(({ name, pid }) => [name, processTicks(pid) ?? 0]));
  }

  private scanPostgres(): void {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      if (readProc(pid, 'comm')?.trim() !== 'postgres') continue;
      const ticks = processTicks(pid);
      if (ticks !== undefined) this.postgresTicks.set(pid, ticks);
    }
  }
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** /proc/<pid>/stat's fields after the command (which may hold spaces), from its closing parenthesis. */
function statFields(pid: number): string[] | undefined {
  const stat = readProc(pid, 'stat');
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : undefined;
}

/** utime + stime (fields 14 and 15 of stat; 12 and 13 after the command). */
function processTicks(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[11]) + Number(fields[12]) : undefined;
}

/** Busy ticks of all cores together (everything but idle and iowait), from the first line of /proc/stat. */
function machineTicks(): { busy: number; cores: number } {
  const stat = readFileSync('/proc/stat', 'utf8');
  const [, ...values] = stat.split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  const cores = stat.split('\n').filter((line) => /^cpu\d+ /.test(line)).length;
  return { busy: user + nice + system + irq + softirq + steal, cores };
}
