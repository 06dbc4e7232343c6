// The areas of a map in their colours and opacity (regions also their dissolved shapes), the
// dashed outline of "onvolledig", the hovered area and the outlines; each change marks a new draw key.
// Tiles and the overview are coloured by code, without waiting for the atlas's shapes.
import { useEffect, useLayoutEffect, useMemo, type RefObject } from 'react';
import { isRegionSystem, type Level } from '../atlas/geography';
import type { AreaFeature, Geometry } from '../atlas/regionGeometry';
import type { FeatureColors } from '../state/selectors';
import type { MapParts } from './useMapInstance';

export interface PaintInput {
  level: Level;
  year: number;
  geometry: Geometry | undefined;
  colors: FeatureColors | null;
  drawKey: string;
  /** 0.2–1. */
  opacity: number;
}

/** Shows the areas as the input says; a render follows when something changed, and 'idle' after it. */
export function paintAreas(parts: MapParts, input: PaintInput): void {
  const { map, areas, drawn } = parts;
  const { level, year, geometry, colors, drawKey, opacity } = input;
  if (!colors || (isRegionSystem(level) && !geometry)) {
    drawn.key = '';
    return;
  }
  let changed = drawKey !== drawn.key;
  if (areas.showAreas(level, year, geometry, colors)) changed = true;
  areas.setOpacity(opacity);
  drawn.key = drawKey;
  // An opacity change renders by itself.
  if (changed) map.triggerRepaint();
}

export function useAreaPaint(
  parts: MapParts | null,
  ready: boolean,
  paintRef: RefObject<(parts: MapParts) => void>,
  input: PaintInput,
): void {
  const { level, year, geometry, colors, drawKey, opacity } = input;
  // The map calls the latest painter when its style loads (the colours go into its first frame).
  useLayoutEffect(() => {
    paintRef.current = (p) => paintAreas(p, { level, year, geometry, colors, drawKey, opacity });
  }, [paintRef, level, year, geometry, colors, drawKey, opacity]);
  useEffect(() => {
    if (parts && ready) paintRef.current(parts);
  }, [parts, ready, paintRef, level, year, geometry, colors, drawKey, opacity]);

  const incompleteShapes = useMemo<AreaFeature[]>(() => {
    if (!geometry || !colors || colors.incomplete.length === 0) return [];
    const incomplete = new Set(colors.incomplete);
    return geometry.features.filter((f) => incomplete.has(f.properties.code));
  }, [geometry, colors]);
  useEffect(() => {
    if (parts && ready) parts.marks.showIncomplete(incompleteShapes);
  }, [parts, ready, incompleteShapes]);
}
