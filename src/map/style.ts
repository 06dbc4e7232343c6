// The default map style is self-contained: a background and nothing that leaves the page's origin.
// The areas are added as maplibre layers on load (areaLayers.ts); names are deck.gl text (an
// offline map has no glyph server).
import type { StyleSpecification } from 'maplibre-gl';

export const OFFLINE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } }],
};
