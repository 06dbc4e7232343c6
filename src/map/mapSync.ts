// Several maps on one camera (the comparison's maps). No maplibre code of its own, so that the
// comparison can hold one before the map module has loaded.
import type { Map as MapLibre } from 'maplibre-gl';

/** Keeps several maps on one camera: a move of one is copied to the others. */
export class MapSync {
  private maps = new Set<MapLibre>();
  private copying = false;

  add(map: MapLibre): () => void {
    const follow = () => {
      if (this.copying) return;
      this.copying = true;
      for (const other of this.maps) if (other !== map) other.jumpTo({ center: map.getCenter(), zoom: map.getZoom() });
      this.copying = false;
    };
    this.maps.add(map);
    map.on('move', follow);
    for (const other of this.maps) {
      if (other !== map) {
        map.jumpTo({ center: other.getCenter(), zoom: other.getZoom() });
        break;
      }
    }
    return () => {
      map.off('move', follow);
      this.maps.delete(map);
    };
  }
}
