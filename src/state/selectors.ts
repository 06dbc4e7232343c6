// Derived values, memoised on the references they depend on: a change of indicator recomputes
// the choropleth once, and every component reading it gets the same object.
import { buildChoropleth, type Choropleth } from '../atlas/choropleth';
import { assetName, isRegionSystem } from '../atlas/geography';
import type { Areas } from '../atlas/areas';
import { levelAreas } from '../atlas/levelAreas';
import type { IndicatorDef } from '../atlas/indicators';
import { defaultFactors } from '../../data/catalogue/riskFactors';
import { filterPoints, nearest, type Category, type Voorziening } from '../atlas/socialeKaart';
import { buildClusterIndex, type ClusterIndex } from '../atlas/clusters';
import { ownCategories, withoutHidden } from '../atlas/ownCategories';
import { NODATA_COLOR, SECRET_COLOR, hexToRgba, paletteColors, type RGBA } from '../atlas/palettes';
import type { AtlasState } from './store';
import { isPendingIndicator, selectCatalogue as catalogueSelector } from './catalogue';
import { tableSources } from './tables';
import { regionGeometry, type Geometry } from '../atlas/regionGeometry';

export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let result: R;
  return (...args: A) => {
    if (last && last.length === args.length && last.every((v, i) => v === args[i])) return result;
    // Remember the arguments only once the result exists: a call that threw must throw again
    // (for the error boundary), not return a stale or undefined result.
    result = fn(...args);
    last = args;
    return result;
  };
}

/** Every indicator: the built-in catalogue and the user's imported ones. */
export const selectCatalogue = (s: AtlasState): IndicatorDef[] => catalogueSelector(s);
export const selectDef = (s: AtlasState): IndicatorDef =>
  selectCatalogue(s).find((d) => d.id === s.indicator) ?? selectCatalogue(s)[0];
export const selectKey = (s: AtlasState): string => assetName(s.level, s.year);
export const selectLoadError = (s: AtlasState): string | undefined => s.loadErrors[selectKey(s)];

const gemeenteKey = (s: AtlasState) => assetName('gemeente', s.year);

const regionGeometryOf = memo(regionGeometry);

export function selectGeometry(s: AtlasState): Geometry | undefined {
  if (!isRegionSystem(s.level)) return s.geometries[selectKey(s)];
  const gemeenten = s.geometries[gemeenteKey(s)];
  const membership = s.memberships[s.year];
  return gemeenten && membership ? regionGeometryOf(gemeenten, membership, s.level) : undefined;
}

/** The areas of the chosen level and year with their values; regions are summed from gemeenten. */
export function selectAreas(s: AtlasState): Areas | undefined {
  return levelAreas(s.level, s.year, tableSources(s));
}

const choroplethOf = memo(buildChoropleth);

export function selectChoropleth(s: AtlasState): Choropleth | null {
  const areas = selectAreas(s);
  // A link to an imported indicator or a reference figure waits until its source is read.
  if (!areas || isPendingIndicator(s)) return null;
  return choroplethOf(areas, selectDef(s), s.classification);
}

export interface FeatureColors {
  /** The areas' codes, in the order of the colours. */
  codes: readonly string[];
  /** RGBA per area, in the order of the codes. */
  colors: Uint8ClampedArray;
  /** Changes whenever the colours change: the layers' update trigger. */
  key: string;
  /** Areas outlined dashed: regions whose value leaves out members without a figure (onvolledig). */
  incomplete: string[];
}

const regionCodesOf = memo((geometry: Geometry): string[] => geometry.features.map((f) => f.properties.code));

/** The codes of the chosen level's areas, the order of their colours. For the levels drawn from
 *  tiles these are the table's: the map colours its tiles by code, so it need not wait for the
 *  atlas's own copy of the shapes (a buurt topology takes longer to read than the tiles in view).
 *  Regions are dissolved here, from the gemeente shapes. */
export function selectAreaCodes(s: AtlasState): readonly string[] | undefined {
  if (!isRegionSystem(s.level)) return s.tables[selectKey(s)]?.codes;
  const geometry = selectGeometry(s);
  return geometry ? regionCodesOf(geometry) : undefined;
}

let colorKey = 0;

