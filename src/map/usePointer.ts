// The pointer and keys on a map: hover names the area (or service point) under the pointer, a
// click selects it (or opens the service, or picks the "Dichtbij" spot), and Enter selects the
// area in the middle of the map for keyboard users. No hover while the map moves (a drag): no
// React work and no outline per frame.
import { useEffect } from 'react';
import type { Map as MapLibre } from 'maplibre-gl';
import { CLUSTER_MAX_ZOOM } from '../atlas/clusters';
import { pickAt, pickIndexOf } from '../atlas/pick';
import type { Voorziening } from '../atlas/socialeKaart';
import { selectGeometry, selectVisiblePoints } from '../state/selectors';
import { useAtlas } from '../state/useAtlas';
import { pointNear } from './pointHit';
import type { MapParts } from './useMapInstance';

interface PointerEvent {
  lngLat: { lng: number; lat: number };
  point: { x: number; y: number };
}

/** The area under a point: from the atlas's shapes, or from the drawn tiles while those still load. */
function areaAt(parts: MapParts, e: PointerEvent): string | null {
  // The pick index is built on the first hover or click, not on the level switch.
  const geometry = selectGeometry(useAtlas.getState());
  if (!geometry) return parts.areas.codeAt([e.point.x, e.point.y]);
  const index = pickIndexOf(geometry.features);
  const i = pickAt(index, e.lngLat.lng, e.lngLat.lat);
  return i < 0 ? null : index.features[i].properties.code;
}

/** The service point under the pointer, where points are drawn one by one. */
function pointAt(map: MapLibre, e: PointerEvent): Voorziening | undefined {
  if (map.getZoom() <= CLUSTER_MAX_ZOOM) return undefined;
  const points = selectVisiblePoints(useAtlas.getState());
  if (points.length === 0) return undefined;
  return pointNear(
    points,
    e.point,
    (p) => map.project(p),
    (p) => map.unproject(p),
  );
}

export function usePointer(parts: MapParts | null, id: string, variant: string | undefined): void {
  useEffect(() => {
    if (!parts) return;
    const { map } = parts;
    const { setHover, select } = useAtlas.getState();
    const pointOf = (e: PointerEvent) => (variant ? undefined : pointAt(map, e));
    const onDragStart = () => {
      if (useAtlas.getState().hover) setHover(null);
    };
    const onMove = (e: PointerEvent & { originalEvent: MouseEvent }) => {
      if (map.isMoving() || (e.originalEvent.buttons & 1) !== 0) return;
      const point = pointOf(e);
      const area = areaAt(parts, e);
      if (point) {
        setHover({ code: area ?? '', x: e.point.x, y: e.point.y, map: id, point });
        return;
      }
      if (!area) {
        if (useAtlas.getState().hover) setHover(null);
        return;
      }
      setHover({ code: area, x: e.point.x, y: e.point.y, map: id });
    };
    const onOut = () => setHover(null);
    const onClick = (e: PointerEvent) => {
      const state = useAtlas.getState();
      // "Dichtbij": the click picks the spot to measure from instead of an area.
      if (state.pickingNear && !variant) {
        state.setNearFrom([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      // A service point under the pointer opens the service; a click beside it selects the area.
      const point = pointOf(e);
      if (point) {
        state.selectPoi(point);
        return;
      }
      if (state.poiSelected) state.selectPoi(null);
      select(areaAt(parts, e));
    };
    // Keyboard users pan the area they want under the centre and press Enter.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      const canvas = map.getCanvas();
      const area = areaAt(parts, {
        lngLat: map.getCenter(),
        point: { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 },
      });
      if (area) select(area);
    };
    map.on('dragstart', onDragStart);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('click', onClick);
    map.getCanvas().addEventListener('keydown', onKey);
    return () => {
      map.off('dragstart', onDragStart);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('click', onClick);
      map.getCanvas().removeEventListener('keydown', onKey);
    };
  }, [parts, id, variant]);
}
