// Levels, years and CBS codes: the one place that knows which area layers exist.

/** Areas with their own boundaries and table in the kit. */
export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/**
 * Region systems: unions of gemeenten defined by a membership table per year. Their shapes are
 * dissolved from the gemeente topology and their figures summed from the member gemeenten.
 */
export const REGION_SYSTEMS = ['arbeidsmarktregio', 'jeugdregio', 'wmoregio', 'corop'] as const;
export type RegionSystem = (typeof REGION_SYSTEMS)[number];

export const LEVELS = [...AREA_LEVELS, ...REGION_SYSTEMS] as const;
export type Level = AreaLevel | RegionSystem;

/** Years with boundaries and figures, per level. */
export const LEVEL_YEARS: Record<Level, readonly number[]> = {
  gemeente: [2015, 2022, 2023],
  wijk: [2015],
  buurt: [2015],
  arbeidsmarktregio: [2015, 2022],
  jeugdregio: [2015, 2022],
  wmoregio: [2015, 2022],
  corop: [2015, 2022],
};

/** Every year the atlas has, in order. */
export const YEARS: readonly number[] = [...new Set(Object.values(LEVEL_YEARS).flat())].sort((a, b) => a - b);

/** The year the atlas opens with: the one that has every level (wijken and buurten only exist for it). */
export const DEFAULT_YEAR = 2015;

export const LEVEL_LABELS: Record<Level, { one: string; many: string }> = {
  gemeente: { one: 'gemeente', many: 'gemeenten' },
  wijk: { one: 'wijk', many: 'wijken' },
  buurt: { one: 'buurt', many: 'buurten' },
  arbeidsmarktregio: { one: 'arbeidsmarktregio', many: "arbeidsmarktregio's" },
  jeugdregio: { one: 'jeugdregio', many: "jeugdregio's" },
  wmoregio: { one: 'Wmo-regio', many: "Wmo-regio's" },
  corop: { one: 'COROP-gebied', many: 'COROP-gebieden' },
};

const CODE_PATTERNS: Record<Level, RegExp> = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{6}$/,
  buurt: /^BU\d{8}$/,
  arbeidsmarktregio: /^AM\d{2}$/,
  jeugdregio: /^JZ\d{2}$/,
  wmoregio: /^WMO\d{2}$/,
  corop: /^CR\d{2}$/,
};

export function isRegionSystem(level: string): level is RegionSystem {
  return (REGION_SYSTEMS as readonly string[]).includes(level);
}

/** "Gemeenten", "Arbeidsmarktregio's": a level's plural with a capital. */
export function levelTitle(level: Level): string {
  const many = LEVEL_LABELS[level].many;
  return many[0].toUpperCase() + many.slice(1);
}

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

export function levelOfCode(code: string): Level | null {
  for (const level of LEVELS) if (CODE_PATTERNS[level].test(code)) return level;
  return null;
}

/** Asset base name shared by the pipeline (writer) and the loaders (reader). */
export function assetName(level: Level, year: number): string {
  return `${level}_${year}`;
}

/** Properties every generated geometry carries: code, name and parent codes. */
export interface AreaProperties {
  code: string;
  naam: string;
  gm?: string;
  wk?: string;
}

/** Bounds that frame the European Netherlands at start: [west, south, east, north]. */
export const NL_BOUNDS: [number, number, number, number] = [3.31, 50.75, 7.23, 53.56];

/** Which region each gemeente belongs to, per system, for one year (from the kit's membership table). */
export interface Membership {
  year: number;
  source: string;
  /** Gemeente codes; regionOf arrays are aligned with it. */
  gemeenten: string[];
  systems: Record<RegionSystem, { codes: string[]; names: string[]; regionOf: string[] }>;
}

/** Member gemeente codes of every region of a system, in the order of the system's codes. */
export function regionMembers(membership: Membership, system: RegionSystem): string[][] {
  const { codes, regionOf } = membership.systems[system];
  const index = new Map(codes.map((c, i) => [c, i]));
  const members: string[][] = codes.map(() => []);
  regionOf.forEach((region, i) => {
    const r = index.get(region);
    if (r !== undefined) members[r].push(membership.gemeenten[i]);
  });
  return members;
}
