// The marks over the areas of one map: the dashed outline of "onvolledig", the area under the pointer
// and the outlines of the selection and of highlighted areas, each a small GeoJSON source.
import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { AreaFeature } from '../atlas/regionGeometry';
import { INCOMPLETE, INCOMPLETE_LAYERS, HOVER, HOVER_LAYERS, OUTLINES, OUTLINE_LAYERS } from './areaStyle';
import { show } from './styleEdits';

export class AreaMarks {
  constructor(private readonly map: MapLibre) {}

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  /** A small GeoJSON source and its layers, shown while it has features. An empty source is not
   *  set empty again: that would reload its tiles and cost a render. */
  private setSmallSource(id: string, features: Feature[], layers: string[]): void {
    const shown = features.length > 0;
    if (shown || this.map.getLayoutProperty(layers[0], 'visibility') !== 'none')
      void this.source(id)?.setData({ type: 'FeatureCollection', features });
    show(this.map, layers, shown);
  }

  /** The areas outlined as "onvolledig" (regions whose value leaves out members without a figure). */
  showIncomplete(shapes: AreaFeature[]): void {
    this.setSmallSource(INCOMPLETE, shapes, INCOMPLETE_LAYERS);
  }

  /** The area under the pointer, in a source of its own: a hover reloads one shape, not the selection. */
  showHover(hovered: AreaFeature | null): void {
    this.setSmallSource(HOVER, hovered ? [hovered] : [], HOVER_LAYERS);
  }

  /** The highlighted and selected areas, each role drawn by its own layers from one small source. */
  showOutlines(highlighted: AreaFeature[], selected: AreaFeature[]): void {
    const tagged = (features: AreaFeature[], rol: string) =>
      features.map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { rol } }));
    this.setSmallSource(
      OUTLINES,
      [...tagged(highlighted, 'markering'), ...tagged(selected, 'selectie')],
      OUTLINE_LAYERS,
    );
  }
}
