/** What the numbers were measured on: they mean little without it. */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { GIB } from './timing.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string | undefined;
  /** The 1-minute load average as the bench started and ended: above the core count, other work competed. */
  load: { start: number; end?: number };
  date: string;
}

export function machineInfo(browser: string | undefined): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: Number((totalmem() / GIB).toFixed(1)),
    os: `${type()} ${release()}`,
    node: process.version,
    browser,
    load: { start: Number(loadavg()[0]!.toFixed(2)) },
    date: new Date().toISOString(),
  };
}

export const currentLoad = (): number => Number(loadavg()[0]!.toFixed(2));
