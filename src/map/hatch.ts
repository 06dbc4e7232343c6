// Hatching of regions whose value is onvolledig: deck.gl's FillStyleExtension with a pattern
// made here. The extension is loaded when a map first needs it, not before the first frame.
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer, LayerExtension } from '@deck.gl/core';
import type { AreaFeature, Geometry } from '../state/loaders';
import type { FeatureColors } from '../state/selectors';

export type HatchExtension = LayerExtension;

let loading: Promise<HatchExtension> | null = null;

/** The fill pattern extension, imported once. */
export function loadHatchExtension(): Promise<HatchExtension> {
  loading ??= import('@deck.gl/extensions').then((m) => new m.FillStyleExtension({ pattern: true }) as unknown as HatchExtension);
  return loading;
}

/** Diagonal lines on a transparent tile: the mask of the "onvolledig" hatching. */
let hatchTile: ImageData | null = null;
function hatchPattern(): ImageData {
  if (hatchTile) return hatchTile;
  const size = 16;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = (x + y) % 8;
      if (d < 2) data.set([255, 255, 255, 255], (y * size + x) * 4);
    }
  }
  return (hatchTile = new ImageData(data, size, size));
}
const HATCH_MAPPING = { hatch: { x: 0, y: 0, width: 16, height: 16, mask: true } };

const hatchData = new WeakMap<FeatureColors, AreaFeature[]>();

/**
 * Regions whose value leaves out members without a figure, hatched over their class colour. The
 * pattern lives in world units (one tile = 16 × scale × 512 / 4·10⁷ common units, FillStyleExtension's
 * shader), so the scale follows the zoom (in half steps) to keep the tile about 16 pixels wide.
 */
export function hatchLayer(geometry: Geometry, colors: FeatureColors, zoom: number, extension: HatchExtension): Layer {
  const step = Math.round(zoom * 2) / 2;
  const scale = 78125 / 2 ** step;
  let data = hatchData.get(colors);
  if (!data) hatchData.set(colors, (data = colors.hatched.map((i) => geometry.features[i])));
  return new GeoJsonLayer({
    id: 'onvolledig', data, filled: true, stroked: false,
    getFillColor: [30, 30, 30, 150],
    fillPatternAtlas: hatchPattern(), fillPatternMapping: HATCH_MAPPING, fillPatternMask: true,
    getFillPattern: () => 'hatch', getFillPatternScale: scale, getFillPatternOffset: [0, 0],
    updateTriggers: { getFillPatternScale: step },
    extensions: [extension],
  } as ConstructorParameters<typeof GeoJsonLayer>[0]) as unknown as Layer;
}

