// The default map style is self-contained: a background and nothing that leaves the page's origin.
// The areas are maplibre layers (areaLayers.ts) in it from the start; names are HTML
// (MapLabels.tsx; an offline map has no glyph server).
import type { StyleSpecification } from 'maplibre-gl';

export function offlineStyle(areas: Pick<StyleSpecification, 'sources' | 'layers'>): StyleSpecification {
  return {
    version: 8,
    sources: areas.sources,
    // No paint transitions: a change of colours or opacity shows in one frame, instead of 300 ms
    // of frames that a software renderer draws one by one.
    transition: { duration: 0, delay: 0 },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } }, ...areas.layers],
  };
}
