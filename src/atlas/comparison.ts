// Observed and corrected use side by side, classified as the SCP did: quintiles cut on the observed
// values (rank rule), and the corrected values placed with the same upper bounds. Next to it the
// ratio observed / expected users with funnel limits: which areas deviate more than the model's
// noise and the differences between gemeenten explain.
import { classForBounds, classifyValues, type ClassResult } from './classify';
import type { Areas } from './areas';
import { correctAreas, correctRegions, type Corrected, type RiskModel } from './riskCorrection';
import { funnel, type Deviation, type FunnelPoint } from './funnel';
import { CLASS_LABELS_5, formatNumber } from './format';
import type { IndicatorDef } from './indicators';
import { isCrowded } from './nationalScale';

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
  /** Users observed and expected over the same gemeenten, and their reference population. */
  users: number | null;
  expectedUsers: number | null;
  population: number | null;
  /** Observed / expected users with its funnel limits and deviation; null when expected is missing. */
  funnel: FunnelPoint | null;
  /** A value over only some members: the members without a figure (regions of an outcome not
   *  published everywhere); null for complete values and for areas without a value. */
  incomplete: { missing: number; of: number } | null;
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
  /** Overdispersion of the ratios of these areas. */
  phi: number;
  /** Areas per outcome of the funnel. */
  deviationCounts: Record<Deviation, number>;
  /** The observed class (0-based) the national rate falls in: where corrected values gather. */
  nationalClass: number;
}

/** The SCP's classes: quintiles of the observed values (rank rule). Needs no model: the observed
 *  map is coloured even when no model can be made. */
export function observedQuintiles(areas: Areas, outcome: IndicatorDef): ClassResult {
  return classifyValues(areas.values(outcome), areas.codes, { method: 'kwantiel', count: 5 });
}

export function compare(model: RiskModel, gemeenten: Areas, areas: Areas): Comparison {
  const gemeenteCorrected = correctAreas(model, gemeenten);
  const corrected: Corrected[] =
    areas.level === 'gemeente'
      ? gemeenteCorrected
      : areas.members
        ? correctRegions(model, gemeenten, gemeenteCorrected, areas)
        : correctAreas(model, areas);
  const observedClasses = observedQuintiles(areas, model.outcome);
  const ratios = funnel(
    corrected.map((c) =>
      c.users !== null && c.expectedUsers !== null ? { observed: c.users, expected: c.expectedUsers } : null,
    ),
  );
  const rows = areas.codes.map((code, i): ComparisonRow => {
    const c = corrected[i];
    const classObserved = observedClasses.classOf[i];
    const observed = c.observed.status === 'ok' ? c.observed.value : null;
    return {
      code,
      naam: areas.names[i],
      observed,
      expected: c.expected,
      corrected: c.corrected,
      classObserved,
      classCorrected:
        c.corrected === null || classObserved < 0 ? -1 : classForBounds(c.corrected, observedClasses.bounds),
      users: c.users,
      expectedUsers: c.expectedUsers,
      population: c.population,
      funnel: ratios.points[i],
      incomplete: observed === null ? null : (c.incomplete ?? c.observed.incomplete ?? null),
    };
  });
  const counts = (key: 'classObserved' | 'classCorrected') =>
    SCP_CLASSES.map((_, k) => rows.filter((r) => r[key] === k).length);
  const shifts = rows
    .filter((r) => r.classObserved >= 0 && r.classCorrected >= 0 && r.classObserved !== r.classCorrected)
    .map((r) => ({
      code: r.code,
      naam: r.naam,
      from: r.classObserved,
      to: r.classCorrected,
      text: `${r.naam}: ${SCP_CLASSES[r.classObserved]} → ${SCP_CLASSES[r.classCorrected]}`,
    }));
  const deviationCounts: Record<Deviation, number> = { lager: 0, binnen: 0, hoger: 0 };
  for (const r of rows) if (r.funnel) deviationCounts[r.funnel.deviation]++;
  return {
    model,
    areas,
    rows,
    observedClasses,
    shifts,
    countsObserved: counts('classObserved'),
    countsCorrected: counts('classCorrected'),
    extrapolated: areas.level === 'wijk' || areas.level === 'buurt',
    phi: ratios.phi,
    deviationCounts,
    nationalClass: observedClasses.bounds.length > 0 ? classForBounds(model.nationalRate, observedClasses.bounds) : 0,
  };
}

/** "landelijk 39,9 — in klasse 4 (hoog)" */
export function nationalClassText(c: Comparison): string {
  return `landelijk ${formatNumber(c.model.nationalRate, c.model.outcome.decimals)} — in klasse ${c.nationalClass + 1} (${SCP_CLASSES[c.nationalClass]})`;
}

/**
 * Why most corrected areas share one class, when more than half do: corrected values gather
 * around the national rate, so they land in whichever observed class holds it. Null otherwise.
 */
export function crowdingText(c: Comparison): string | null {
  if (!isCrowded(c.countsCorrected)) return null;
  const total = c.countsCorrected.reduce((a, b) => a + b, 0);
  const k = c.countsCorrected.indexOf(Math.max(...c.countsCorrected));
  const rate = formatNumber(c.model.nationalRate, c.model.outcome.decimals);
  const where =
    k === c.nationalClass
      ? `het landelijk gebruik (${rate}) in die klasse valt`
      : `de gecorrigeerde waarden daar dicht bij het landelijk gebruik (${rate}) liggen`;
  return `${c.countsCorrected[k]} van de ${total} gebieden vallen na correctie in klasse "${SCP_CLASSES[k]}": de correctie trekt het gebruik naar het landelijk gebruik toe en ${where}. Dat zegt niet dat die gebieden hoog of laag scoren; kijk voor echte afwijkingen naar de verhouding waargenomen/verwacht hieronder.`;
}
