// deck.gl layers as a function of state. Each says what invalidates it (updateTriggers), so a
// recolour only rewrites the colour attribute and a hover rewrites nothing.
import { GeoJsonLayer, LineLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { hatchLayer, type HatchExtension } from './hatch';
import type { Voorziening } from '../atlas/socialeKaart';
import { CLUSTER_MAX_ZOOM, clustersAt, type ClusterIndex, type PointCluster } from '../atlas/clusters';
import { POI_COLORS } from './poiColors';
import type { Layer } from '@deck.gl/core';
import type { AreaProperties, Level } from '../atlas/geography';
import type { AreaFeature, Geometry, Segments } from '../state/loaders';
import type { FeatureColors } from '../state/selectors';

export interface LayerInput {
  geometry: Geometry;
  colors: FeatureColors;
  selected: AreaFeature | null;
  hovered: AreaFeature | null;
  /** Outlined besides the selection, e.g. similar gemeenten. */
  highlighted: AreaFeature[];
  labels: GemeenteLabel[];
  /** Sociale kaart points, drawn above the areas; grouped below CLUSTER_MAX_ZOOM. */
  points: Voorziening[];
  clusters: ClusterIndex | null;
  /** "Dichtbij": the chosen spot and the nearest points, ringed on the map. */
  nearFrom: [number, number] | null;
  near: Voorziening[];
  /** The fill pattern extension, once loaded (it is not needed before the first frame). */
  hatch: HatchExtension | null;
}

export interface GemeenteLabel {
  name: string;
  position: [number, number];
  /** Smallest zoom at which the label shows: larger gemeenten appear first. */
  minZoom: number;
}

/** Width of the borders between areas, and the zoom from which they show: below it wijken and
 *  buurten are a few pixels wide, their borders would only grey the map (and cost 100,000+ segments). */
const STROKE: Record<Level, { width: number; minZoom: number }> = {
  gemeente: { width: 1, minZoom: 0 },
  wijk: { width: 1, minZoom: 8.5 },
  buurt: { width: 1, minZoom: 10 },
  arbeidsmarktregio: { width: 1, minZoom: 0 },
  jeugdregio: { width: 1, minZoom: 0 },
  wmoregio: { width: 1, minZoom: 0 },
  corop: { width: 1, minZoom: 0 },
};

function borderLayer(id: string, segments: Segments, color: [number, number, number, number], width: number): Layer {
  return new LineLayer({
    id,
    data: {
      length: segments.length,
      attributes: {
        getSourcePosition: { value: segments.positions, size: 2, stride: 16, offset: 0 },
        getTargetPosition: { value: segments.positions, size: 2, stride: 16, offset: 8 },
      },
    },
    getColor: color,
    getWidth: width,
    widthUnits: 'pixels',
  }) as unknown as Layer;
}

export function atlasLayers(input: LayerInput, zoom: number): Layer[] {
  const { geometry, colors } = input;
  const colorOf = (_: unknown, { index }: { index: number }) => colors.colors.subarray(index * 4, index * 4 + 4) as unknown as [number, number, number, number];
  const layers: Layer[] = [
    new GeoJsonLayer<AreaProperties>({
      id: 'choropleth',
      data: geometry.features,
      filled: true,
      // Areas that do not share their borders get a hairline in their own colour over the gaps.
      stroked: !geometry.sharedBorders,
      getFillColor: colorOf,
      getLineColor: colorOf,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      // Picking happens on the CPU (src/atlas/pick.ts); see AtlasMap.
      pickable: false,
      updateTriggers: { getFillColor: colors.key, getLineColor: colors.key },
    }) as unknown as Layer,
  ];
  if (colors.hatched.length > 0 && input.hatch) layers.push(hatchLayer(geometry, colors, zoom, input.hatch));
  const stroke = STROKE[geometry.level];
  if (zoom >= stroke.minZoom) layers.push(borderLayer('area-borders', geometry.areaBorders(), [255, 255, 255, 170], stroke.width));
  if (geometry.gemeenteBorders) layers.push(borderLayer('gemeente-borders', geometry.gemeenteBorders, [40, 40, 40, 230], 1.3));
  if (input.hovered) {
    layers.push(new GeoJsonLayer({
      id: 'hover', data: [input.hovered], stroked: true, filled: true,
      getFillColor: [255, 255, 255, 90], getLineColor: [30, 30, 30, 255], lineWidthUnits: 'pixels', getLineWidth: 1.5,
    }) as unknown as Layer);
  }
  if (input.highlighted.length > 0) {
    layers.push(new GeoJsonLayer({
      id: 'highlighted', data: input.highlighted, stroked: true, filled: false,
      getLineColor: [217, 95, 2, 255], lineWidthUnits: 'pixels', getLineWidth: 2.5,
    }) as unknown as Layer);
  }
  if (input.selected) {
    for (const [id, width, color] of [['selection-halo', 5, [255, 255, 255, 255]], ['selection', 2.5, [0, 0, 0, 255]]] as const) {
      layers.push(new GeoJsonLayer({
        id, data: [input.selected], stroked: true, filled: false,
        getLineColor: [...color], lineWidthUnits: 'pixels', getLineWidth: width,
      }) as unknown as Layer);
    }
  }
  if (input.clusters && zoom <= CLUSTER_MAX_ZOOM) {
    const groups = clustersAt(input.clusters, zoom);
    layers.push(new ScatterplotLayer<PointCluster>({
      id: 'voorziening-clusters', data: groups,
      getPosition: (c) => [c.lon, c.lat],
      getFillColor: (c) => (c.categorie === 'gemengd' ? [60, 60, 70, 230] : POI_COLORS[c.categorie]),
      getLineColor: [255, 255, 255, 255], stroked: true, lineWidthUnits: 'pixels', getLineWidth: 1.5,
      radiusUnits: 'pixels', getRadius: (c) => (c.count === 1 ? 3.5 : Math.min(22, 6 + 2.2 * Math.sqrt(c.count))),
    }) as unknown as Layer);
    layers.push(new TextLayer<PointCluster>({
      id: 'voorziening-cluster-counts', data: groups.filter((c) => c.count > 1),
      getPosition: (c) => [c.lon, c.lat], getText: (c) => String(c.count), getSize: 11,
      getColor: [255, 255, 255, 255], fontWeight: 700, characterSet: '0123456789',
      fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
    }) as unknown as Layer);
  } else if (input.points.length > 0) {
    layers.push(new ScatterplotLayer<Voorziening>({
      id: 'voorzieningen', data: input.points,
      getPosition: (p) => [p.lon, p.lat],
      getFillColor: (p) => POI_COLORS[p.categorie],
      getLineColor: [255, 255, 255, 255],
      stroked: true, lineWidthUnits: 'pixels', getLineWidth: 1,
      radiusUnits: 'pixels', getRadius: zoom >= 12 ? 6 : 4,
      updateTriggers: { getRadius: zoom >= 12 ? 1 : 0 },
    }) as unknown as Layer);
  }
  if (input.nearFrom) {
    layers.push(new ScatterplotLayer<Voorziening>({
      id: 'dichtbij', data: input.near, getPosition: (p) => [p.lon, p.lat],
      filled: false, stroked: true, getLineColor: [217, 95, 2, 255], lineWidthUnits: 'pixels', getLineWidth: 2.5,
      radiusUnits: 'pixels', getRadius: 9,
    }) as unknown as Layer);
    layers.push(new ScatterplotLayer<[number, number]>({
      id: 'dichtbij-plek', data: [input.nearFrom], getPosition: (p) => p,
      getFillColor: [217, 95, 2, 255], getLineColor: [255, 255, 255, 255], stroked: true, lineWidthUnits: 'pixels', getLineWidth: 2,
      radiusUnits: 'pixels', getRadius: 7,
    }) as unknown as Layer);
  }
  const visibleLabels = input.labels.filter((l) => zoom >= l.minZoom);
  layers.push(new TextLayer<GemeenteLabel>({
    id: 'gemeente-labels',
    data: visibleLabels,
    getText: (d) => d.name,
    getPosition: (d) => d.position,
    getSize: 13,
    getColor: [20, 20, 20, 255],
    fontFamily: 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    updateTriggers: { getText: visibleLabels.length },
  }) as unknown as Layer);
  return layers;
}
