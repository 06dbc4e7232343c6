// Reads the kit's boundary files into AreaFeatures with properties cut to code, name and parents.
import { feature } from 'topojson-client';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { AreaFeature } from './topology';
import { KitFormatError, parseKitFeatureCollection, parseKitJson } from './kitJson';

type Props = Record<string, unknown>;

function pick(props: Props, key: string): string | undefined {
  const value = props[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function toArea(
  f: { geometry: Polygon | MultiPolygon; properties: Props },
  codeKey: string,
  nameKey: string,
  gmKey?: string,
  wkKey?: string,
): AreaFeature {
  const props = f.properties;
  const area: AreaFeature = {
    type: 'Feature',
    geometry: f.geometry,
    properties: { code: pick(props, codeKey) ?? '', naam: pick(props, nameKey) ?? '' },
  };
  const gm = gmKey ? pick(props, gmKey) : undefined;
  const wk = wkKey ? pick(props, wkKey) : undefined;
  if (gm) area.properties.gm = gm;
  if (wk) area.properties.wk = wk;
  return area;
}

/** A kit GeoJSON file as a FeatureCollection, or a KitFormatError naming the file. */
function collection(text: string, file: string): FeatureCollection<Polygon | MultiPolygon, Props> {
  const fc = parseKitFeatureCollection<FeatureCollection<Polygon | MultiPolygon, Props>>(text, file);
  fc.features.forEach((f, i) => {
    if (!f || typeof f !== 'object' || !f.properties || !f.geometry)
      throw new KitFormatError(`${file}: object ${i + 1} van "features" heeft geen properties of geometrie.`);
  });
  return fc;
}

export function gemeenten2015(topojsonText: string, file = 'gemeente_2015'): AreaFeature[] {
  const topo = parseKitJson<Topology>(topojsonText, file);
  const object = topo.objects.gemeente_2015 as GeometryCollection<Props>;
  if (!object || !Array.isArray(object.geometries))
    throw new KitFormatError(`${file}: object gemeente_2015 ontbreekt.`);
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, Props>;
  return fc.features.map((f) => toArea(f, 'statcode', 'statnaam'));
}

/** Gemeenten 2022 (the kit already dropped GM0998 "Buitenland"). */
export function gemeenten2022(geojsonText: string, file = 'gemeente_2022'): AreaFeature[] {
  const fc = collection(geojsonText, file);
  return fc.features.filter((f) => f.properties.statcode !== 'GM0998').map((f) => toArea(f, 'statcode', 'statnaam'));
}

/** Gemeenten 2023 without GM0998 "Buitenland", which is no gemeente. */
export function gemeenten2023(
  geojsonText: string,
  file = 'gemeente_2023',
): { features: AreaFeature[]; properties: Props[] } {
  const fc = collection(geojsonText, file);
  const kept = fc.features.filter((f) => f.properties.gemeentecode !== 'GM0998');
  return {
    features: kept.map((f) => toArea(f, 'gemeentecode', 'gemeentenaam')),
    properties: kept.map((f) => f.properties),
  };
}

export function wijken2015(geojsonText: string, file = 'wijk_2015'): AreaFeature[] {
  const fc = collection(geojsonText, file);
  return fc.features.map((f) => toArea(f, 'WK_CODE', 'WK_NAAM', 'GM_CODE'));
}

export function buurten2015(geojsonText: string, file = 'buurt_2015'): AreaFeature[] {
  const fc = collection(geojsonText, file);
  return fc.features.map((f) => toArea(f, 'BU_CODE', 'BU_NAAM', 'GM_CODE', 'WK_CODE'));
}