/** RGBA per area from a class per row (-1 = missing: grey, darker when secret). */
export function classColors(
  codes: readonly string[],
  rowOf: Map<string, number>,
  classOf: ArrayLike<number>,
  isSecret: (row: number) => boolean,
  palette: AtlasState['palette'] | readonly string[],
  count: number,
  isIncomplete: (row: number) => boolean = () => false,
): FeatureColors {
  const scheme = (typeof palette === 'string' ? paletteColors(palette, count) : palette).map(hexToRgba);
  const colors = new Uint8ClampedArray(codes.length * 4);
  const incomplete: string[] = [];
  codes.forEach((code, i) => {
    const row = rowOf.get(code) ?? -1;
    let color: RGBA = NODATA_COLOR;
    if (row >= 0) {
      const k = classOf[row];
      if (k >= 0) color = scheme[k];
      else if (isSecret(row)) color = SECRET_COLOR;
      if (isIncomplete(row)) incomplete.push(code);
    }
    colors.set(color, i * 4);
  });
  return { codes, colors, key: `${++colorKey}`, incomplete };
}

const colorsOf = memo(
  (codes: readonly string[], choropleth: Choropleth, palette: AtlasState['palette']): FeatureColors =>
    classColors(
      codes,
      choropleth.rowOf,
      choropleth.result.classOf,
      (row) => choropleth.values[row].status === 'secret',
      palette,
      choropleth.result.classes.length,
      (row) => choropleth.values[row].incomplete !== undefined,
    ),
);

export function selectFeatureColors(s: AtlasState): FeatureColors | null {
  const codes = selectAreaCodes(s);
  const choropleth = selectChoropleth(s);
  if (!codes || !choropleth) return null;
  return colorsOf(codes, choropleth, s.palette);
}

const NO_FACTORS: string[] = [];
export const selectFactorIds = (s: AtlasState): string[] => s.factors ?? defaultFactors(selectDef(s)) ?? NO_FACTORS;

/** Whether the map is asked to show the selected area's parts against its own rate. */
export const showsWithinMap = (s: AtlasState): boolean => s.withinMap && s.selection !== null && s.mode === 'kaart';

/** The key of what should be on screen: the map marks a frame drawn with it (for tests and the benchmark). */
export function selectDrawKey(s: AtlasState): string {
  // The points are part of what is drawn: a filter change marks a new frame too.
  const poi = s.showPoi
    ? `_poi${selectVisiblePoints(s).length}-${s.poiCategories.join('.')}-${s.poiText}-${s.poiWet}-${s.poiToegang}-${s.hiddenOwnCategories.length}`
    : '';
  const classes =
    s.mode === 'vergelijken'
      ? `scp_${selectFactorIds(s).join('-')}${s.correctedScale === 'scp' ? '' : `_${s.correctedScale}`}`
      : `${s.classification.method}${s.classification.count}${s.classification.breaks?.join('_') ?? ''}`;
  // The deviations from a gemeente's rate, when the map shows them.
  const within = showsWithinMap(s) ? `_afwijking-${s.selection}` : '';
  return `${s.level}_${s.year}_${s.indicator}_${classes}_${s.palette}${poi}${within}`;
}

const allPointsOf = memo((points: Voorziening[] | null, own: AtlasState['ownLists']): Voorziening[] =>
  own.length === 0 ? (points ?? NO_POINTS) : [...(points ?? []), ...own.flatMap((l) => l.points)],
);

/** The kit's points and the team's own lists together. */
export const selectAllPoints = (s: AtlasState): Voorziening[] => allPointsOf(s.voorzieningen, s.ownLists);

const visiblePointsOf = memo(
  (points: Voorziening[], categories: Category[], text: string, wet: string, toegang: string, hidden: string[]) =>
    withoutHidden(filterPoints(points, { categories, text, wet, toegang }), hidden),
);

const ownCategoriesOf = memo(ownCategories);
/** The team categories of every own point, in order of first appearance (their colours follow it). */
export const selectOwnCategories = (s: AtlasState): string[] => ownCategoriesOf(selectAllPoints(s));
const NO_POINTS: Voorziening[] = [];

/** The sociale kaart points on the map: none when the layer is off. */
export function selectVisiblePoints(s: AtlasState): Voorziening[] {
  return s.showPoi
    ? visiblePointsOf(selectAllPoints(s), s.poiCategories, s.poiText, s.poiWet, s.poiToegang, s.hiddenOwnCategories)
    : NO_POINTS;
}

const clusterIndexOf = memo((points: Voorziening[]) => buildClusterIndex(points));

/** The cluster index of the visible points (built once per filter). */
export function selectClusterIndex(s: AtlasState): ClusterIndex | null {
  const points = selectVisiblePoints(s);
  return points.length > 0 ? clusterIndexOf(points) : null;
}

const nearestOf = memo((points: Voorziening[], spot: [number, number] | null) =>
  spot ? nearest(points, spot[0], spot[1], 10) : NO_NEAR,
);
const NO_NEAR: ReturnType<typeof nearest> = [];

/** The ten visible points nearest to the chosen spot, with straight-line distances. */
export function selectNearest(s: AtlasState) {
  return nearestOf(selectVisiblePoints(s), s.nearFrom);
}
