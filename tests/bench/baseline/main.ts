// The benchmark's baseline: the same polygons as plain GeoJSON in a maplibre fill layer, coloured
// by a precomputed class property. It marks its first frame with the polygons drawn.
// ?data=buurt_2015.geojson picks another level's file, ?kaart=lon,lat,zoom the view (as in the atlas).
import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';

setWorkerUrl(workerUrl);
const colors = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
const params = new URLSearchParams(location.search);
const data = `./${params.get('data') ?? 'gemeente_2015.geojson'}`;
const view = params.get('kaart')?.split(',').map(Number);
const map = new MapLibre({
  container: 'map',
  ...(view
    ? { center: [view[0], view[1]] as [number, number], zoom: view[2] }
    : { bounds: [3.31, 50.75, 7.23, 53.56] as [number, number, number, number], fitBoundsOptions: { padding: 16 } }),
  style: {
    version: 8,
    sources: { g: { type: 'geojson', data } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'g',
        paint: {
          'fill-color': [
            'match',
            ['get', 'klasse'],
            1,
            colors[0],
            2,
            colors[1],
            3,
            colors[2],
            4,
            colors[3],
            5,
            colors[4],
            '#e0e0e0',
          ],
          'fill-outline-color': '#ffffff',
        },
      },
    ],
  },
});
let marked = false;
map.on('render', () => {
  if (!marked && map.isSourceLoaded('g') && map.queryRenderedFeatures({ layers: ['fill'] }).length > 0) {
    marked = true;
    performance.mark('drawn:baseline');
    document.documentElement.dataset.drawn = 'baseline';
  }
});
// For the benchmark's check that a drag really moved the map.
(window as unknown as { benchMap: MapLibre }).benchMap = map;
