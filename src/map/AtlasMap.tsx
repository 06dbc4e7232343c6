// The map: maplibre for the camera, the controls and the areas (areaLayers.ts); the names as HTML
// (MapLabels.tsx); deck.gl, loaded only when needed, for service points and markers (layers.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Map as MapLibre, NavigationControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { NL_BOUNDS, assetName, isRegionSystem, type AreaLevel } from '../atlas/geography';
import { isParentCode, liesIn } from '../atlas/selection';
import { bbox } from '@turf/turf';
import { pickAt, pickIndexOf } from '../atlas/pick';
import { useAtlas } from '../state/useAtlas';
import {
  selectClusterIndex,
  selectNearest,
  selectDrawKey,
  selectGeometry,
  selectVisiblePoints,
  type FeatureColors,
} from '../state/selectors';
import type { Voorziening } from '../atlas/socialeKaart';
import { CLUSTER_MAX_ZOOM } from '../atlas/clusters';
import type { AtlasState } from '../state/store';
import type { AreaFeature, Geometry } from '../atlas/regionGeometry';
import { offlineStyle } from './style';
import type { MapboxOverlay } from './layers';
import {
  AREA_SOURCES,
  areaStyle,
  attachAreaLayers,
  codeAt,
  hasTileSet,
  overviewDrawn,
  paintAreas,
  setAreaOpacity,
  showFiles,
  showHatched,
  showHover,
  showOutlines,
  showRegions,
} from './areaLayers';
import { useLabels } from './useLabels';
import { MapLabels, drawLabels } from './MapLabels';
import { useBasemap } from './useBasemap';
import { fitPadding } from './fitPadding';
import { registerCapture } from './mapCapture';
import type { MapSync } from './mapSync';
import { renderOncePerFrame } from './renderOnce';

setWorkerUrl(workerUrl);
// The workers start while React lays out the page, not when the map is made.
prewarm();

const NO_POINTS: Voorziening[] = [];
const MAP_FILES_MISSING =
  'De kaartbestanden van dit niveau ontbreken op de server of zijn beschadigd; bouw de gegevens opnieuw met npm run data (of npm install).';

/** Names a level's missing tile set in a notice. */
function noticeIfMissing(present: boolean): void {
  if (!present) useAtlas.getState().addNotice(MAP_FILES_MISSING);
}

/** An area level's tiles on the map; a missing tile set is named in a notice. */
function showLevelFiles(map: MapLibre, level: AreaLevel, year: number): void {
  void showFiles(map, level, year)?.then(noticeIfMissing);
}

type OverlayModule = typeof import('./layers');
let overlayModule: Promise<OverlayModule> | null = null;
/** deck.gl and the overlay's layers, imported once, when a map first shows points or markers. */
const loadOverlay = () => (overlayModule ??= import('./layers'));

/** Dutch text for maplibre's own controls. */
const MAP_LOCALE = {
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'NavigationControl.ResetBearing': 'Noorden boven',
  'ScrollZoomBlocker.CtrlMessage': 'Gebruik Ctrl + scrollen om te zoomen',
  'ScrollZoomBlocker.CmdMessage': 'Gebruik ⌘ + scrollen om te zoomen',
  'TouchPanBlocker.Message': 'Gebruik twee vingers om de kaart te bewegen',
};

export interface AtlasMapProps {
  /** Names the map for hover and tests: "kaart", "waargenomen", "gecorrigeerd". */
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
  const mapRef = useRef<MapLibre | null>(null);
  /** Loads deck.gl and adds its overlay, once (set by the map's effect). */
  const loadOverlayRef = useRef<() => void>(() => {});
  const drawKeyRef = useRef<string>('');
  /** Key of the last frame drawn: each change is marked once (drawn:<key>) for tests and the benchmark. */
  const drawnRef = useRef<string>('');
  const [zoom, setZoom] = useState(7);
  /** Counts camera moves (and resizes), so names are placed again for the new view. */
  const [viewTick, setViewTick] = useState(0);
  const [ready, setReady] = useState(false);
  const [loadedMap, setLoadedMap] = useState<MapLibre | null>(null);
  /** deck.gl's overlay and its layer function, once loaded (only when points or markers are shown). */
  const [overlay, setOverlay] = useState<{ deck: MapboxOverlay; layersOf: OverlayModule['overlayLayers'] } | null>(
    null,
  );
  /** What the map's own layers show now: the regions' shapes, the colours and their level. */
  const shownRef = useRef<{ geometry: Geometry | null; colors: FeatureColors | null; key: string }>({
    geometry: null,
    colors: null,
    key: '',
  });
  /** Gives the map's layers the areas, colours and opacity of the last render (set below). */
  const showAreasRef = useRef<() => void>(() => {});
  /** The key of the map's layers when it was last idle (everything loaded and drawn). */
  const idleKeyRef = useRef('');
  /** The key of the overlay's layers, and of those it has drawn; whether the key needs them. */
  const overlayKeyRef = useRef('');
  const overlayDrawnRef = useRef('');
  const needsOverlayRef = useRef(false);

