// The URL query mirrors the user's choices. Parsing normalises once at the edge: anything unknown
// or invalid falls back to the default and yields a notice in Dutch naming what was wrong. Each
// parameter has its own reader (urlReaders.ts).
import { formatClassification } from '../atlas/classificationText';
import { LEVEL_YEARS } from '../atlas/geography';
import type { IndicatorDef } from '../atlas/indicators';
import { indicatorFor } from '../atlas/indicatorChoice';
import { formatView } from '../atlas/mapView';
import { YEAR_DEFAULT_INDICATOR } from '../../data/catalogue/catalogue';
import { DEFAULT_PALETTE, defaultChoices, defaultOpacity, type Choices } from './choices';
import { READERS, isPendingId, type Reading } from './urlReaders';

export interface ParsedUrl {
  choices: Choices;
  notices: string[];
}

/** After level, year and indicator: a year the level lacks, or an indicator the level and year lack, falls back. */
function settleIndicator(r: Reading, defaultIndicator: string): void {
  const { choices, catalogue } = r;
  if (!LEVEL_YEARS[choices.level].includes(choices.year)) choices.year = LEVEL_YEARS[choices.level][0];
  if (isPendingId(choices.indicator, catalogue)) return;
  const defaults = { fallback: defaultIndicator, byYear: YEAR_DEFAULT_INDICATOR };
  choices.indicator = indicatorFor(choices.indicator, choices.level, choices.year, catalogue, defaults);
}

export function parseQuery(search: string, catalogue: IndicatorDef[], defaultIndicator: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const reading: Reading = {
    choices: defaultChoices(defaultIndicator),
    catalogue,
    notices,
    note: (param, text) => notices.push(`Link, ${param}: ${text}`),
  };
  for (const [param, read] of READERS) {
    const value = params.get(param);
    if (value !== null) read(value, reading);
    if (param === 'indicator') settleIndicator(reading, defaultIndicator);
  }
  return { choices: reading.choices, notices };
}

export function toQuery(c: Choices): string {
  const params = new URLSearchParams();
  params.set('niveau', c.level);
  params.set('jaar', String(c.year));
  params.set('indicator', c.indicator);
  params.set('klassen', formatClassification(c.classification));
  if (c.palette !== DEFAULT_PALETTE) params.set('palet', c.palette);
  if (c.selection) params.set('selectie', c.selection);
  if (c.view) params.set('kaart', formatView(c.view));
  if (c.mode !== 'kaart') params.set('weergave', c.mode);
  if (c.factors) params.set('factoren', c.factors.join(','));
  if (c.correctedScale !== 'scp') params.set('schaal', c.correctedScale);
  if (c.withinMap) params.set('afwijking', 'gemeente');
  if (c.pins.length > 0) params.set('vergelijk', c.pins.join(','));
  if (c.showPoi) params.set('voorzieningen', c.poiCategories.length > 0 ? c.poiCategories.join(',') : 'alle');
  if (c.poiText) params.set('vzoek', c.poiText);
  if (c.poiWet) params.set('wet', c.poiWet);
  if (c.poiToegang) params.set('toegang', c.poiToegang);
  if (c.nearFrom) params.set('dichtbij', `${c.nearFrom[0].toFixed(5)},${c.nearFrom[1].toFixed(5)}`);
  if (c.basemap !== 'geen') params.set('achtergrond', c.basemap);
  if (c.opacity !== defaultOpacity(c.basemap)) params.set('dekking', String(c.opacity));
  if (c.csvDialect !== 'nl') params.set('csv', c.csvDialect);
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
