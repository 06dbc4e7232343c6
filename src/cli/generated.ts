// Reads the generated assets from disk for the headless atlas, the tests and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACTS_FILE, VOORZIENINGEN_FILE, membershipFile, tableFile } from '../atlas/assets';
import type { Voorziening } from '../atlas/socialeKaart';
import type { Areas } from '../atlas/areas';
import { LEVEL_YEARS, type AreaLevel, type Level, type Membership } from '../atlas/geography';
import { withOwnColumns, type OwnIndicator } from '../atlas/ownIndicators';
import type { AreaReference } from '../atlas/tableKeys';
import type { AreaTable, IndicatorDef } from '../atlas/indicators';
import { builtInCatalogue } from '../../data/catalogue/catalogue';
import type { Facts } from '../../data/catalogue/facts';
import { levelAreas } from '../atlas/levelAreas';

/** The generated assets; ATLAS_GENERATED names another folder (as for the pipeline). */
export const GENERATED = process.env.ATLAS_GENERATED
  ? resolve(process.env.ATLAS_GENERATED)
  : resolve(fileURLToPath(import.meta.url), '../../../public/generated');

export class MissingAssetError extends Error {}

function readJson<T>(file: string): T {
  const path = join(GENERATED, file);
  if (!existsSync(path))
    throw new MissingAssetError(`${path} ontbreekt; voer eerst npm install (of npm run data) uit.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    throw new MissingAssetError(
      `${path} is beschadigd (geen leesbare JSON); draai npm run data om het opnieuw te maken.`,
    );
  }
}

export function readTable(level: AreaLevel, year: number): AreaTable {
  return readJson<AreaTable>(tableFile(level, year));
}

export function readMembership(year: number): Membership {
  return readJson<Membership>(membershipFile(year));
}

export function readAreas(level: Level, year: number): Areas {
  const areas = levelAreas(level, year, { table: readTable, membership: readMembership });
  if (!areas) throw new MissingAssetError(`Geen gegevens voor ${level} ${year}.`);
  return areas;
}

export function readVoorzieningen(): Voorziening[] {
  return readJson<Voorziening[]>(VOORZIENINGEN_FILE);
}

/** The Drechtsteden reference figures (the generated facts file). */
export function readFacts(): Facts {
  return readJson<Facts>(FACTS_FILE);
}

let catalogue: IndicatorDef[] | null = null;

/** Every built-in indicator, with the reference figures of the generated facts file. */
export function readCatalogue(): IndicatorDef[] {
  return (catalogue ??= builtInCatalogue(readFacts()));
}

export function findIndicator(id: string): IndicatorDef | undefined {
  return readCatalogue().find((d) => d.id === id);
}

/** The areas of a level with own indicators' columns added, as the browser adds them. */
export function readAreasWith(level: Level, year: number, own: OwnIndicator[]): Areas {
  const areas = levelAreas(level, year, {
    table: (l, y) => withOwnColumns(readTable(l, y), own),
    membership: readMembership,
  });
  if (!areas) throw new MissingAssetError(`Geen gegevens voor ${level} ${year}.`);
  return areas;
}

/** The codes and names an own file is matched against: the gemeenten of every year and the level's own. */
export function readReferences(level: AreaLevel): AreaReference[] {
  const levels: AreaLevel[] = level === 'gemeente' ? ['gemeente'] : ['gemeente', level];
  return levels.flatMap((l) =>
    LEVEL_YEARS[l].map((year) => {
      const t = readTable(l, year);
      return { level: l, year, codes: t.codes, names: t.names };
    }),
  );
}
