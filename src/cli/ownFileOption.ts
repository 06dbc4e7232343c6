// The own-file options of the command line (--bestand, --kolom, --soort, --noemer, --wet): the file read
// as the browser reads it (UTF-8 or Windows-1252) and turned into an indicator by the same core
// function as the import dialog's defaults.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeBytes } from '../atlas/decode';
import type { AreaLevel } from '../atlas/geography';
import type { Law } from '../atlas/laws';
import { NOEMERS, OwnFileError, ownFromFile, type OwnFile } from '../atlas/ownFromFile';
import type { JoinReport } from '../atlas/tableJoin';
import { readReferences } from './generated';
import { UsageError } from './usage';

export const OWN_FILE_OPTIONS = {
  bestand: { type: 'string' },
  kolom: { type: 'string' },
  soort: { type: 'string' },
  noemer: { type: 'string' },
  wet: { type: 'string' },
} as const;

/** The laws by the short names the command line takes (geen: a count of something else). */
const WETTEN: Record<string, Law | null> = { wmo: 'Wmo 2015', jeugdwet: 'Jeugdwet', geen: null };

export interface OwnFileValues {
  bestand?: string;
  kolom?: string;
  soort?: string;
  noemer?: string;
  wet?: string;
}

export function readOwnFile(values: OwnFileValues, level: AreaLevel, year: number): OwnFile {
  const path = values.bestand!;
  if (!existsSync(path)) throw new UsageError(`Bestand "${path}" bestaat niet.`);
  if (!values.kolom) throw new UsageError('--kolom ontbreekt: geef de naam van de kolom met de cijfers.');
  if (values.soort !== undefined && values.soort !== 'aantal' && values.soort !== 'cijfer')
    throw new UsageError(`Onbekende soort "${values.soort}"; kies aantal of cijfer.`);
  if (values.noemer !== undefined && !Object.hasOwn(NOEMERS, values.noemer))
    throw new UsageError(`Onbekende noemer "${values.noemer}"; kies ${Object.keys(NOEMERS).join(', ')}.`);
  if (values.wet !== undefined && !Object.hasOwn(WETTEN, values.wet))
    throw new UsageError(`Onbekende wet "${values.wet}"; kies ${Object.keys(WETTEN).join(', ')}.`);
  try {
    return ownFromFile(
      decodeBytes(new Uint8Array(readFileSync(path))),
      {
        file: basename(path),
        column: values.kolom,
        level,
        year,
        ...(values.soort ? { kind: values.soort === 'aantal' ? 'count' : 'rate' } : {}),
        ...(values.noemer ? { denominator: NOEMERS[values.noemer] } : {}),
        ...(values.wet ? { law: WETTEN[values.wet] } : {}),
      },
      readReferences(level),
      new Date().toISOString(),
    );
  } catch (error) {
    if (error instanceof OwnFileError) throw new UsageError(error.message);
    throw error;
  }
}

/** The join report as the JSON output gives it. */
export function joinJson(report: JoinReport) {
  return {
    indeling: `${report.level} ${report.year}`,
    rijen: report.rowsRead,
    gevonden: report.matched.length,
    gebieden_in_indeling: report.areasInReference,
    niet_gevonden: report.unmatched.map((u) => ({ rij: u.row, waarde: u.value })),
    andere_indeling: report.otherIndeling.map((o) => ({ rij: o.row, code: o.code, jaren: o.years })),
    ander_niveau: report.otherLevel.map((o) => ({ rij: o.row, code: o.code })),
    totalen: report.aggregates.map((a) => ({ rij: a.row, waarde: a.value })),
    dubbel: report.duplicates.map((d) => ({ rij: d.row, code: d.code, eerste_rij: d.firstRow })),
    problemen: report.problems.map((p) => ({ rij: p.row, kolom: p.column, melding: p.message })),
  };
}
