// node:util parseArgs with its errors in Dutch, and a repeated option refused instead of the last
// one silently winning (an option marked multiple may repeat).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class ArgumentError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseDutch<O extends Options>(args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const option = /'([^']*)'/.exec(String((error as Error).message))?.[1] ?? '';
    const known = Object.keys(options)
      .map((o) => `--${o}`)
      .join(', ');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new ArgumentError(`Onbekende optie ${option.split(' ')[0]}. Deze opdracht kent: ${known}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new ArgumentError(
        `Optie ${option.split(' ')[0] || 'met een waarde'} heeft een waarde nodig, bijvoorbeeld ${option.split(' ')[0] || '--optie'} waarde.`,
      );
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new ArgumentError(
        `Onverwacht argument "${option}" zonder optie ervoor; geef elke waarde na een optie (${known}).`,
      );
    throw new ArgumentError(`De argumenten zijn niet te lezen: ${(error as Error).message}`);
  }
  const seen = new Map<string, number>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
  }
  for (const [name, count] of seen) {
    if (count > 1 && !options[name]?.multiple)
      throw new ArgumentError(`Optie --${name} staat er ${count} keer; geef haar één keer.`);
  }
  return parsed.values;
}
