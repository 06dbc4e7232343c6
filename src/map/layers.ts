// deck.gl layers as a function of state. Each says what invalidates it (updateTriggers), so a
// recolour only rewrites the colour attribute and a hover rewrites nothing.
import { GeoJsonLayer, LineLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { hatchLayer, type HatchExtension } from './hatch';
import type { Voorziening } from '../atlas/socialeKaart';
import { CLUSTER_MAX_ZOOM, clustersAt, type ClusterIndex, type PointCluster } from '../atlas/clusters';
import { MIXED_COLOR, NEAR_COLOR, POI_COLORS } from './poiColors';
import { HALO, type PlacedLabel } from './labelPlacement';
import type { FoundAddress } from '../state/store';
import type { Layer } from '@deck.gl/core';
import type { AreaProperties, Level } from '../atlas/geography';
import type { AreaFeature, Geometry, Segments } from '../state/loaders';
import type { FeatureColors } from '../state/selectors';

export interface LayerInput {
  geometry: Geometry;
  colors: FeatureColors;
  /** Outlined as the selection: the selected area, or the areas of a selected gemeente or wijk. */
  selected: AreaFeature[];
  hovered: AreaFeature | null;
  /** Outlined besides the selection, e.g. similar gemeenten. */
  highlighted: AreaFeature[];
  /** Names placed without overlap (labelPlacement.ts), gemeenten and the level's own areas. */
  labels: PlacedLabel[];
  /** Opacity of the area colours, 0.2–1 (the background map or the points show through). */
  opacity: number;
  /** An address found online, marked with a pin. */
  address: FoundAddress | null;
  /** Sociale kaart points, drawn above the areas; grouped below CLUSTER_MAX_ZOOM. */
  points: Voorziening[];
  clusters: ClusterIndex | null;
  /** "Dichtbij": the chosen spot and the nearest points, ringed on the map. */
  nearFrom: [number, number] | null;
  near: Voorziening[];
  /** The fill pattern extension, once loaded (it is not needed before the first frame). */
  hatch: HatchExtension | null;
}

/** The font of every name on the map; labelPlacement measures with the same. */
export const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
export const LABEL_WEIGHT = { gemeente: 700, gebied: 600 } as const;

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
      // deck.gl raises a layer's opacity to the power 1/2.2; undone here so that "40%" covers 40%.
      opacity: input.opacity ** 2.2,
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
  if (input.selected.length > 0) {
    for (const [id, width, color] of [['selection-halo', 5, [255, 255, 255, 255]], ['selection', 2.5, [0, 0, 0, 255]]] as const) {
      layers.push(new GeoJsonLayer({
        id, data: input.selected, stroked: true, filled: false,
        getLineColor: [...color], lineWidthUnits: 'pixels', getLineWidth: width,
      }) as unknown as Layer);
    }
  }
  if (input.clusters && zoom <= CLUSTER_MAX_ZOOM) {
    const groups = clustersAt(input.clusters, zoom);
    layers.push(new ScatterplotLayer<PointCluster>({
      id: 'voorziening-clusters', data: groups,
      getPosition: (c) => [c.lon, c.lat],
      getFillColor: (c) => (c.categorie === 'gemengd' ? MIXED_COLOR : POI_COLORS[c.categorie]),
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
    // A white halo under each ring, so the ring reads on every fill and next to every point.
    for (const [id, width, color] of [['dichtbij-halo', 5, [255, 255, 255, 255]], ['dichtbij', 2.5, NEAR_COLOR]] as const) {
      layers.push(new ScatterplotLayer<Voorziening>({
        id, data: input.near, getPosition: (p) => [p.lon, p.lat],
        filled: false, stroked: true, getLineColor: [...color], lineWidthUnits: 'pixels', getLineWidth: width,
        radiusUnits: 'pixels', getRadius: 10,
      }) as unknown as Layer);
    }
    layers.push(new ScatterplotLayer<[number, number]>({
      id: 'dichtbij-plek', data: [input.nearFrom], getPosition: (p) => p,
      getFillColor: NEAR_COLOR, getLineColor: [255, 255, 255, 255], stroked: true, lineWidthUnits: 'pixels', getLineWidth: 2,
      radiusUnits: 'pixels', getRadius: 7,
    }) as unknown as Layer);
  }
  if (input.address) {
    layers.push(new ScatterplotLayer<FoundAddress>({
      id: 'adres', data: [input.address], getPosition: (a) => [a.lon, a.lat],
      getFillColor: [20, 20, 20, 255], getLineColor: [255, 255, 255, 255], stroked: true, lineWidthUnits: 'pixels', getLineWidth: 3,
      radiusUnits: 'pixels', getRadius: 8,
    }) as unknown as Layer);
  }
  for (const kind of ['gebied', 'gemeente'] as const) {
    const data = input.labels.filter((l) => l.kind === kind);
    layers.push(new TextLayer<PlacedLabel>({
      id: `labels-${kind}`,
      data,
      getText: (d) => d.text,
      getPosition: (d) => d.position,
      getSize: (d) => d.size,
      getColor: kind === 'gemeente' ? [15, 15, 15, 255] : [35, 35, 45, 255],
      fontFamily: LABEL_FONT,
      fontWeight: LABEL_WEIGHT[kind],
      characterSet: 'auto',
      // A light plate behind each name keeps it readable on every class colour and on the
      // background map (an SDF halo at 12 px thins the letters on a software renderer).
      background: true,
      getBackgroundColor: kind === 'gemeente' ? [255, 255, 255, 215] : [255, 255, 255, 190],
      backgroundPadding: [HALO, 0, HALO, 0],
      updateTriggers: { getText: data.length },
    }) as unknown as Layer);
  }
  return layers;
}
