// deck.gl layers as a function of state. Each says what invalidates it (updateTriggers), so a
// recolour only rewrites the colour attribute and a hover rewrites nothing.
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { AreaProperties, Level } from '../atlas/geography';
import type { AreaFeature, Geometry } from '../state/loaders';
import type { FeatureColors } from '../state/selectors';

export interface LayerInput {
  geometry: Geometry;
  colors: FeatureColors;
  selected: AreaFeature | null;
  labels: GemeenteLabel[];
  onHover(info: PickingInfo<AreaFeature>): void;
  onClick(info: PickingInfo<AreaFeature>): void;
}

export interface GemeenteLabel {
  name: string;
  position: [number, number];
  /** Smallest zoom at which the label shows: larger gemeenten appear first. */
  minZoom: number;
}

const STROKE: Record<Level, number> = { gemeente: 0.6, wijk: 0.35, buurt: 0.2 };

export function atlasLayers(input: LayerInput, zoom: number): Layer[] {
  const { geometry, colors } = input;
  const layers: Layer[] = [
    new GeoJsonLayer<AreaProperties>({
      id: 'choropleth',
      data: geometry.features,
      filled: true,
      stroked: true,
      getFillColor: (_: unknown, { index }: { index: number }) => colors.colors.subarray(index * 4, index * 4 + 4) as unknown as [number, number, number, number],
      getLineColor: [255, 255, 255, 200],
      lineWidthUnits: 'pixels',
      getLineWidth: STROKE[geometry.level],
      lineWidthMinPixels: 0,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 110],
      onHover: input.onHover as never,
      onClick: input.onClick as never,
      updateTriggers: { getFillColor: colors.key },
    }) as unknown as Layer,
  ];
  if (geometry.gemeenteBorders) {
    layers.push(new GeoJsonLayer({
      id: 'gemeente-borders',
      data: { type: 'Feature', geometry: geometry.gemeenteBorders, properties: {} },
      stroked: true, filled: false,
      getLineColor: [40, 40, 40, 220],
      lineWidthUnits: 'pixels', getLineWidth: 1.2,
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
