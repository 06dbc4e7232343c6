// The URL query mirrors the user's choices. Parsing normalises once at the edge: anything unknown
// or invalid falls back to the default and yields a notice in Dutch naming what was wrong.
import {
  CLASS_METHODS,
  MAX_CLASSES,
  MIN_CLASSES,
  isValidClassification,
  type ClassMethod,
  type Classification,
} from '../atlas/classify';
import { LEVEL_YEARS, isLevel, isParentCode, levelOfCode, type Level } from '../atlas/geography';
import { isAvailable, type IndicatorDef } from '../atlas/indicators';
import { PALETTES, type PaletteName } from '../atlas/palettes';
import { CORRECTABLE_TEXT, isCorrectableIn, riskFactor } from '../../data/riskFactors';
import { CATEGORIES, type Category } from '../atlas/socialeKaart';
import { isOwnId, MAX_OWN_NAME, ownNameOf } from '../atlas/ownIndicators';

export interface MapView {
  longitude: number;
  latitude: number;
  zoom: number;
}

export interface Choices {
  level: Level;
  year: number;
  indicator: string;
  classification: Classification;
  palette: PaletteName;
  selection: string | null;
  view: MapView | null;
  /** 'kaart': one choropleth; 'vergelijken': observed and risk-corrected side by side. */
  mode: Mode;
  /** Risk factors of the model; null = the indicator's default set. */
  factors: string[] | null;
  /** Areas pinned for side-by-side comparison (at most MAX_PINS, any level). */
  pins: string[];
  /** The sociale kaart layer and its category filter (empty = all). */
  showPoi: boolean;
  poiCategories: Category[];
  /** Free-text, law and access filters of the points. */
  poiText: string;
  poiWet: string;
  poiToegang: string;
  /** "Dichtbij": the spot the nearest services are measured from. */
  nearFrom: [number, number] | null;
  /** Background map under the areas: none (offline) or a PDOK BRT-Achtergrondkaart variant. */
  basemap: Basemap;
  /** Opacity of the area colours in percent (lower shows more of the background or the points). */
  opacity: number;
}

export const BASEMAPS = ['geen', 'grijs', 'standaard'] as const;
export type Basemap = (typeof BASEMAPS)[number];
export const isBasemap = (v: unknown): v is Basemap =>
  typeof v === 'string' && (BASEMAPS as readonly string[]).includes(v);
export const MIN_OPACITY = 20;

/** Longer filter texts in a link are cut (no real name or law is this long). */
const MAX_FILTER_TEXT = 100;

export const MAX_PINS = 4;

export type Mode = 'kaart' | 'vergelijken';

export const DEFAULT_CLASSIFICATION: Classification = { method: 'kwantiel', count: 5 };

export function defaultChoices(defaultIndicator: string): Choices {
  return {
    level: 'gemeente',
    year: 2015,
    indicator: defaultIndicator,
    classification: DEFAULT_CLASSIFICATION,
    palette: 'YlGnBu',
    selection: null,
    view: null,
    mode: 'kaart',
    factors: null,
    pins: [],
    showPoi: false,
    poiCategories: [],
    poiText: '',
    poiWet: '',
    poiToegang: '',
    nearFrom: null,
    basemap: 'geen',
    opacity: 100,
  };
}

export function formatClassification(c: Classification): string {
  if (c.method === 'handmatig') return `handmatig-${(c.breaks ?? []).join('_')}`;
  return `${c.method}-${c.count}`;
}

export function parseClassification(text: string): Classification | null {
  const match = /^([a-z]+)-(.+)$/.exec(text);
  if (!match || !CLASS_METHODS.includes(match[1] as ClassMethod)) return null;
  const method = match[1] as ClassMethod;
  let c: Classification;
  if (method === 'handmatig') {
    const breaks = match[2].split('_').map((b) => (/^-?\d+(\.\d+)?$/.test(b) ? Number(b) : Number.NaN));
    c = { method, count: breaks.length + 1, breaks };
  } else {
    if (!/^\d$/.test(match[2])) return null;
    c = { method, count: Number(match[2]) };
  }
  return isValidClassification(c) ? c : null;
}

function parseView(text: string): MapView | null {
  const parts = text.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [longitude, latitude, zoom] = parts.map(Number);
  // The atlas covers the Netherlands: a view far outside it is a broken or tampered link.
  if (longitude < 1 || longitude > 9 || latitude < 49.5 || latitude > 55 || zoom < 4 || zoom > 18) return null;
  return { longitude, latitude, zoom };
}

export function formatView(v: MapView): string {
  return `${v.longitude.toFixed(4)},${v.latitude.toFixed(4)},${v.zoom.toFixed(2)}`;
}

