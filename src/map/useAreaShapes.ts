// The shapes a map marks: the selected area (or, for a gemeente or wijk that is the focus of its
// wijken or buurten, its outline or its areas'), the hovered area and the highlighted ones.
import { useEffect, useMemo } from 'react';
import { assetName } from '../atlas/geography';
import type { AreaFeature, Geometry } from '../atlas/regionGeometry';
import { isParentCode, liesIn } from '../atlas/selection';
import { useAtlas } from '../state/useAtlas';
import type { MapParts } from './useMapInstance';

export interface AreaShapes {
  selected: AreaFeature | null;
  /** What the selection outlines and the camera frames. */
  selectedShapes: AreaFeature[];
}

const byCode = (geometry: Geometry | undefined, code: string | null) =>
  code ? (geometry?.features.find((f) => f.properties.code === code) ?? null) : null;

export function useAreaShapes(
  id: string,
  geometry: Geometry | undefined,
  parts: MapParts | null,
  ready: boolean,
): AreaShapes {
  const selection = useAtlas((s) => s.selection);
  const hoverCode = useAtlas((s) => (s.hover?.map === id ? s.hover.code : null));
  const highlight = useAtlas((s) => s.highlight);
  const gemeenten = useAtlas((s) => s.geometries[assetName('gemeente', s.year)]);

  const selected = useMemo(() => byCode(geometry, selection), [geometry, selection]);
  const selectedShapes = useMemo<AreaFeature[]>(() => {
    if (selected) return [selected];
    if (!selection || !geometry || !isParentCode(selection, geometry.level)) return [];
    const gemeente = selection.startsWith('GM') ? byCode(gemeenten, selection) : null;
    return gemeente ? [gemeente] : geometry.features.filter((f) => liesIn(f.properties.code, selection));
  }, [selected, selection, geometry, gemeenten]);
  const hovered = useMemo(() => byCode(geometry, hoverCode), [geometry, hoverCode]);
  const highlighted = useMemo<AreaFeature[]>(
    () =>
      highlight.length > 0 && geometry ? geometry.features.filter((f) => highlight.includes(f.properties.code)) : [],
    [geometry, highlight],
  );

  useEffect(() => {
    if (parts && ready) parts.marks.showHover(hovered);
  }, [parts, ready, hovered]);
  useEffect(() => {
    if (parts && ready) parts.marks.showOutlines(highlighted, selectedShapes);
  }, [parts, ready, highlighted, selectedShapes]);

  return { selected, selectedShapes };
}
