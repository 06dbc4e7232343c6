// One maplibre map for a map component: made once with the areas in its first style, with the
// per-map objects that follow it (the area layers, the marks over them and when it counts as
// drawn). The component's other hooks take it from here.
import { useEffect, useState, type RefObject } from 'react';
import { Map as MapLibre, NavigationControl } from 'maplibre-gl';
import { NL_BOUNDS, assetName, isRegionSystem } from '../atlas/geography';
import { useAtlas } from '../state/useAtlas';
import { AREA_SOURCES, AreaLayers } from './areaLayers';
import { hasTileSet } from './styleEdits';
import { AreaMarks } from './areaMarks';
import { areaStyle } from './areaStyle';
import { DrawnTracker } from './drawnTracker';
import { addMapFileNotice, followLevelFiles, generatedFileOf, noticeIfMissing } from './levelFiles';
import type { MapSync } from './mapSync';
import { renderOncePerFrame } from './renderOnce';
import { offlineStyle } from './style';
import { exposeMap, reportDrawn } from './testProbe';

/** Dutch text for maplibre's own controls. */
const MAP_LOCALE = {
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'NavigationControl.ResetBearing': 'Noorden boven',
  'ScrollZoomBlocker.CtrlMessage': 'Gebruik Ctrl + scrollen om te zoomen',
  'ScrollZoomBlocker.CmdMessage': 'Gebruik ⌘ + scrollen om te zoomen',
  'TouchPanBlocker.Message': 'Gebruik twee vingers om de kaart te bewegen',
};

export interface MapParts {
  map: MapLibre;
  areas: AreaLayers;
  marks: AreaMarks;
  drawn: DrawnTracker;
}

export interface MapOptions {
  /** Names the map for hover, capture and tests: "kaart", "waargenomen", "gecorrigeerd", "afwijking". */
  id: string;
  label: string;
  /** A map of the comparison (not the main map). */
  variant?: string;
  sync?: MapSync;
  /** Paints the areas in their current colours (set by the paint hook before the map is made). */
  paintRef: RefObject<(parts: MapParts) => void>;
}

/** What the map shows after its last move or resize: names are placed again for each. */
export interface CameraView {
  zoom: number;
  west: number;
  south: number;
  east: number;
  north: number;
  /** The canvas in CSS pixels. */
  width: number;
  height: number;
}

export interface MapInstance {
  parts: MapParts | null;
  /** The style is there: the areas can be painted. */
  ready: boolean;
  camera: CameraView;
}

function cameraOf(map: MapLibre): CameraView {
  const b = map.getBounds();
  const canvas = map.getCanvas();
  return {
    zoom: map.getZoom(),
    west: b.getWest(),
    south: b.getSouth(),
    east: b.getEast(),
    north: b.getNorth(),
    width: canvas.clientWidth,
    height: canvas.clientHeight,
  };
}

const NO_CAMERA: CameraView = { zoom: 7, west: 0, south: 0, east: 0, north: 0, width: 0, height: 0 };

function createMap(el: HTMLElement): MapLibre {
  const { view: initial, level, year } = useAtlas.getState();
  return new MapLibre({
    container: el,
    style: offlineStyle(areaStyle(level, year)),
    ...(initial
      ? { center: [initial.longitude, initial.latitude] as [number, number], zoom: initial.zoom }
      : { bounds: NL_BOUNDS, fitBoundsOptions: { padding: 16 } }),
    minZoom: 5,
    maxZoom: 16,
    attributionControl: false,
    locale: MAP_LOCALE,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // No symbol layers to fade in: without it every move ends in 300 ms of extra renders.
    fadeDuration: 0,
    // The tile source names its tiles relative to the atlas's address (it may live in a
    // subfolder); the worker that fetches them needs a full address.
    transformRequest: (url) => ({ url: new URL(url, document.baseURI).href }),
  });
}

export function useMapInstance(container: RefObject<HTMLDivElement | null>, options: MapOptions): MapInstance {
  const { id, label, variant, sync, paintRef } = options;
  const [parts, setParts] = useState<MapParts | null>(null);
  const [ready, setReady] = useState(false);
  const [camera, setCamera] = useState<CameraView>(NO_CAMERA);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { level: firstLevel, year: firstYear } = useAtlas.getState();
    const map = createMap(el);
    renderOncePerFrame(map);
    const areas = new AreaLayers(map, firstLevel, firstYear);
    const drawn = new DrawnTracker(
      () => areas.overviewDrawn(),
      (key) => {
        reportDrawn(id, key, !variant);
        useAtlas.getState().setColoured(areas.shownKey);
      },
    );
    const made: MapParts = { map, areas, marks: new AreaMarks(map), drawn };
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map
      .getCanvas()
      .setAttribute(
        'aria-label',
        `${label}. Pijltoetsen: schuiven, + en −: zoomen, Enter: het gebied in het midden van de kaart selecteren.`,
      );
    map.on('idle', () => drawn.idle());
    map.on('error', (e) => {
      const source = (e as { sourceId?: string }).sourceId;
      const failed = (e as { error?: { url?: unknown } }).error?.url;
      if (source && AREA_SOURCES.includes(source)) addMapFileNotice(generatedFileOf(failed));
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      setCamera(cameraOf(map));
      useAtlas.getState().setView({ longitude: c.lng, latitude: c.lat, zoom: map.getZoom() });
    });
    map.on('resize', () => setCamera(cameraOf(map)));
    // A restored WebGL context comes back without the areas' colours: paint them again.
    map.on('webglcontextrestored', () =>
      map.once('style.load', () => {
        areas.forgetShown();
        paintRef.current(made);
      }),
    );
    let unfollow = () => {};
    // Ready with its style, not at 'load' (which waits for the first tiles): the areas get their
    // colours while maplibre's worker decodes the tiles, and show with them.
    map.once('style.load', () => {
      // The first level's tiles are in the style; a later level's are asked for on the change in
      // the store itself, not after React has drawn the page again (a frame later).
      const { level, year } = useAtlas.getState();
      if (isRegionSystem(level)) {
        // Regions have no tile set.
      } else if (assetName(level, year) === assetName(firstLevel, firstYear)) {
        void hasTileSet(level, year).then((present) => noticeIfMissing(present, level, year));
      } else {
        void areas.showFiles(level, year)?.then((present) => noticeIfMissing(present, level, year));
      }
      unfollow = followLevelFiles(areas);
      // The colours known now go into the map's first frame, not one frame after React's effect.
      paintRef.current(made);
      setReady(true);
    });
    const unsync = sync?.add(map);
    const unexpose = exposeMap(id, map);
    setParts(made);
    setCamera(cameraOf(map));
    return () => {
      unfollow();
      unsync?.();
      unexpose();
      map.remove();
      setParts(null);
      setReady(false);
    };
  }, [container, id, label, variant, sync, paintRef]);

  return { parts, ready, camera };
}
