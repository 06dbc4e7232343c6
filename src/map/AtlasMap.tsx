// The map: maplibre for the camera, the controls and the areas (areaLayers.ts); the names as HTML
// (MapLabels.tsx); deck.gl, loaded only when needed, for service points and markers (layers.ts).
// The component composes one hook per job: the map itself, painting the areas, the shapes it
// marks, the pointer and keys, the points overlay, the camera and the capture for export.
import { useEffect, useRef } from 'react';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { assetName } from '../atlas/geography';
import { selectDrawKey, selectGeometry, type FeatureColors } from '../state/selectors';
import type { AtlasState } from '../state/store';
import { useAtlas } from '../state/useAtlas';
import { MapLabels } from './MapLabels';
import type { MapSync } from './mapSync';
import { exposeLabels } from './testProbe';
import { useAreaPaint } from './useAreaPaint';
import { useAreaShapes } from './useAreaShapes';
import { useBasemap } from './useBasemap';
import { useCamera } from './useCamera';
import { useCapture } from './useCapture';
import { useLabels } from './useLabels';
import { useMapInstance, type MapParts } from './useMapInstance';
import { usePointer } from './usePointer';
import { usePointsOverlay } from './usePointsOverlay';

setWorkerUrl(workerUrl);
// The workers start while React lays out the page, not when the map is made.
prewarm();

export interface AtlasMapProps {
  /** Names the map for hover and tests: "kaart", "waargenomen", "gecorrigeerd", "afwijking". */
  id: string;
  /** The fill colour of every area (the choropleth, or a class of the comparison). */
  colors: (s: AtlasState) => FeatureColors | null;
  /** Added to the draw key when several maps show different colourings of one state. */
  variant?: string;
  sync?: MapSync;
  label: string;
}

export function AtlasMap({ id, colors: colorsOf, variant, sync, label }: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const paintRef = useRef<(parts: MapParts) => void>(() => {});
  const { parts, ready, camera } = useMapInstance(container, { id, label, variant, sync, paintRef });

  const geometry = useAtlas(selectGeometry);
  const colors = useAtlas(colorsOf);
  const drawKey = useAtlas((s) => `${selectDrawKey(s)}${variant ? `_${variant}` : ''}`);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const opacity = useAtlas((s) => (variant ? 1 : s.opacity / 100));
  // The comparison's small maps stay plain: three background maps would triple the tiles.
  const basemap = useAtlas((s) => (variant ? 'geen' : s.basemap));
  const gemeenten = useAtlas((s) => s.geometries[assetName('gemeente', s.year)]);
  const gemeenteTable = useAtlas((s) => s.tables[assetName('gemeente', s.year)]);

  useAreaPaint(parts, ready, paintRef, { level, year, geometry, colors, drawKey, opacity });
  const { selected, selectedShapes } = useAreaShapes(id, geometry, parts, ready);
  usePointer(parts, id, variant);
  const overlay = usePointsOverlay(parts, variant, drawKey, camera.zoom);
  useCamera(parts, ready, variant, selectedShapes);
  const loadedMap = ready && parts ? parts.map : null;
  useBasemap(loadedMap, basemap);
  const labels = useLabels(loadedMap, camera, geometry, gemeenten, gemeenteTable, selected);
  useEffect(() => exposeLabels(id, labels), [id, labels]);
  useCapture(parts, id, overlay, labels);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label={label} data-map={id} />
      <MapLabels map={loadedMap} labels={labels} />
    </>
  );
}