  const geometry = useAtlas(selectGeometry);
  const colors = useAtlas(colorsOf);
  const drawKey = useAtlas((s) => `${selectDrawKey(s)}${variant ? `_${variant}` : ''}`);
  const selection = useAtlas((s) => s.selection);
  const hoverCode = useAtlas((s) => (s.hover?.map === id ? s.hover.code : null));
  const highlight = useAtlas((s) => s.highlight);
  const points = useAtlas((s) => (variant ? NO_POINTS : selectVisiblePoints(s)));
  const clusters = useAtlas((s) => (variant ? null : selectClusterIndex(s)));
  const nearFrom = useAtlas((s) => (variant ? null : s.nearFrom));
  const near = useAtlas(selectNearest);
  const flyTo = useAtlas((s) => s.flyTo);
  const gemeenten = useAtlas((s) => s.geometries[assetName('gemeente', s.year)]);
  const gemeenteTable = useAtlas((s) => s.tables[assetName('gemeente', s.year)]);
  const { setHover, select, setView } = useAtlas.getState();

  const opacity = useAtlas((s) => (variant ? 1 : s.opacity / 100));
  const address = useAtlas((s) => (variant ? null : s.address));
  // The comparison's small maps stay plain: three background maps would triple the tiles.
  const basemap = useAtlas((s) => (variant ? 'geen' : s.basemap));

