// The default map style is self-contained: a background and nothing that leaves the page's origin.
// Area fills, borders and labels are deck.gl layers (an offline map has no glyph or tile server).
import type { StyleSpecification } from 'maplibre-gl';

export const OFFLINE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } }],
};
