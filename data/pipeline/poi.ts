// The kit's POI layers (poi/*.geojson) normalised into the Voorziening schema, and placed in the
// buurt, wijk and gemeente they lie in, using the same generated geometries the map draws.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { buildPickIndex, pickAt } from '../../src/atlas/pick';
import { safeWebsite, type Category, type Voorziening } from '../../src/atlas/socialeKaart';
import type { AreaProperties } from '../../src/atlas/geography';
import type { AreaTable } from '../../src/atlas/indicators';
import { POI_COUNT_PREFIX, POI_LAYERS, type PoiLayer } from '../catalogue/poiLayers';
import type { PipelineIssue } from './validate';

type Props = Record<string, unknown>;

const text = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim() : '';
/** "1079LK" and "1079 LK " both become "1079 LK". */
export const postcode = (v: unknown): string => {
  const t = text(v).toUpperCase().replace(/\s/g, '');
  return /^\d{4}[A-Z]{2}$/.test(t) ? `${t.slice(0, 4)} ${t.slice(4)}` : text(v);
};
/** Place names in the care layers are upper case ("AMSTERDAM"); keep their own capitalisation elsewhere. */
const place = (v: unknown): string => {
  const t = text(v);
  return t === t.toUpperCase()
    ? t.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : t;
};

const care = (p: Props): Partial<Voorziening> => ({
  naam: text(p.Naam),
  organisatie: text(p.Naam),
  straat: text(p.Straat),
  huisnummer: text(p.huisnummer) + text(p['huisnummer-toevoeging letter']),
  postcode: postcode(p.postcode),
  plaats: text(p.Woonplaats) || place(p.plaatsnaam),
});
const school =
  (nameKey: string) =>
  (p: Props): Partial<Voorziening> => ({
    naam: text(p[nameKey]),
    organisatie: '',
    straat: text(p.STRAATNAAM),
    huisnummer: text(p['HUISNUMMER-TOEVOEGING']),
    postcode: postcode(p.POSTCODE),
    plaats: place(p.PLAATSNAAM),
    telefoon: text(p.TELEFOONNUMMER),
    website: safeWebsite(p.INTERNETADRES),
  });

/** How each layer's properties become a Voorziening (the school layers spell their keys differently). */
export const POI_MAPPERS: Record<Category, ((p: Props) => Partial<Voorziening>) | undefined> = {
  ggz: care,
  ghz: care,
  vvt: care,
  ziekenhuis: (p) => ({
    naam: text(p['Naam locatie']),
    organisatie: text(p['Naam concern']),
    straat: text(p.Straat),
    huisnummer: text(p.huisnummer),
    postcode: postcode(p.postcode),
    plaats: place(p.plaatsnaam),
  }),
  gemeentehuis: (p) => ({
    naam: text(p.Organisati),
    organisatie: text(p.GEM),
    straat: text(p.LOC_STRAAT),
    huisnummer: text(p.Huisnr),
    postcode: postcode(p.Postcode),
    plaats: text(p.Woonplaats),
    telefoon: text(p.Telefoon),
    website: safeWebsite(p.Website),
  }),
  // "VESTIGINGSNAAM " has a trailing space in the primary schools' layer (see the kit README).
  basisschool: school('VESTIGINGSNAAM '),
  voortgezet: school('VESTIGINGSNAAM'),
  speciaal: school('VESTIGINGSNAAM'),
  eigen: undefined,
};

type Areas = Feature<Polygon | MultiPolygon, AreaProperties>[];

/** Normalises one layer; a point without a name or position is reported and skipped. */
export function normaliseLayer(
  layer: PoiLayer,
  fc: FeatureCollection<Point, Props>,
  places: { buurt: Areas; wijk: Areas; gemeente: Areas },
): { points: Voorziening[]; issues: PipelineIssue[] } {
  const issues: PipelineIssue[] = [];
  const points: Voorziening[] = [];
  const index = {
    buurt: buildPickIndex(places.buurt),
    wijk: buildPickIndex(places.wijk),
    gemeente: buildPickIndex(places.gemeente),
  };
  const codeAt = (level: 'buurt' | 'wijk' | 'gemeente', lon: number, lat: number) => {
    const i = pickAt(index[level], lon, lat);
    return i < 0 ? '' : index[level].features[i].properties.code;
  };
  fc.features.forEach((f, n) => {
    const [lon, lat] = f.geometry?.coordinates ?? [];
    const base: Partial<Voorziening> = POI_MAPPERS[layer.categorie]?.(f.properties ?? {}) ?? {};
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      issues.push({
        severity: 'warning',
        file: layer.file,
        message: `punt ${n + 1} (${base.naam || 'zonder naam'}) heeft geen geldige coördinaten; overgeslagen`,
      });
      return;
    }
    if (!base.naam) {
      issues.push({ severity: 'warning', file: layer.file, message: `punt ${n + 1} heeft geen naam; overgeslagen` });
      return;
    }
    const bu = codeAt('buurt', lon, lat);
    points.push({
      id: `${layer.categorie}-${n + 1}`,
      naam: base.naam,
      organisatie: base.organisatie ?? '',
      categorie: layer.categorie,
      wet: '',
      soort: '',
      toegang: '',
      leeftijd: '',
      straat: base.straat ?? '',
      huisnummer: base.huisnummer ?? '',
      postcode: base.postcode ?? '',
      plaats: base.plaats ?? '',
      telefoon: base.telefoon ?? '',
      website: base.website ?? '',
      werkgebied: '',
      inloop: '',
      bron: layer.bron,
      bronDatum: layer.bronDatum,
      kanttekening: layer.kanttekening,
      lon: Math.round(lon * 1e6) / 1e6,
      lat: Math.round(lat * 1e6) / 1e6,
      bu,
      wk: codeAt('wijk', lon, lat),
      gm: codeAt('gemeente', lon, lat),
    });
  });
  return { points, issues };
}

/** One count column per category (POI_basisschool, …): services lying in each area. */
export function addPoiCounts(table: AreaTable, points: Voorziening[]): void {
  const key = table.level === 'buurt' ? 'bu' : table.level === 'wijk' ? 'wk' : 'gm';
  const rowOf = new Map(table.codes.map((c, i) => [c, i]));
  for (const layer of POI_LAYERS) table.columns[`${POI_COUNT_PREFIX}${layer.categorie}`] = table.codes.map(() => 0);
  for (const p of points) {
    const row = rowOf.get(p[key]);
    const column = table.columns[`${POI_COUNT_PREFIX}${p.categorie}`];
    if (row !== undefined && column) column[row] = (column[row] ?? 0) + 1;
  }
}
