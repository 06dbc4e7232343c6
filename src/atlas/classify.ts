// Classification of area values into 3–7 ordered classes. Pure functions over plain data:
// the browser legend, the map colours and the headless tables all come from classifyValues().
import { ckmeans } from 'simple-statistics';
import type { AreaValue } from './indicators';

export type ClassMethod = 'kwantiel' | 'gelijk' | 'natuurlijk' | 'handmatig';
export const CLASS_METHODS: readonly ClassMethod[] = ['kwantiel', 'gelijk', 'natuurlijk', 'handmatig'];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

export interface Classification {
  method: ClassMethod;
  /** Number of classes (for manual breaks: breaks.length + 1). */
  count: number;
  /** Upper bounds for manual breaks, strictly increasing; class i holds values ≤ breaks[i]. */
  breaks?: number[];
}

export interface ClassInfo {
  /** 0-based class index; shown to people as index + 1. */
  index: number;
  /** Range shown in the legend: the bounds of the class (or its smallest and largest member for quantiles). */
  from: number | null;
  to: number | null;
  /** Smallest and largest value that fell in the class; null when empty. */
  min: number | null;
  max: number | null;
  count: number;
}

export interface ClassResult {
  classification: Classification;
  /** Class index per input value, aligned with the input; -1 for missing values. */
  classOf: Int8Array;
  classes: ClassInfo[];
  /** Upper bound of each class except the last (the values the classes were cut at). */
  bounds: number[];
  missing: { secret: number; nodata: number };
  /** All present values are equal, so there is nothing to classify: they share class 0. */
  allEqual: boolean;
  /** Quantile cuts that fall inside a run of equal values (those areas are split by code). */
  splitTies: number;
  /** Classes lost because equal values made quantile cuts coincide (ties merged; 0 otherwise). */
  merged: number;
  /** The first class holds exactly the areas with value 0 (more than ZERO_CLASS_SHARE of them). */
  zeroClass: boolean;
}

/** How quantiles treat equal values: 'split' ranks them by code (the SCP's rule, used for the
 *  risk correction's quintiles); 'merge' keeps equal values in one class, so classes can merge. */
export type TieRule = 'split' | 'merge';

/** From this share of areas with exactly 0, zero gets a class of its own ("0 — geen"). */
export const ZERO_CLASS_SHARE = 0.1;

/**
 * Upper bounds of quantile classes that keep equal values together: the j-th cut is the value at
 * rank ⌈j·n/k⌉ (1-based), so a run of equal values lies in one class; cuts that coincide merge
 * their classes. With more than ZERO_CLASS_SHARE exact zeros (and no negative values), 0 is a class
 * of its own and the other classes divide the values above it.
 */
export function tieAwareQuantileBounds(sorted: number[], classes: number): { bounds: number[]; zeroClass: boolean } {
  const n = sorted.length;
  const zeros = sorted.filter((v) => v === 0).length;
  const zeroClass = n > 0 && sorted[0] >= 0 && zeros > ZERO_CLASS_SHARE * n && zeros < n && classes - 1 >= 2;
  const rest = zeroClass ? sorted.slice(zeros) : sorted;
  const parts = zeroClass ? classes - 1 : classes;
  const cuts: number[] = zeroClass ? [0] : [];
  for (let j = 1; j < parts; j++) cuts.push(rest[Math.ceil((j * rest.length) / parts) - 1]);
  const highest = sorted[n - 1];
  const bounds = [...new Set(cuts)].filter((b) => b < highest).sort((a, b) => a - b);
  return { bounds, zeroClass };
}

interface Item {
  value: number;
  code: string;
  position: number;
}

export function isValidClassification(c: Classification): boolean {
  if (!CLASS_METHODS.includes(c.method)) return false;
  if (!Number.isInteger(c.count) || c.count < MIN_CLASSES || c.count > MAX_CLASSES) return false;
  if (c.method === 'handmatig') {
    const b = c.breaks;
    if (!b || b.length !== c.count - 1 || b.some((v) => !Number.isFinite(v))) return false;
    return b.every((v, i) => i === 0 || v > b[i - 1]);
  }
  return true;
}

/** Quintile rule of the SCP: sort by value then code, class k = floor(rank × n_classes / n). */
export function quantileClassOf(rank: number, n: number, classes: number): number {
  return Math.floor((rank * classes) / n);
}

/** Upper bounds for equal intervals between min and max. */
export function equalIntervalBounds(min: number, max: number, classes: number): number[] {
  const width = (max - min) / classes;
  return Array.from({ length: classes - 1 }, (_, i) => min + width * (i + 1));
}

/** Upper bounds from ckmeans clusters: each bound is the largest value of a cluster. */
export function naturalBreakBounds(sortedValues: number[], classes: number): number[] {
  const distinct = new Set(sortedValues).size;
  const k = Math.min(classes, distinct);
  const clusters = ckmeans(sortedValues, k);
  return clusters.slice(0, -1).map((cluster) => cluster[cluster.length - 1]);
}

/** First class whose upper bound the value does not exceed; above all bounds: the last class. */
export function classForBounds(value: number, bounds: number[]): number {
  for (let i = 0; i < bounds.length; i++) if (value <= bounds[i]) return i;
  return bounds.length;
}

