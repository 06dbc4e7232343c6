// The generated assets, staged one kind at a time: each level's topology with its tiles and
// overview, the sociale kaart's points, the tables, the memberships and the search entries.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parseKitFeatureCollection } from '../../geo/kitJson';
import { buildTopology } from '../../geo/topology';
import {
  VOORZIENINGEN_FILE,
  geometryFile,
  membershipFile,
  searchFile,
  tableFile,
  type ManifestAsset,
} from '../../src/atlas/assets';
import {
  LEVEL_LABELS,
  REGION_SYSTEMS,
  type AreaLevel,
  type AreaProperties,
  type Membership,
} from '../../src/atlas/geography';
import { dissolveRegions } from '../../src/atlas/dissolve';
import type { Voorziening } from '../../src/atlas/socialeKaart';
import { POI_LAYERS } from '../catalogue/poiLayers';
import { GEOMETRY, SOURCES, type LayerInput } from './layers';
import { addPoiCounts, normaliseLayer } from './poi';
import { searchRows } from './searchIndex';
import { stage, stageTiles, type Staged } from './stage';
import { formatIssue } from './validate';

/** The topology of every layer, and the same shapes cut into tiles and rasterised as its overview. */
export function stageAreaLayers(
  staged: Staged[],
  layers: LayerInput[],
): { assets: ManifestAsset[]; topologies: Map<string, Topology> } {
  const assets: ManifestAsset[] = [];
  const topologies = new Map<string, Topology>();
  for (const layer of layers) {
    const key = `${layer.level}_${layer.year}`;
    const topo = buildTopology(layer.level, layer.features, GEOMETRY[key]);
    topologies.set(key, topo);
    assets.push(
      stage(staged, geometryFile(layer.level, layer.year), JSON.stringify(topo), {
        kind: 'geometry',
        level: layer.level,
        year: layer.year,
        count: layer.features.length,
        source: layer.year === 2015 ? SOURCES.geo2015 : layer.year === 2022 ? SOURCES.gm2022 : SOURCES.gm2023,
      }),
    );
    // The same shapes as maplibre draws them, cut into tiles, from this topology.
    assets.push(
      ...stageTiles(staged, topo, layer.level, layer.year, `${geometryFile(layer.level, layer.year)} (npm run data)`),
    );
  }
  return { assets, topologies };
}

type Places = Parameters<typeof normaliseLayer>[2];

/** The kit's service points in the one schema, placed in the areas of the generated 2015 shapes. */
export function stageVoorzieningen(
  staged: Staged[],
  kitRoot: string,
  topologies: Map<string, Topology>,
  warnings: string[],
): { asset: ManifestAsset; voorzieningen: Voorziening[] } {
  const places = Object.fromEntries(
    ['buurt', 'wijk', 'gemeente'].map((level) => {
      const topo = topologies.get(`${level}_2015`)!;
      const object = topo.objects[level] as GeometryCollection<AreaProperties>;
      return [level, (feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>).features];
    }),
  ) as Places;
  const voorzieningen: Voorziening[] = [];
  for (const layer of POI_LAYERS) {
    const fc = parseKitFeatureCollection<Parameters<typeof normaliseLayer>[1]>(
      readFileSync(resolve(kitRoot, layer.file), 'utf8'),
      layer.file,
    );
    const result = normaliseLayer(layer, fc, places);
    voorzieningen.push(...result.points);
    warnings.push(...result.issues.map(formatIssue));
  }
  const asset = stage(staged, VOORZIENINGEN_FILE, JSON.stringify(voorzieningen), {
    kind: 'poi',
    year: 2015,
    count: voorzieningen.length,
    source: POI_LAYERS.map((l) => l.file).join(', '),
  });
  return { asset, voorzieningen };
}

/** The tables (with the services counted per area of 2015) and the memberships. */
export function stageTables(
  staged: Staged[],
  layers: LayerInput[],
  memberships: Membership[],
  voorzieningen: Voorziening[],
): ManifestAsset[] {
  // Counts of services per area become table columns, so "voorzieningen per 1.000 inwoners"
  // is a rate like any other and sums up to regions.
  for (const layer of layers.filter((l) => l.year === 2015)) addPoiCounts(layer.table, voorzieningen);
  const tables = layers.map((layer) =>
    stage(staged, tableFile(layer.level, layer.year), JSON.stringify(layer.table), {
      kind: 'table',
      level: layer.level,
      year: layer.year,
      count: layer.table.codes.length,
      source: layer.table.source,
    }),
  );
  const regions = memberships.map((m) =>
    stage(staged, membershipFile(m.year), JSON.stringify(m), {
      kind: 'membership',
      year: m.year,
      count: m.gemeenten.length,
      source: m.source,
    }),
  );
  return [...tables, ...regions];
}

/** Search entries per year: every area, and the regions dissolved from the gemeenten. */
export function stageSearch(
  staged: Staged[],
  layers: LayerInput[],
  memberships: Membership[],
  topologies: Map<string, Topology>,
): ManifestAsset[] {
  return [...new Set(layers.map((l) => l.year))].map((year) => {
    const ofYear = layers.filter((l) => l.year === year);
    const names = (level: AreaLevel) => {
      const layer = ofYear.find((l) => l.level === level);
      return new Map(layer ? layer.table.codes.map((c, i) => [c, layer.table.names[i]]) : []);
    };
    const rows = ofYear.flatMap((l) => searchRows(l.features, names('gemeente'), names('wijk')));
    const membership = memberships.find((m) => m.year === year);
    const topo = topologies.get(`gemeente_${year}`);
    if (membership && topo) {
      const object = topo.objects.gemeente as GeometryCollection<AreaProperties>;
      for (const system of REGION_SYSTEMS) {
        const regions = dissolveRegions(topo, object, membership, system);
        rows.push(...searchRows(regions, new Map(), new Map(), LEVEL_LABELS[system].one));
      }
    }
    return stage(staged, searchFile(year), JSON.stringify(rows), {
      kind: 'search',
      year,
      count: rows.length,
      source: ofYear.map((l) => l.geometrySource).join(', '),
    });
  });
}
