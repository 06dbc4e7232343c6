// The names to draw for the current view: gemeenten (larger ones from lower zoom), the wijken or
// buurten on the map where their name fits, on a map of regions the regions (the gemeenten only
// when zoomed in), and the selected area always; placed without overlap.
import { useMemo } from 'react';
import type { Map as MapLibre } from 'maplibre-gl';
import { isRegionSystem } from '../atlas/geography';
import { labelPoint, shortName } from '../atlas/labels';
import { featureExtent, type Extent } from '../atlas/pick';
import type { AreaTable } from '../atlas/indicators';
import type { AreaFeature, Geometry } from '../atlas/regionGeometry';
import { LABEL_FONT, LABEL_WEIGHT, placeLabels, type LabelCandidate, type PlacedLabel } from './labelPlacement';
import type { CameraView } from './useMapInstance';

const points = new WeakMap<AreaFeature, [number, number]>();
/** Where an area's name goes, computed once per area (only for areas large enough to be named). */
function pointOf(f: AreaFeature): [number, number] {
  let p = points.get(f);
  if (!p) points.set(f, (p = labelPoint(f)));
  return p;
}

/** Zoom from which a gemeente's name shows, by number of inhabitants. */
function gemeenteZoom(inwoners: number | null): number {
  if (inwoners !== null && inwoners >= 100_000) return 7;
  if (inwoners !== null && inwoners >= 40_000) return 8;
  return 9.2;
}

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** Width of a label in pixels, measured with the map's label font (a rough estimate without canvas). */
function measure(text: string, size: number, kind: LabelCandidate['kind']): number {
  const key = `${kind}${size}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = `${LABEL_WEIGHT[kind]} ${size}px ${LABEL_FONT}`;
      w = context.measureText(text).width;
    } else {
      w = text.length * size * 0.6;
    }
    widths.set(key, w);
  }
  return w;
}

export const GEMEENTE_SIZE = 13;
export const AREA_SIZE = 12;
/** From this zoom the wijken or buurten are named before the gemeenten around them. */
const AREAS_FIRST_ZOOM = 10.5;
/** On a map of regions the gemeenten are named only from this zoom, after the regions. */
const REGION_TOWNS_ZOOM = 9;
/** A region's name may be this much wider than the region: regions are large and contiguous, and
 *  a name over a border still reads as its region's where no other name is near. */
const REGION_FIT = 1.5;

const extentArea = (e: Extent) => (e[2] - e[0]) * (e[3] - e[1]);

/** Every region in view, largest first: a map of regions names its regions, not the gemeenten. */
function regionCandidates(
  geometry: Geometry,
  selectedCode: string | undefined,
  inView: (e: Extent) => boolean,
): LabelCandidate[] {
  return geometry.features
    .filter((f) => f.properties.code !== selectedCode && inView(featureExtent(f)))
    .sort((a, b) => extentArea(featureExtent(b)) - extentArea(featureExtent(a)))
    .map((f) => ({
      text: shortName(f.properties.naam),
      position: pointOf(f),
      size: AREA_SIZE,
      kind: 'gebied',
      extent: featureExtent(f),
      fit: REGION_FIT,
    }));
}

export function useLabels(
  map: MapLibre | null,
  camera: CameraView,
  geometry: Geometry | undefined,
  gemeenten: Geometry | undefined,
  gemeenteTable: AreaTable | undefined,
  selected: AreaFeature | null,
): PlacedLabel[] {
  const gemeenteCandidates = useMemo(() => {
    if (!gemeenten || !gemeenteTable) return [];
    const inwoners = gemeenteTable.columns.AANT_INW ?? [];
    const row = new Map(gemeenteTable.codes.map((c, i) => [c, i]));
    return gemeenten.features
      .map((f) => ({ f, people: inwoners[row.get(f.properties.code) ?? -1] ?? null }))
      .sort((a, b) => (b.people ?? 0) - (a.people ?? 0))
      .map(({ f, people }) => ({ f, minZoom: gemeenteZoom(people) }));
  }, [gemeenten, gemeenteTable]);

  return useMemo(() => {
    if (!map || !geometry) return [];
    const { zoom, width, height, west, south, east, north } = camera;
    const inView = (e: Extent) => e[0] < east && e[2] > west && e[1] < north && e[3] > south;
    const project = (p: [number, number]): [number, number] => {
      const q = map.project(p);
      return [q.x, q.y];
    };
    const selectedCode = selected?.properties.code;

    const regions = isRegionSystem(geometry.level);
    const towns: LabelCandidate[] = gemeenteCandidates
      .filter(
        ({ f, minZoom }) =>
          zoom >= (regions ? Math.max(minZoom, REGION_TOWNS_ZOOM) : minZoom) &&
          f.properties.code !== selectedCode &&
          inView(featureExtent(f)),
      )
      .map(({ f }) => ({ text: f.properties.naam, position: pointOf(f), size: GEMEENTE_SIZE, kind: 'gemeente' }));
    const areas: LabelCandidate[] = regions ? regionCandidates(geometry, selectedCode, inView) : [];
    if (geometry.level === 'wijk' || geometry.level === 'buurt') {
      // Only areas at least a short word wide on screen are candidates (and get a label point).
      const degreesPerPixel = (east - west) / Math.max(1, width);
      const minWidth = 24 * degreesPerPixel;
      const visible = geometry.features.filter((f) => {
        const e = featureExtent(f);
        return f.properties.code !== selectedCode && e[2] - e[0] >= minWidth && inView(e);
      });
      visible.sort((a, b) => {
        const ea = featureExtent(a);
        const eb = featureExtent(b);
        return (eb[2] - eb[0]) * (eb[3] - eb[1]) - (ea[2] - ea[0]) * (ea[3] - ea[1]);
      });
      for (const f of visible)
        areas.push({
          text: shortName(f.properties.naam),
          position: pointOf(f),
          size: AREA_SIZE,
          kind: 'gebied',
          extent: featureExtent(f),
        });
    }
    const first: LabelCandidate[] = selected
      ? [
          {
            text: shortName(selected.properties.naam),
            position: pointOf(selected),
            always: true,
            size: geometry.level === 'gemeente' ? GEMEENTE_SIZE : AREA_SIZE,
            kind: geometry.level === 'gemeente' ? 'gemeente' : 'gebied',
          },
        ]
      : [];
    const ordered =
      zoom >= AREAS_FIRST_ZOOM || regions ? [...first, ...areas, ...towns] : [...first, ...towns, ...areas];
    return placeLabels(ordered, { width, height, project, measure });
  }, [map, camera, geometry, gemeenteCandidates, selected]);
}
