// What the command line says when it is used wrongly: the message, and the usage of every command.
import { LEVELS, REGION_SYSTEMS } from '../atlas/geography';
import { CATEGORIES } from '../atlas/socialeKaart';

/** A mistake in the command: its message goes to stderr, without the usage text. */
export class UsageError extends Error {}

/** The levels the regions comparison can show. */
export const SYSTEMS = ['gemeente', ...REGION_SYSTEMS, 'wijk', 'buurt'];

export const USAGE = [
  `Gebruik: npm run atlas -- table --indicator <id> --niveau <${LEVELS.join('|')}> --jaar <jaar> [--klassen kwantiel-5] [--format csv|json]`,
  `         npm run atlas -- table --bestand <bestand> --kolom "<kolomnaam>" [--soort aantal|cijfer] [--noemer inwoners|0-14|15-64|15+|65+|huishoudens] --niveau <gemeente|wijk|buurt> --jaar <jaar> [--format csv|json]`,
  `         npm run atlas -- wijken --gemeente <GMxxxx> (--indicator <id> | --bestand <bestand> --kolom "<kolomnaam>" --soort aantal --noemer <noemer> [--wet wmo|jeugdwet|geen]) --jaar <jaar> [--basis gemeente|model] [--format csv|json]`,
  `         npm run atlas -- regions --indicator <id> --system <${SYSTEMS.join('|')}> [--jaar <jaar>] [--factors F1,F2,…] [--format csv|json]`,
  `         npm run atlas -- voorzieningen --gebied <buurt-, wijk-, gemeente- of regiocode> [--categorie ${Object.keys(CATEGORIES).join('|')}] [--format csv|json]`,
].join('\n');

export type Format = 'csv' | 'json';

/** The --format option, checked. */
export function formatOf(value: string | undefined): Format {
  if (value !== 'csv' && value !== 'json') throw new UsageError(`Onbekend formaat "${value}"; kies csv of json.`);
  return value;
}

/** JSON as the command line prints it: indented, one trailing newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