export interface ParsedUrl {
  choices: Choices;
  notices: string[];
}

export function parseQuery(search: string, catalogue: IndicatorDef[], defaultIndicator: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const choices = defaultChoices(defaultIndicator);
  const notices: string[] = [];
  const shown = (v: string) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  /** A notice about one parameter of the link, naming it. */
  const note = (param: string, text: string) => notices.push(`Link, ${param}: ${text}`);

  const niveau = params.get('niveau');
  if (niveau !== null) {
    if (isLevel(niveau)) choices.level = niveau;
    else note('niveau', `Onbekend niveau ${shown(niveau)} in de link; de kaart toont gemeenten.`);
  }
  const jaar = params.get('jaar');
  if (jaar !== null) {
    const year = Number(jaar);
    if (/^\d{4}$/.test(jaar) && LEVEL_YEARS[choices.level].includes(year)) choices.year = year;
    else
      note(
        'jaar',
        `Jaar ${shown(jaar)} is er niet voor ${choices.level}; de kaart toont ${LEVEL_YEARS[choices.level][0]}.`,
      );
  }
  if (!LEVEL_YEARS[choices.level].includes(choices.year)) choices.year = LEVEL_YEARS[choices.level][0];
  const indicator = params.get('indicator');
  if (indicator !== null) {
    const def = catalogue.find((d) => d.id === indicator);
    const own = isOwnId(indicator) && ownNameOf(indicator).trim() !== '' && ownNameOf(indicator).length <= MAX_OWN_NAME;
    // An imported indicator is looked up once this browser's own tables are read (store.loadOwn).
    if (!def && own) choices.indicator = indicator;
    else if (!def)
      note('indicator', `Onbekende indicator ${shown(indicator)} in de link; de standaardindicator wordt getoond.`);
    else if (!isAvailable(def, choices.level, choices.year))
      note(
        'indicator',
        `Indicator "${def.label}" is er niet voor ${choices.level} ${choices.year}; de standaardindicator wordt getoond.`,
      );
    else choices.indicator = def.id;
  }
  const defaultDef = catalogue.find((d) => d.id === choices.indicator);
  const pendingOwn = !defaultDef && isOwnId(choices.indicator);
  if (!pendingOwn && (!defaultDef || !isAvailable(defaultDef, choices.level, choices.year))) {
    const first = catalogue.find((d) => isAvailable(d, choices.level, choices.year));
    if (first) choices.indicator = first.id;
  }
  const klassen = params.get('klassen');
  if (klassen !== null) {
    const c = parseClassification(klassen);
    if (c) choices.classification = c;
    else
      note(
        'klassen',
        `Klassenindeling ${shown(klassen)} is ongeldig (verwacht bijvoorbeeld kwantiel-5, ${MIN_CLASSES} tot ${MAX_CLASSES} klassen); kwantielen worden gebruikt.`,
      );
  }
  const palet = params.get('palet');
  if (palet !== null) {
    if (Object.hasOwn(PALETTES, palet)) choices.palette = palet as PaletteName;
    else note('palet', `Onbekend kleurenpalet ${shown(palet)}; het standaardpalet wordt gebruikt.`);
  }
  const selectie = params.get('selectie');
  if (selectie !== null) {
    if (levelOfCode(selectie) === choices.level || isParentCode(selectie, choices.level)) choices.selection = selectie;
    else
      note(
        'selectie',
        `Selectie ${shown(selectie)} is geen code van een ${choices.level} (of van de gemeente of wijk eromheen); er is niets geselecteerd.`,
      );
  }
  const weergave = params.get('weergave');
  if (weergave !== null) {
    if (weergave === 'kaart') choices.mode = 'kaart';
    else if (weergave !== 'vergelijken')
      note('weergave', `Onbekende weergave ${shown(weergave)}; de kaart wordt getoond.`);
    else if (
      pendingOwn
        ? choices.year !== 2015
        : !isCorrectableIn(
            catalogue.find((d) => d.id === choices.indicator),
            choices.year,
          )
    )
      note('weergave', `${CORRECTABLE_TEXT} De gewone kaart wordt getoond.`);
    else choices.mode = 'vergelijken';
  }
  const factoren = params.get('factoren');
  if (factoren !== null) {
    const ids = factoren.split(',').filter(Boolean);
    const unknown = ids.filter((id) => !riskFactor(id));
    if (ids.length === 0 || unknown.length > 0)
      note(
        'factoren',
        `Onbekende risicofactor(en) ${shown(unknown.join(',') || factoren)}; de standaardfactoren worden gebruikt.`,
      );
    else choices.factors = [...new Set(ids)];
  }
  const vergelijk = params.get('vergelijk');
  if (vergelijk !== null) {
    const codes = [...new Set(vergelijk.split(',').filter(Boolean))];
    const valid = codes.filter((c) => levelOfCode(c) !== null && LEVEL_YEARS[levelOfCode(c)!].includes(choices.year));
    if (valid.length < codes.length)
      note(
        'vergelijk',
        `Onbekende gebiedscode(s) in de vergelijking: ${shown(codes.filter((c) => !valid.includes(c)).join(','))}.`,
      );
    if (valid.length > MAX_PINS)
      note(
        'vergelijk',
        `Er kunnen ten hoogste ${MAX_PINS} gebieden naast elkaar; de eerste ${MAX_PINS} worden getoond.`,
      );
    choices.pins = valid.slice(0, MAX_PINS);
  }
  const voorzieningen = params.get('voorzieningen');
  if (voorzieningen !== null) {
    const ids = voorzieningen.split(',').filter(Boolean);
    choices.showPoi = true;
    if (!(ids.length === 1 && ids[0] === 'alle')) {
      const unknown = ids.filter((c) => !Object.hasOwn(CATEGORIES, c));
      if (unknown.length > 0)
        note(
          'voorzieningen',
          `Onbekende categorie(ën) voorzieningen ${shown(unknown.join(','))}; alle categorieën worden getoond.`,
        );
      else choices.poiCategories = ids as Category[];
    }
  }
  for (const [param, key] of [
    ['vzoek', 'poiText'],
    ['wet', 'poiWet'],
    ['toegang', 'poiToegang'],
  ] as const) {
    const text = params.get(param);
    if (text === null) continue;
    if (text.length > MAX_FILTER_TEXT)
      notices.push(`Het filter ${param} in de link is langer dan ${MAX_FILTER_TEXT} tekens en is weggelaten.`);
    else choices[key] = text;
  }
  const dichtbij = params.get('dichtbij');
  if (dichtbij !== null) {
    const spot = parseView(`${dichtbij},10`);
    if (spot) {
      choices.nearFrom = [spot.longitude, spot.latitude];
      choices.showPoi = true;
    } else note('dichtbij', `Plek ${shown(dichtbij)} voor "Dichtbij" ligt niet in Nederland; er wordt niets gemeten.`);
  }
  const achtergrond = params.get('achtergrond');
  if (achtergrond !== null) {
    if (isBasemap(achtergrond)) choices.basemap = achtergrond;
    else
      note(
        'achtergrond',
        `Onbekende achtergrondkaart ${shown(achtergrond)} (geen, grijs of standaard); er wordt geen achtergrondkaart getoond.`,
      );
  }
  const dekking = params.get('dekking');
  if (dekking !== null) {
    const value = /^\d{1,3}$/.test(dekking) ? Number(dekking) : Number.NaN;
    if (value >= MIN_OPACITY && value <= 100) choices.opacity = value;
    else
      note(
        'dekking',
        `Dekking ${shown(dekking)} is geen percentage van ${MIN_OPACITY} tot 100; de kleuren worden volledig getoond.`,
      );
  }
  const kaart = params.get('kaart');
  if (kaart !== null) {
    const view = parseView(kaart);
    if (view) choices.view = view;
    else note('kaart', `Kaartbeeld ${shown(kaart)} is ongeldig; de kaart toont heel Nederland.`);
  }
  return { choices, notices };
}