  const selected = useMemo<AreaFeature | null>(
    () => geometry?.features.find((f) => f.properties.code === selection) ?? null,
    [geometry, selection],
  );
  /** A gemeente or wijk that is the focus of its wijken or buurten: its outline, or its areas'. */
  const selectedShapes = useMemo<AreaFeature[]>(() => {
    if (selected) return [selected];
    if (!selection || !geometry || !isParentCode(selection, geometry.level)) return [];
    const gemeente = selection.startsWith('GM')
      ? gemeenten?.features.find((f) => f.properties.code === selection)
      : undefined;
    return gemeente ? [gemeente] : geometry.features.filter((f) => liesIn(f.properties.code, selection));
  }, [selected, selection, geometry, gemeenten]);
  const labels = useLabels(loadedMap, viewTick, geometry, gemeenten, gemeenteTable, selected);
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  useEffect(() => {
    // The placed names, for tests and for anyone inspecting the map (read-only).
    if (container.current)
      Object.defineProperty(container.current, 'placedLabels', { value: labels, configurable: true });
  }, [labels]);
  useBasemap(loadedMap, basemap);
  const hovered = useMemo<AreaFeature | null>(
    () => (hoverCode ? (geometry?.features.find((f) => f.properties.code === hoverCode) ?? null) : null),
    [geometry, hoverCode],
  );
  const highlighted = useMemo<AreaFeature[]>(
    () =>
      highlight.length > 0 && geometry ? geometry.features.filter((f) => highlight.includes(f.properties.code)) : [],
    [geometry, highlight],
  );
  // The pick index is built on the first hover or click, not on the level switch.
  const geometryRef = useRef<Geometry | undefined>(undefined);
  geometryRef.current = geometry;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { view: initial, level: firstLevel, year: firstYear } = useAtlas.getState();
    const map = new MapLibre({
      container: el,
      style: offlineStyle(areaStyle(firstLevel, firstYear)),
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
    renderOncePerFrame(map);
    attachAreaLayers(map, firstLevel, firstYear);
    // The camera and events, for tests that check what is in view and how it is drawn (read-only use).
    Object.defineProperty(el, 'atlasMap', { value: map, configurable: true });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map
      .getCanvas()
      .setAttribute(
        'aria-label',
        `${label}. Pijltoetsen: schuiven, + en −: zoomen, Enter: het gebied in het midden van de kaart selecteren.`,
      );
    /** Marks each new key once, when the map is idle with it and the overlay (if it draws part of it) has drawn it. */
    const markDrawn = () => {
      const key = drawKeyRef.current;
      if (!key || key === drawnRef.current || idleKeyRef.current !== key || !overviewDrawn(map)) return;
      if (needsOverlayRef.current && overlayDrawnRef.current !== key) return;
      drawnRef.current = key;
      performance.mark(`drawn:${key}`);
      el.dataset.drawn = key;
      if (!variant) document.documentElement.dataset.drawn = key;
      useAtlas.getState().setColoured(shownRef.current.key);
    };
    map.on('idle', () => {
      idleKeyRef.current = drawKeyRef.current;
      markDrawn();
    });
    map.on('error', (e) => {
      const id = (e as { sourceId?: string }).sourceId;
      if (id && AREA_SOURCES.includes(id)) useAtlas.getState().addNotice(MAP_FILES_MISSING);
    });
    let deck: MapboxOverlay | null = null;
    let removed = false;
    let unsubscribeLevel = () => {};
    loadOverlayRef.current = () => {
      if (deck) return;
      void loadOverlay().then((m) => {
        if (removed || deck) return;
        deck = new m.MapboxOverlay({
          interleaved: false,
          layers: [],
          // deck.gl's canvas only draws; the map canvas below it takes focus and keys.
          onLoad: () => {
            for (const canvas of el.querySelectorAll('canvas:not(.maplibregl-canvas)')) {
              canvas.setAttribute('tabindex', '-1');
              canvas.setAttribute('aria-hidden', 'true');
            }
          },
          onAfterRender: () => {
            overlayDrawnRef.current = overlayKeyRef.current;
            markDrawn();
          },
        });
        map.addControl(deck);
        setOverlay({ deck, layersOf: m.overlayLayers });
      });
    };
    const report = () => {
      const c = map.getCenter();
      setZoom(map.getZoom());
      setViewTick((t) => t + 1);
      setView({ longitude: c.lng, latitude: c.lat, zoom: map.getZoom() });
    };
    map.on('moveend', report);
    // A restored WebGL context comes back without the areas' colours: paint them again.
    map.on('webglcontextrestored', () =>
      map.once('style.load', () => {
        shownRef.current = { geometry: null, colors: null, key: '' };
        showAreasRef.current();
      }),
    );
    map.on('resize', () => setViewTick((t) => t + 1));
    /** The area under a point: from the atlas's shapes, or from the drawn tiles while those still load. */
    const areaAt = (e: { lngLat: { lng: number; lat: number }; point: { x: number; y: number } }): string | null => {
      const current = geometryRef.current;
      if (!current) return codeAt(map, [e.point.x, e.point.y]);
      const index = pickIndexOf(current.features);
      const i = pickAt(index, e.lngLat.lng, e.lngLat.lat);
      return i < 0 ? null : index.features[i].properties.code;
    };
    const pointAt = (e: { point: { x: number; y: number } }): Voorziening | undefined => {
      const state = useAtlas.getState();
      if (variant || map.getZoom() <= CLUSTER_MAX_ZOOM) return undefined;
      const points = selectVisiblePoints(state);
      if (points.length === 0) return undefined;
      // Within 8 pixels of the pointer, the nearest point.
      const a = map.unproject([e.point.x - 8, e.point.y + 8]);
      const b = map.unproject([e.point.x + 8, e.point.y - 8]);
      let best: Voorziening | undefined;
      let bestD = Infinity;
      for (const p of points) {
        if (p.lon < a.lng || p.lon > b.lng || p.lat < a.lat || p.lat > b.lat) continue;
        const q = map.project([p.lon, p.lat]);
        const d = (q.x - e.point.x) ** 2 + (q.y - e.point.y) ** 2;
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
      return best;
    };
    // No hover while the map moves (a drag): no React work and no outline per frame.
    map.on('dragstart', () => {
      if (useAtlas.getState().hover) setHover(null);
    });
    map.on('mousemove', (e) => {
      if (map.isMoving() || (e.originalEvent.buttons & 1) !== 0) return;
      const point = pointAt(e);
      const area = areaAt(e);
      if (point) {
        setHover({ code: area ?? '', x: e.point.x, y: e.point.y, map: id, point });
        return;
      }
      const current = useAtlas.getState().hover;
      if (!area) {
        if (current) setHover(null);
        return;
      }
      setHover({ code: area, x: e.point.x, y: e.point.y, map: id });
    });
    map.on('mouseout', () => setHover(null));
    map.on('click', (e) => {
      const state = useAtlas.getState();
      // "Dichtbij": the click picks the spot to measure from instead of an area.
      if (state.pickingNear && !variant) {
        state.setNearFrom([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      // A service point under the pointer opens the service; a click beside it selects the area.
      const point = pointAt(e);
      if (point) {
        state.selectPoi(point);
        return;
      }
      if (state.poiSelected) state.selectPoi(null);
      select(areaAt(e));
    });
    // Keyboard users pan the area they want under the centre and press Enter.
    map.getCanvas().addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const canvas = map.getCanvas();
      const area = areaAt({
        lngLat: map.getCenter(),
        point: { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 },
      });
      if (area) select(area);
    });
    // Ready with its style, not at 'load' (which waits for the first tiles): the areas get their
    // colours while maplibre's worker decodes the tiles, and show with them.
    map.once('style.load', () => {
      // The first level's tiles are in the style; a later level's are asked for on the change in
      // the store itself, not after React has drawn the page again (a frame later).
      const { level, year } = useAtlas.getState();
      if (level === firstLevel && year === firstYear) {
        if (!isRegionSystem(level)) void hasTileSet(level, year).then(noticeIfMissing);
      } else if (!isRegionSystem(level)) showLevelFiles(map, level, year);
      unsubscribeLevel = useAtlas.subscribe((s, prev) => {
        if ((s.level !== prev.level || s.year !== prev.year) && !isRegionSystem(s.level))
          showLevelFiles(map, s.level, s.year);
      });
      // The colours known now go into the map's first frame, not one frame after React's effect.
      showAreasRef.current();
      setReady(true);
      setLoadedMap(map);
    });
    const unsync = sync?.add(map);
    const unregister = registerCapture(
      id,
      () => {
        map.redraw();
        const deckCanvas = deck?.getCanvas();
        return deckCanvas ? [map.getCanvas(), deckCanvas] : [map.getCanvas()];
      },
      (ctx, scale) => drawLabels(ctx, labelsRef.current, scale),
    );
    mapRef.current = map;
    setZoom(map.getZoom());
    return () => {
      removed = true;
      unsubscribeLevel();
      unsync?.();
      unregister();
      map.remove();
      mapRef.current = null;
      setOverlay(null);
      setLoadedMap(null);
    };
  }, [setView, setHover, select, sync, id, variant, label]);

  // Service points are part of the key: a frame with them counts as drawn once the overlay drew it.
  needsOverlayRef.current = points.length > 0;
  const wantsOverlay = points.length > 0 || nearFrom !== null || address !== null;
  useEffect(() => {
    if (wantsOverlay) loadOverlayRef.current();
  }, [wantsOverlay]);

  // The areas: colours and opacity as maplibre layers (regions also their dissolved shapes); a
  // change marks a new key. Tiles and the overview are coloured by code, without waiting for the
  // atlas's shapes; a new level's tiles start uncoloured, so a level change paints them anew.
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  showAreasRef.current = () => {
    const map = mapRef.current;
    if (!map || !colors || (isRegionSystem(level) && !geometry)) {
      drawKeyRef.current = '';
      return;
    }
    const shown = shownRef.current;
    const key = assetName(level, year);
    let changed = drawKey !== drawKeyRef.current;
    if (geometry && isRegionSystem(geometry.level) && geometry !== shown.geometry) {
      showRegions(map, geometry);
      changed = true;
    }
    if (colors !== shown.colors || key !== shown.key) {
      paintAreas(map, level, year, colors);
      changed = true;
    }
    shownRef.current = { geometry: geometry ?? null, colors, key };
    setAreaOpacity(map, opacity);
    drawKeyRef.current = drawKey;
    // A render follows, and 'idle' after it once every tile is drawn (an opacity change renders by itself).
    if (changed) map.triggerRepaint();
  };
  useEffect(() => {
    if (ready) showAreasRef.current();
  }, [geometry, colors, opacity, drawKey, ready, level, year]);

  const hatchedShapes = useMemo<AreaFeature[]>(() => {
    if (!geometry || !colors || colors.hatched.length === 0) return [];
    const hatched = new Set(colors.hatched);
    return geometry.features.filter((f) => hatched.has(f.properties.code));
  }, [geometry, colors]);
  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) showHatched(map, hatchedShapes);
  }, [hatchedShapes, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) showHover(map, hovered);
  }, [hovered, ready]);

  useEffect(() => {
    const map = mapRef.current;
    if (map && ready) showOutlines(map, highlighted, selectedShapes);
  }, [highlighted, selectedShapes, ready]);

  // Over the areas: names, service points, the "Dichtbij" rings and a found address.
  useEffect(() => {
    if (!overlay) return;
    overlayKeyRef.current = drawKey;
    overlay.deck.setProps({
      layers: overlay.layersOf(
        { points, clusters, nearFrom, near: nearFrom ? near.map((n) => n.point) : [], address },
        zoom,
      ),
    });
  }, [overlay, points, clusters, nearFrom, near, zoom, drawKey, address]);

  // After a change of level that kept the place: frame it (the gemeente's wijken, the wijk's buurten).
  const focusId = useAtlas((s) => s.focusId);
  const framedRef = useRef(0);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready || variant || selectedShapes.length === 0 || framedRef.current === focusId) return;
    framedRef.current = focusId;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: selectedShapes });
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: fitPadding(map.getContainer(), true), maxZoom: 15, duration: 600 },
    );
  }, [focusId, selectedShapes, ready, variant]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !flyTo) return;
    const [w, s, e, n] = flyTo.bbox;
    // Leave the area fully visible beside the panels that lie over the map (profile, comparison).
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: fitPadding(map.getContainer(), Boolean(useAtlas.getState().selection)), maxZoom: 15, duration: 600 },
    );
  }, [flyTo]);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label={label} data-map={id} />
      <MapLabels map={loadedMap} labels={labels} />
    </>
  );
}
