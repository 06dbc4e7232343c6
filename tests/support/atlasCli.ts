// The headless atlas run as a user runs it (npm run atlas -- …): its stdout, stderr and exit status.
import { spawnSync } from 'node:child_process';

export function atlas(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'atlas', '--', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The regions report of the Wmo-regio's 2022, which several tests hold the screen and the core against. */
export const WMO_REGIONS_2022 = ['regions', '--indicator', 'wmo_per_1000', '--jaar', '2022', '--system', 'wmoregio'];
