// The headless atlas run as a user runs it (npm run atlas -- …): its stdout, stderr and exit status.
import { spawnSync } from 'node:child_process';

export function atlas(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'atlas', '--', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