export function classifyValues(
  values: AreaValue[],
  codes: string[],
  classification: Classification,
  ties: TieRule = 'split',
): ClassResult {
  if (!isValidClassification(classification))
    throw new Error(`Ongeldige klassenindeling: ${JSON.stringify(classification)}`);
  const classOf = new Int8Array(values.length).fill(-1);
  const missing = { secret: 0, nodata: 0 };
  const items: Item[] = [];
  values.forEach((v, position) => {
    if (v.status === 'ok' && v.value !== null && Number.isFinite(v.value))
      items.push({ value: v.value, code: codes[position], position });
    else if (v.status === 'secret') missing.secret++;
    else missing.nodata++;
  });
  items.sort((a, b) => a.value - b.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const k = classification.count;
  const allEqual = items.length > 0 && items[0].value === items[items.length - 1].value;
  let bounds: number[] = [];
  let zeroClass = false;
  const mergeTies = ties === 'merge' && classification.method === 'kwantiel';
  if (allEqual) {
    for (const item of items) classOf[item.position] = 0;
  } else if (mergeTies) {
    ({ bounds, zeroClass } = tieAwareQuantileBounds(
      items.map((i) => i.value),
      k,
    ));
    for (const item of items) classOf[item.position] = classForBounds(item.value, bounds);
  } else if (classification.method === 'kwantiel') {
    items.forEach((item, rank) => {
      classOf[item.position] = quantileClassOf(rank, items.length, k);
    });
  } else {
    const sorted = items.map((i) => i.value);
    if (classification.method === 'gelijk' && items.length > 0)
      bounds = equalIntervalBounds(sorted[0], sorted[sorted.length - 1], k);
    if (classification.method === 'natuurlijk' && items.length > 0) bounds = naturalBreakBounds(sorted, k);
    if (classification.method === 'handmatig') bounds = classification.breaks ?? [];
    for (const item of items) classOf[item.position] = classForBounds(item.value, bounds);
  }
  const shown = mergeTies && !allEqual ? bounds.length + 1 : k;
  const classes: ClassInfo[] = Array.from({ length: shown }, (_, index) => ({
    index,
    from: null,
    to: null,
    min: null,
    max: null,
    count: 0,
  }));
  for (const item of items) {
    const c = classes[classOf[item.position]];
    c.count++;
    if (c.min === null || item.value < c.min) c.min = item.value;
    if (c.max === null || item.value > c.max) c.max = item.value;
  }
  if (classification.method === 'kwantiel' || allEqual) {
    for (const c of classes) {
      c.from = c.min;
      c.to = c.max;
    }
    // A quantile class is cut at its largest member, as the SCP reuses it for corrected values.
    if (!mergeTies && !allEqual) bounds = classes.slice(0, -1).map((c) => c.max ?? Number.NaN);
  } else {
    const manual = classification.method === 'handmatig';
    const lowest = items.length > 0 ? items[0].value : null;
    const highest = items.length > 0 ? items[items.length - 1].value : null;
    // Manual classes are open-ended ("≤ a", "> b"); the others run from the lowest to the highest value.
    classes.forEach((c, i) => {
      c.from = i === 0 ? (manual ? null : lowest) : (bounds[i - 1] ?? null);
      c.to = i === k - 1 ? (manual ? null : highest) : (bounds[i] ?? null);
    });
  }
  let splitTies = 0;
  if (classification.method === 'kwantiel' && !mergeTies) {
    for (let i = 1; i < classes.length; i++)
      if (classes[i].min !== null && classes[i].min === classes[i - 1].max) splitTies++;
  }
  return {
    classification,
    classOf,
    classes,
    bounds,
    missing,
    allEqual,
    splitTies,
    merged: allEqual ? 0 : k - shown,
    zeroClass,
  };
}

/** The five quantile classes carry their names (erg laag … erg hoog) only when all five remain. */
export function isNamedQuintiles(result: ClassResult): boolean {
  const c = result.classification;
  return c.method === 'kwantiel' && c.count === 5 && result.classes.length === 5 && !result.zeroClass;
}

/** What the legend, the export and the CLI say about merged classes and a class of zeros. */
export function classNotes(result: ClassResult, areasWord: string): string[] {
  const notes: string[] = [];
  if (result.zeroClass) {
    const present = result.classes.reduce((n, c) => n + c.count, 0);
    const zeros = result.classes[0].count;
    notes.push(
      `${Math.round((100 * zeros) / present)}% van de ${areasWord} met een waarde heeft precies 0: die vormen de klasse "0 — geen"; de andere klassen verdelen de ${areasWord} boven 0.`,
    );
  }
  if (result.merged > 0) {
    notes.push(
      `Van de ${result.classification.count} gevraagde klassen ${result.classes.length === 1 ? 'blijft er 1' : `blijven er ${result.classes.length}`} over: ${result.merged === 1 ? 'een klassegrens viel' : `${result.merged} klassegrenzen vielen`} samen door gelijke waarden, en gelijke waarden krijgen altijd dezelfde kleur.`,
    );
  }
  return notes;
}
