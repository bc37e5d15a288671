/**
 * CPU time used by a process (user + system), so the Slack run can say which of the server, the
 * stand-in Web API and the load generator used the machine's cores. Linux only (/proc); NaN elsewhere.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on every Linux port Node runs on). */
const TICKS_PER_SECOND = 100;

/** Seconds of CPU `pid` has used so far (all its threads: JS, GC, libuv pool), or NaN if unknown. */
export function cpuSecondsOf(pid: number): number {
  if (pid === process.pid) {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** Machine-wide CPU seconds so far (all cores): busy (user, nice, system, irq, softirq) and stolen by the hypervisor. */
export interface MachineCpu {
  busy: number;
  /** Time the hypervisor gave to other guests while this one wanted it: on a shared VM it explains a slow run. */
  steal: number;
}

/** Reads /proc/stat; NaN fields off Linux. */
export function machineCpuSoFar(): MachineCpu {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND, steal: steal / TICKS_PER_SECOND };
  } catch {
    return { busy: NaN, steal: NaN };
  }
}
