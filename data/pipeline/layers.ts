// The kit's area layers read and checked: boundaries with their tables per level and year, the
// region memberships and the Drechtsteden facts (added as columns to the gemeente tables).
import { KIT_FILES, readKitText } from './kit';
import { tableFromKwbCsv, tableFromProperties, tableFromSparseCsv } from './tables';
import { COLUMNS_2023 } from '../catalogue/columns2023';
import { COLUMNS_2022 } from '../catalogue/columns2022';
import type { Facts } from '../catalogue/facts';
import { duplicateCodes, geometryTableMismatch, missingParents, type PipelineIssue } from './validate';
import type { AreaFeature, TopologyOptions } from '../../geo/topology';
import { buurten2015, gemeenten2015, gemeenten2022, gemeenten2023, wijken2015 } from '../../geo/boundaries';
import type { AreaLevel, Membership } from '../../src/atlas/geography';
import type { AreaTable } from '../../src/atlas/indicators';
import { membershipFromCsv } from './memberships';
import { addFactColumns, factsFromCsv } from './facts';

/** Quantisation grid and minimum Visvalingam area (degrees²; 1e-6 ≈ 7,600 m²) per layer. */
export const GEOMETRY: Record<string, TopologyOptions> = {
  gemeente_2015: { quantization: 5e4, minWeight: 0 },
  // The kit's 2022 file is simplified already (0.001°, 5 decimals).
  gemeente_2022: { quantization: 5e4, minWeight: 0 },
  gemeente_2023: { quantization: 5e4, minWeight: 1e-6 },
  wijk_2015: { quantization: 5e4, minWeight: 1e-6 },
  buurt_2015: { quantization: 5e4, minWeight: 3e-7 },
};

export const SOURCES = {
  kwb2015: 'CBS Kerncijfers wijken en buurten 2015 (kit: indicators/kwb_2015_*.csv)',
  geo2015: 'CBS/PDOK wijk- en buurtkaart 2015 (kit: boundaries/*_2015)',
  gm2023: 'CBS/PDOK wijkenbuurten 2023, gemeenten (kit: boundaries/gemeente_2023.geojson)',
  gm2022: 'CBS/PDOK wijkenbuurten 2022, gemeenten (kit: boundaries/gemeente_2022.geojson)',
  kwb2022: 'CBS Kerncijfers wijken en buurten 2022, gemeenten (kit: indicators/kwb_2022_gemeente.csv)',
};

export interface LayerInput {
  level: AreaLevel;
  year: number;
  features: AreaFeature[];
  table: AreaTable;
  geometrySource: string;
  tableSource: string;
}

export function validateLayers(layers: LayerInput[]): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const byKey = new Map(layers.map((l) => [`${l.level}_${l.year}`, l]));
  for (const layer of layers) {
    const geometryCodes = layer.features.map((f) => f.properties.code);
    issues.push(...duplicateCodes(geometryCodes, layer.geometrySource));
    issues.push(...duplicateCodes(layer.table.codes, layer.tableSource));
    issues.push(...geometryTableMismatch(geometryCodes, layer.geometrySource, layer.table.codes, layer.tableSource));
    const gemeenten = byKey.get(`gemeente_${layer.year}`);
    if (layer.level !== 'gemeente' && gemeenten && layer.table.parents.gm) {
      issues.push(
        ...missingParents(
          layer.table.codes,
          layer.table.parents.gm,
          gemeenten.table.codes,
          layer.tableSource,
          'gemeente',
        ),
      );
    }
    // The geometry file names its parents too (GM_CODE, WK_CODE): each must exist, or the area
    // would sit under no gemeente on the map and in the search.
    if (layer.level !== 'gemeente' && gemeenten)
      issues.push(
        ...missingParents(
          geometryCodes,
          layer.features.map((f) => f.properties.gm ?? null),
          gemeenten.table.codes,
          layer.geometrySource,
          'gemeente',
        ),
      );
    const wijken = byKey.get(`wijk_${layer.year}`);
    if (layer.level === 'buurt' && wijken)
      issues.push(
        ...missingParents(
          geometryCodes,
          layer.features.map((f) => f.properties.wk ?? null),
          wijken.table.codes,
          layer.geometrySource,
          'wijk',
        ),
      );
    if (layer.level === 'buurt' && wijken && layer.table.parents.wk) {
      issues.push(
        ...missingParents(layer.table.codes, layer.table.parents.wk, wijken.table.codes, layer.tableSource, 'wijk'),
      );
    }
  }
  return issues;
}

