// Levels, years and CBS codes: the one place that knows which area layers exist.

export const LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export type Level = (typeof LEVELS)[number];

/** Years with boundaries and a table, per level. */
export const LEVEL_YEARS: Record<Level, readonly number[]> = {
  gemeente: [2015, 2023],
  wijk: [2015],
  buurt: [2015],
};

export const LEVEL_LABELS: Record<Level, { one: string; many: string }> = {
  gemeente: { one: 'gemeente', many: 'gemeenten' },
  wijk: { one: 'wijk', many: 'wijken' },
  buurt: { one: 'buurt', many: 'buurten' },
};

const CODE_PATTERNS: Record<Level, RegExp> = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{6}$/,
  buurt: /^BU\d{8}$/,
};

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
