// Locates the source kit and reads its files. The kit is never copied into the repository:
// the pipelines read it from ATLAS_SOURCES (default ../shared/atlas-sources) on every build.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class KitMissingError extends Error {}

export function kitRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.ATLAS_SOURCES ?? '../shared/atlas-sources');
}

/** Paths (relative to the kit root) of every file the pipelines read. */
export const KIT_FILES = {
  gemeente2015: 'boundaries/gemeente_2015.topojson',
  gemeente2022: 'boundaries/gemeente_2022.geojson',
  gemeente2023: 'boundaries/gemeente_2023.geojson',
  wijk2015: 'boundaries/wijk_2015.geojson',
  buurt2015: 'boundaries/buurt_2015.geojson',
  kwbGemeente2015: 'indicators/kwb_2015_gemeente.csv',
  kwbWijk2015: 'indicators/kwb_2015_wijk.csv',
  kwbBuurt2015: 'indicators/kwb_2015_buurt.csv',
  kwbGemeente2022: 'indicators/kwb_2022_gemeente.csv',
  membership2015: 'memberships/gemeente_regio_2015.csv',
  membership2022: 'memberships/gemeente_regio_2022.csv',
  factsDrechtsteden2016: 'facts/drechtsteden_2016.csv',
  poiGgz: 'poi/ggz.geojson',
  poiGhz: 'poi/ghz.geojson',
  poiVvt: 'poi/vvt.geojson',
  poiZiekenhuis: 'poi/ziekenhuis.geojson',
  poiGemeentehuizen: 'poi/gemeentehuizen.geojson',
  poiBo: 'poi/scholenonderwijs_bo.geojson',
  poiVo: 'poi/scholenonderwijs_vo.geojson',
  poiBoSpec: 'poi/scholenonderwijs_bo_spec.geojson',
} as const;

export type KitFile = keyof typeof KIT_FILES;

export function assertKit(root: string): void {
  const missing = Object.values(KIT_FILES).filter((f) => !existsSync(resolve(root, f)));
  if (missing.length === Object.keys(KIT_FILES).length) {
    throw new KitMissingError(
      `Bronbestanden niet gevonden in ${root}. Zet ATLAS_SOURCES op de map van de bronkit, bijvoorbeeld: ATLAS_SOURCES=/pad/naar/atlas-sources npm install`,
    );
  }
  if (missing.length > 0) {
    throw new KitMissingError(`Bronkit in ${root} is onvolledig; ontbrekend: ${missing.join(', ')}`);
  }
}

export function readKitText(root: string, file: KitFile): string {
  return readFileSync(resolve(root, KIT_FILES[file]), 'utf8');
}
