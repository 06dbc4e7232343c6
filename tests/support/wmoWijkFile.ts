// A StatLine-style Wmo file for Dordrecht's wijken, as CBS exports it: semicolons, quotes, padded
// codes, thousands points, decimal commas, "." and "x", rows for Nederland and the gemeente, a
// wijk not in the 2015 indeling, a footnote, Windows-1252. The users are made from the kit's own
// wijk file: 8 % of the inhabitants of 15 and over, Wielwijk 60 % more, Dubbeldam 40 % less.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';

// Inhabitants of 15 and over per Dordrecht wijk, from the kit's own file.
const kit = Papa.parse<Record<string, string>>(readFileSync(resolve(kitRoot(), KIT_FILES.kwbWijk2015), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.filter((r) => r.GM_CODE === 'GM0505');
export const pop = new Map(
  kit.map((r) => [
    r.WK_CODE,
    (Number(r.AANT_INW) * (Number(r.P_15_24_JR) + Number(r.P_25_44_JR) + Number(r.P_45_64_JR) + Number(r.P_65_EO_JR))) /
      100,
  ]),
);
// Users: 8 % of 15+ in every wijk, Wielwijk 60 % more, Dubbeldam 40 % less; two wijken secret.
export const SECRET: Record<string, string> = { WK050519: '.', WK050598: 'x' };
export const users = new Map(
  [...pop].flatMap(([code, p]) =>
    SECRET[code] ? [] : [[code, Math.round(p * 0.08 * (code === 'WK050507' ? 1.6 : code === 'WK050510' ? 0.6 : 1))]],
  ),
);
const dutch = (n: number) => n.toLocaleString('nl-NL');
export const wmoWijkFile = (): Buffer =>
  Buffer.from(
    [
      '"Wmo-cliënten; financieringsvorm, wijken en buurten"',
      '"Wijken en buurten";"Codering";"Perioden";"Wmo-cliënten (aantal)";"Wmo-cliënten (per 1 000 inwoners)"',
      '"Nederland";"NL01      ";"2022";"1.234.567";"70,5"',
      '"Dordrecht";"GM0505    ";"2022";"9.535";"80,1"',
      ...[...pop.keys()].map((code) =>
        SECRET[code]
          ? `"Wijk";"${code}  ";"2022";"${SECRET[code]}";"${SECRET[code]}"`
          : `"Wijk";"${code}  ";"2022";"${dutch(users.get(code)!)}";"${dutch(Math.round(users.get(code)! / 10) / 10)}"`,
      ),
      '"Wijk";"WK059999  ";"2022";"15";"10,0"',
      '"Bron: CBS"',
    ].join('\r\n'),
    'latin1',
  );
export const COLUMN = 'Wmo-cliënten (aantal)';
