// Headless atlas: prints the numbers the map shows, through the same core as the browser.
// stdout carries only the requested table; messages go to stderr with a non-zero exit.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MissingAssetError } from './generated';
import { regionsCommand } from './regionsCommand';
import { tableCommand } from './tableCommand';
import { USAGE, UsageError } from './usage';
import { voorzieningenCommand } from './voorzieningenCommand';
import { wijkenCommand } from './wijkenCommand';

const COMMANDS: Record<string, (args: string[]) => string> = {
  table: tableCommand,
  regions: regionsCommand,
  voorzieningen: voorzieningenCommand,
  wijken: wijkenCommand,
};

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    const run = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(command ? `Onbekend commando "${command}".\n${USAGE}` : USAGE);
    process.stdout.write(run(rest));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    if (!(error instanceof UsageError) && !(error instanceof MissingAssetError)) process.stderr.write(`${USAGE}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A reader that stops early (`| head -1`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