export function toQuery(c: Choices): string {
  const params = new URLSearchParams();
  params.set('niveau', c.level);
  params.set('jaar', String(c.year));
  params.set('indicator', c.indicator);
  params.set('klassen', formatClassification(c.classification));
  if (c.palette !== 'YlGnBu') params.set('palet', c.palette);
  if (c.selection) params.set('selectie', c.selection);
  if (c.view) params.set('kaart', formatView(c.view));
  if (c.mode !== 'kaart') params.set('weergave', c.mode);
  if (c.factors) params.set('factoren', c.factors.join(','));
  if (c.pins.length > 0) params.set('vergelijk', c.pins.join(','));
  if (c.showPoi) params.set('voorzieningen', c.poiCategories.length > 0 ? c.poiCategories.join(',') : 'alle');
  if (c.poiText) params.set('vzoek', c.poiText);
  if (c.poiWet) params.set('wet', c.poiWet);
  if (c.poiToegang) params.set('toegang', c.poiToegang);
  if (c.nearFrom) params.set('dichtbij', `${c.nearFrom[0].toFixed(5)},${c.nearFrom[1].toFixed(5)}`);
  if (c.basemap !== 'geen') params.set('achtergrond', c.basemap);
  if (c.opacity !== 100) params.set('dekking', String(c.opacity));
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
