// The sociale kaart: service points in one schema, and the questions a wijkteam asks of them —
// what is in this area, what is nearest to this spot, filtered by category, law or text.
import { normalizeName } from './search';

export const CATEGORIES = {
  ggz: 'GGZ-organisatie',
  ghz: 'Gehandicaptenzorg-organisatie',
  vvt: 'VVT-organisatie (verpleging, verzorging, thuiszorg)',
  ziekenhuis: 'Ziekenhuis',
  gemeentehuis: 'Gemeentehuis / loket',
  basisschool: 'Basisschool',
  voortgezet: 'Voortgezet onderwijs',
  speciaal: 'Speciaal (basis)onderwijs',
  eigen: 'Eigen lijst',
} as const;
export type Category = keyof typeof CATEGORIES;

/** Largest own list a team can import (bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The kit's points lie in the areas of this year (the pipeline places them in its buurten, wijken and gemeenten). */
export const POINTS_YEAR = 2015;

/** One service point. Fields the source does not give stay empty: nothing is invented. */
export interface Voorziening {
  id: string;
  naam: string;
  organisatie: string;
  categorie: Category;
  /** The category name a team gave its own point (categorie is then 'eigen'). */
  teamCategorie?: string;
  wet: string;
  /** 'algemeen' (walk in), 'maatwerk' (referral or beschikking), or '' when unknown. */
  soort: '' | 'algemeen' | 'maatwerk';
  toegang: string;
  leeftijd: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  telefoon: string;
  /** Only http(s) URLs; '' otherwise. */
  website: string;
  werkgebied: string;
  inloop: string;
  bron: string;
  bronDatum: string;
  /** A caveat shown with the point, e.g. that it is an organisation's registered address. */
  kanttekening: string;
  lon: number;
  lat: number;
  /** Codes of the areas the point lies in (the map's own geometries); '' outside all. */
  bu: string;
  wk: string;
  gm: string;
}

/**
 * The URL of a website field: BBCode "[url=…]…[/url]" or a bare address. Only http and https
 * survive; a bare host name ("www.aalsmeer.nl") gets http://. Anything else gives ''.
 */
export function safeWebsite(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let text = raw.trim();
  const bb = /^\[url=([^\]]*)\]/i.exec(text);
  if (bb) text = bb[1].trim();
  if (text === '') return '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text)) return '';
    text = `http://${text}`;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** "Douwe Aukesstraat 1, 3317 AM, Dordrecht" (postcode optional). */
export function addressText(
  p: Pick<Voorziening, 'straat' | 'huisnummer' | 'postcode' | 'plaats'>,
  withPostcode = true,
): string {
  return [`${p.straat} ${p.huisnummer}`.trim(), withPostcode ? p.postcode : '', p.plaats].filter(Boolean).join(', ');
}

/**
 * The law and access filters of a link that no point has (a link made with an own list's values,
 * opened without that list): kept, they would hide every service.
 */
export function unknownFilters(points: Voorziening[], filter: { wet: string; toegang: string }): ('wet' | 'toegang')[] {
  const unknown: ('wet' | 'toegang')[] = [];
  if (filter.wet && !points.some((p) => p.wet === filter.wet)) unknown.push('wet');
  if (filter.toegang && !points.some((p) => p.toegang === filter.toegang)) unknown.push('toegang');
  return unknown;
}

/** Points whose area code at the given level matches (gemeente, wijk, buurt). */
export function inArea(points: Voorziening[], code: string, memberGemeenten?: string[]): Voorziening[] {
  if (memberGemeenten) {
    const set = new Set(memberGemeenten);
    return points.filter((p) => set.has(p.gm));
  }
  const key = code.startsWith('BU') ? 'bu' : code.startsWith('WK') ? 'wk' : 'gm';
  return points.filter((p) => p[key] === code);
}

export interface PoiFilter {
  categories?: Category[];
  /** Law served; '' = any. */
  wet?: string;
  /** Access route (e.g. vrij toegankelijk, verwijzing); '' = any. */
  toegang?: string;
  text?: string;
}

export function filterPoints(points: Voorziening[], filter: PoiFilter): Voorziening[] {
  const categories = filter.categories && filter.categories.length > 0 ? new Set(filter.categories) : null;
  const text = filter.text ? normalizeName(filter.text) : '';
  return points.filter(
    (p) =>
      (!categories || categories.has(p.categorie)) &&
      (!filter.wet || p.wet === filter.wet) &&
      (!filter.toegang || p.toegang === filter.toegang) &&
      (!text ||
        normalizeName(
          `${p.naam} ${p.organisatie} ${p.straat} ${p.postcode} ${p.postcode.replace(/\s/g, '')} ${p.plaats}`,
        ).includes(text)),
  );
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle ("straight line") distance in metres. */
export function distanceMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function nearest(
  points: Voorziening[],
  lon: number,
  lat: number,
  count: number,
): { point: Voorziening; metres: number }[] {
  return points
    .map((point) => ({ point, metres: distanceMetres(lon, lat, point.lon, point.lat) }))
    .sort((a, b) => a.metres - b.metres || a.point.id.localeCompare(b.point.id))
    .slice(0, count);
}

/** Counts per category, in the order of CATEGORIES. */
export function countByCategory(points: Voorziening[]): { categorie: Category; label: string; count: number }[] {
  // One pass over the points (a list of 200.000 made a pass per category cost the page 0,4 s).
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.categorie, (counts.get(p.categorie) ?? 0) + 1);
  return (Object.keys(CATEGORIES) as Category[])
    .map((categorie) => ({ categorie, label: CATEGORIES[categorie], count: counts.get(categorie) ?? 0 }))
    .filter((c) => c.count > 0);
}
