// Observed and corrected use side by side, classified as the SCP did: quintiles cut on the observed
// values (rank rule), and the corrected values placed with the same upper bounds.
import { classForBounds, classifyValues, type ClassResult } from './classify';
import type { Areas } from './areas';
import { correctAreas, correctRegions, type Corrected, type RiskModel } from './riskCorrection';

import { CLASS_LABELS_5 } from './format';

/** The SCP's names of the five quintiles. */
export const SCP_CLASSES = CLASS_LABELS_5;

export interface ComparisonRow {
  code: string;
  naam: string;
  observed: number | null;
  expected: number | null;
  corrected: number | null;
  /** 0-based classes; -1 when missing. */
  classObserved: number;
  classCorrected: number;
}

export interface Comparison {
  model: RiskModel;
  areas: Areas;
  rows: ComparisonRow[];
  /** The observed quintiles (bounds = the largest observed value per class). */
  observedClasses: ClassResult;
  countsObserved: number[];
  countsCorrected: number[];
  /** Areas whose class changes, in plain Dutch: "Rijnmond: erg hoog → hoog". */
  shifts: { code: string; naam: string; from: number; to: number; text: string }[];
  /** True for wijk and buurt: a gemeente-level model applied to smaller areas. */
  extrapolated: boolean;
}

export function compare(model: RiskModel, gemeenten: Areas, areas: Areas): Comparison {
  const gemeenteCorrected = correctAreas(model, gemeenten);
  const corrected: Corrected[] = areas.level === 'gemeente' ? gemeenteCorrected
    : areas.members ? correctRegions(model, gemeenten, gemeenteCorrected, areas)
      : correctAreas(model, areas);
  const observedClasses = classifyValues(corrected.map((c) => c.observed), areas.codes, { method: 'kwantiel', count: 5 });
  const rows = areas.codes.map((code, i): ComparisonRow => {
    const c = corrected[i];
    const classObserved = observedClasses.classOf[i];
    return {
      code, naam: areas.names[i],
      observed: c.observed.status === 'ok' ? c.observed.value : null,
      expected: c.expected, corrected: c.corrected,
      classObserved,
      classCorrected: c.corrected === null || classObserved < 0 ? -1 : classForBounds(c.corrected, observedClasses.bounds),
    };
  });
  const counts = (key: 'classObserved' | 'classCorrected') => SCP_CLASSES.map((_, k) => rows.filter((r) => r[key] === k).length);
  const shifts = rows
    .filter((r) => r.classObserved >= 0 && r.classCorrected >= 0 && r.classObserved !== r.classCorrected)
    .map((r) => ({ code: r.code, naam: r.naam, from: r.classObserved, to: r.classCorrected, text: `${r.naam}: ${SCP_CLASSES[r.classObserved]} → ${SCP_CLASSES[r.classCorrected]}` }));
  return {
    model, areas, rows, observedClasses, shifts,
    countsObserved: counts('classObserved'), countsCorrected: counts('classCorrected'),
    extrapolated: areas.level === 'wijk' || areas.level === 'buurt',
  };
}
