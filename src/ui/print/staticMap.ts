// A static map for paper (a WebGL canvas does not print): areas filled in their map colours with
// Observable Plot, the focus outlined in black and incomplete regions dashed, as on screen.
import * as Plot from '@observablehq/plot';
import { rewind } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import type { AreaFeature as Area } from '../../atlas/regionGeometry';

export interface StaticMap {
  /** The areas drawn; the map is fitted to them. */
  features: Area[];
  fill: (f: Area) => string;
  /** Outlined in black: the selected area. */
  focus?: Area[];
  /** Outlined dashed: regions whose value leaves out members (onvolledig). */
  dashed?: Area[];
  /** Regions: the borders between two regions; the areas are then drawn without seams of their own
   *  (a region dissolved from gemeenten keeps hairline gaps inside). */
  borders?: MultiLineString;
  width?: number;
  height?: number;
}

/** d3-geo reads a ring's direction: outer rings clockwise (the shapes dissolved into regions come
 *  the other way round, which d3 would fill as the whole world minus the region). */
const forD3 = (features: Area[]): Area[] => features.map((f) => rewind(f, { reverse: true }) as Area);

export function staticMapOptions(input: StaticMap): Plot.PlotOptions {
  const map = {
    ...input,
    features: forD3(input.features),
    focus: forD3(input.focus ?? []),
    dashed: forD3(input.dashed ?? []),
  };
  return {
    width: map.width ?? 640,
    height: map.height ?? 420,
    projection: { type: 'mercator', domain: { type: 'FeatureCollection', features: map.features }, inset: 4 },
    marks: [
      map.borders
        ? Plot.geo(map.features, { fill: map.fill, stroke: map.fill, strokeWidth: 0.6 })
        : Plot.geo(map.features, { fill: map.fill, stroke: 'white', strokeWidth: 0.6 }),
      map.borders ? Plot.geo([map.borders], { stroke: 'white', strokeWidth: 0.8 }) : null,
      Plot.geo(map.dashed, { stroke: '#333', strokeWidth: 1.2, strokeDasharray: '3,2', fill: 'none' }),
      Plot.geo(map.focus, { stroke: 'black', strokeWidth: 2.5, fill: 'none' }),
    ],
  };
}

/** The fill of each area from the map's colours (RGBA per code, as the map layers take them). */
export function fillOf(colors: { codes: readonly string[]; colors: Uint8ClampedArray }): (f: Area) => string {
  const index = new Map(colors.codes.map((code, i) => [code, i]));
  return (f) => {
    const i = index.get(f.properties.code);
    if (i === undefined) return 'none';
    const [r, g, b, a] = colors.colors.subarray(i * 4, i * 4 + 4);
    return `rgba(${r},${g},${b},${(a / 255).toFixed(3)})`;
  };
}
