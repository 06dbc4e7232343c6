// The opt-in background map: PDOK's BRT-Achtergrondkaart as raster tiles under the area colours
// (maplibre draws it below the area layers). Off means no source at all, so
// the page makes no request off its origin.
import { useEffect } from 'react';
import type { Map as MapLibre } from 'maplibre-gl';
import { useAtlas } from '../state/useAtlas';
import type { Basemap } from '../state/choices';
import { KADASTER_ATTRIBUTION, PDOK } from './pdok';
import { FIRST_AREA_LAYER } from './areaStyle';

const SOURCE = 'pdok-brt';
export const BASEMAP_FAILED =
  'De achtergrondkaart van PDOK kon (deels) niet worden geladen; de atlas werkt gewoon zonder. Controleer de verbinding of kies Achtergrondkaart: geen.';

export function useBasemap(map: MapLibre | null, basemap: Basemap): void {
  useEffect(() => {
    if (!map) return;
    if (map.getLayer(SOURCE)) map.removeLayer(SOURCE);
    if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    if (basemap === 'geen') return;
    map.addSource(SOURCE, {
      type: 'raster',
      tiles: [PDOK.tiles.replace('{layer}', basemap)],
      tileSize: 256,
      minzoom: 0,
      maxzoom: 19,
      attribution: KADASTER_ATTRIBUTION,
    });
    map.addLayer(
      { id: SOURCE, type: 'raster', source: SOURCE },
      map.getLayer(FIRST_AREA_LAYER) ? FIRST_AREA_LAYER : undefined,
    );
    let told = false;
    const onError = (e: object) => {
      if ((e as { sourceId?: string }).sourceId !== SOURCE || told) return;
      told = true;
      useAtlas.getState().addNotice(BASEMAP_FAILED);
    };
    map.on('error', onError);
    return () => {
      map.off('error', onError);
    };
  }, [map, basemap]);
}