export function readLayers(root: string): {
  layers: LayerInput[];
  memberships: Membership[];
  facts: Facts;
  issues: PipelineIssue[];
} {
  const issues: PipelineIssue[] = [];
  const kwb = (file: 'kwbGemeente2015' | 'kwbWijk2015' | 'kwbBuurt2015', level: AreaLevel) => {
    const parsed = tableFromKwbCsv(readKitText(root, file), level, 2015, KIT_FILES[file], SOURCES.kwb2015);
    issues.push(...parsed.issues);
    return parsed.table;
  };
  const gm2023 = gemeenten2023(readKitText(root, 'gemeente2023'), KIT_FILES.gemeente2023);
  const kwb2022 = tableFromSparseCsv(
    readKitText(root, 'kwbGemeente2022'),
    COLUMNS_2022,
    'gemeente',
    2022,
    'gwb_code',
    'naam',
    KIT_FILES.kwbGemeente2022,
    SOURCES.kwb2022,
  );
  issues.push(...kwb2022.issues);
  const layers: LayerInput[] = [
    {
      level: 'gemeente',
      year: 2015,
      features: gemeenten2015(readKitText(root, 'gemeente2015'), KIT_FILES.gemeente2015),
      table: kwb('kwbGemeente2015', 'gemeente'),
      geometrySource: KIT_FILES.gemeente2015,
      tableSource: KIT_FILES.kwbGemeente2015,
    },
    {
      level: 'wijk',
      year: 2015,
      features: wijken2015(readKitText(root, 'wijk2015'), KIT_FILES.wijk2015),
      table: kwb('kwbWijk2015', 'wijk'),
      geometrySource: KIT_FILES.wijk2015,
      tableSource: KIT_FILES.kwbWijk2015,
    },
    {
      level: 'buurt',
      year: 2015,
      features: buurten2015(readKitText(root, 'buurt2015'), KIT_FILES.buurt2015),
      table: kwb('kwbBuurt2015', 'buurt'),
      geometrySource: KIT_FILES.buurt2015,
      tableSource: KIT_FILES.kwbBuurt2015,
    },
    {
      level: 'gemeente',
      year: 2022,
      features: gemeenten2022(readKitText(root, 'gemeente2022'), KIT_FILES.gemeente2022),
      table: kwb2022.table,
      geometrySource: KIT_FILES.gemeente2022,
      tableSource: KIT_FILES.kwbGemeente2022,
    },
    {
      level: 'gemeente',
      year: 2023,
      features: gm2023.features,
      table: tableFromProperties(
        gm2023.properties,
        COLUMNS_2023,
        'gemeente',
        2023,
        'gemeentecode',
        'gemeentenaam',
        SOURCES.gm2023,
      ),
      geometrySource: KIT_FILES.gemeente2023,
      tableSource: KIT_FILES.gemeente2023,
    },
  ];
  const gemeenteTable = (year: number) => layers.find((l) => l.level === 'gemeente' && l.year === year)!.table;
  const memberships = (
    [
      [2015, 'membership2015'],
      [2022, 'membership2022'],
    ] as const
  ).map(([year, file]) => {
    const parsed = membershipFromCsv(readKitText(root, file), year, KIT_FILES[file], gemeenteTable(year).codes);
    issues.push(...parsed.issues);
    return parsed.membership;
  });
  const facts = factsFromCsv(readKitText(root, 'factsDrechtsteden2016'), KIT_FILES.factsDrechtsteden2016);
  issues.push(...facts.issues);
  // The Drechtsteden gemeenten have the same codes in 2015 and 2022: the 2016 reference figures
  // stand next to the figures of both years.
  for (const year of [2015, 2022])
    issues.push(...addFactColumns(gemeenteTable(year), facts.facts, KIT_FILES.factsDrechtsteden2016));
  return { layers, memberships, facts: facts.facts, issues };
}
