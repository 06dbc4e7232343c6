// Times the atlas core in the browser on the generated assets: the risk model refit with every
// region system and its quintiles, and the dissolve of the four systems against turf.union.
import { featureCollection, union } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASE_CATALOGUE } from '../../../data/catalogue/catalogue';
import { DEFAULT_FACTORS, riskFactor } from '../../../data/catalogue/riskFactors';
import { regionAreas, regionSet } from '../../../src/atlas/aggregate';
import { tableAreas } from '../../../src/atlas/areas';
import { compare } from '../../../src/atlas/comparison';
import { dissolveRegions } from '../../../src/atlas/dissolve';
import { REGION_SYSTEMS, regionMembers, type AreaProperties, type Membership } from '../../../src/atlas/geography';
import type { AreaTable } from '../../../src/atlas/indicators';
import { fitRiskModel } from '../../../src/atlas/riskCorrection';
import { joinTable } from '../../../src/atlas/tableJoin';
import { detectColumns } from '../../../src/atlas/tableDetect';
import { parseTable } from '../../../src/atlas/tableParse';

const findIndicator = (id: string) => BASE_CATALOGUE.find((d) => d.id === id);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const json = async <T>(file: string): Promise<T> => (await fetch(`./generated/${file}`)).json() as Promise<T>;

async function run() {
  const [topo, table, membership, table2022, membership2022] = await Promise.all([
    json<Topology>('gemeente_2015.topo.json'),
    json<AreaTable>('gemeente_2015.table.json'),
    json<Membership>('regio_2015.json'),
    json<AreaTable>('gemeente_2022.table.json'),
    json<Membership>('regio_2022.json'),
  ]);

  /** Refit + gemeenten + four region systems, each with quintiles and the funnel. */
  const recomputeOf = (id: string, t: AreaTable, m: Membership) => {
    const outcome = findIndicator(id)!;
    const factors = DEFAULT_FACTORS[id].map((f) => riskFactor(f)!);
    return () => {
      // Fresh copies each time, so no cached indicator or region values are reused.
      const fresh: AreaTable = { ...t };
      const gemeenten = tableAreas(fresh);
      const model = fitRiskModel(gemeenten, outcome, factors);
      let shifts = compare(model, gemeenten, gemeenten).shifts.length;
      for (const system of REGION_SYSTEMS)
        shifts += compare(model, gemeenten, regionAreas(regionSet(m, system, fresh), fresh)).shifts.length;
      return shifts;
    };
  };
  const timeRecompute = (recompute: () => number) => {
    recompute();
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      recompute();
      times.push(performance.now() - t);
    }
    return median(times);
  };
  const risk = timeRecompute(recomputeOf('bijstand_1564', table, membership));
  const riskWmo2022 = timeRecompute(recomputeOf('wmo_per_1000', table2022, membership2022));
  const riskJeugd2022 = timeRecompute(recomputeOf('jeugdzorg_pct', table2022, membership2022));

  const object = topo.objects.gemeente as GeometryCollection<AreaProperties>;
  const dissolveAll = () =>
    REGION_SYSTEMS.reduce((n, system) => n + dissolveRegions(topo, object, membership, system).length, 0);
  dissolveAll();
  const dissolve: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    dissolveAll();
    dissolve.push(performance.now() - t);
  }

  // Baseline: turf.union over the same member gemeenten, as GeoJSON (decoding not timed).
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  const byCode = new Map(fc.features.map((f) => [f.properties.code, f]));
  const unionAll = () => {
    let n = 0;
    for (const system of REGION_SYSTEMS) {
      for (const members of regionMembers(membership, system)) {
        const parts = members
          .map((m) => byCode.get(m))
          .filter((f): f is Feature<Polygon | MultiPolygon, AreaProperties> => f !== undefined);
        if (parts.length === 1 || union(featureCollection(parts))) n++;
      }
    }
    return n;
  };
  const turf: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    unionAll();
    turf.push(performance.now() - t);
  }

  // An own table of 50,000 rows of buurt codes: read, detected and joined as the import dialog does.
  const buurten = await json<AreaTable>('buurt_2015.table.json');
  const lines = ['"Perioden";"RegioS";"Meldingen_1";"Bewoners_2"'];
  for (let i = 0; i < 50_000; i++)
    lines.push(
      `"2015JJ00";"${buurten.codes[(i * 31) % buurten.codes.length].padEnd(10)}";"${i % 13 === 0 ? '.' : i % 500}";"${(i % 97) * 1.5}"`,
    );
  const csv = lines.join('\r\n');
  const refs = [{ level: 'buurt' as const, year: 2015, codes: buurten.codes, names: buurten.names }];
  const importOnce = () => {
    const parsed = parseTable(csv);
    const d = parsed.table && detectColumns(parsed.table, refs).detection;
    if (!parsed.table || !d) throw new Error('import failed');
    return joinTable(parsed.table, { ...d, year: 2015, period: d.periods[0] ?? null }, refs).matched.length;
  };
  importOnce();
  const imports: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    importOnce();
    imports.push(performance.now() - t);
  }

  const result = {
    table_import_50k_ms: median(imports),
    risk_recompute_ms: risk,
    risk_recompute_2022_ms: Math.max(riskWmo2022, riskJeugd2022),
    risk_recompute_2022_wmo_ms: riskWmo2022,
    risk_recompute_2022_jeugdzorg_ms: riskJeugd2022,
    dissolve_ms: median(dissolve),
    dissolve_turf_union_ms: median(turf),
  };
  (window as unknown as { __bench: unknown }).__bench = result;
}

run().catch((error: unknown) => {
  (window as unknown as { __bench: unknown }).__bench = { error: String(error) };
});
