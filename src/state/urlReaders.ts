// The readers of the link's parameters, one per parameter, in the order they run (the year is
// read for the level, the indicator for both). Each sets its choice when the value is valid and
// otherwise leaves the default, with a notice in Dutch that names the parameter.
import { MAX_CLASSES, MIN_CLASSES } from '../atlas/classify';
import { parseClassification } from '../atlas/classificationText';
import { LEVEL_YEARS, isLevel, levelOfCode } from '../atlas/geography';
import { isAvailable, type IndicatorDef } from '../atlas/indicators';
import { parseView } from '../atlas/mapView';
import { isOwnId, MAX_OWN_NAME, OWN_MODEL_YEAR, ownNameOf } from '../atlas/ownIndicators';
import { PALETTES, type PaletteName } from '../atlas/palettes';
import { isSelectableOn } from '../atlas/selection';
import { CATEGORIES, type Category } from '../atlas/socialeKaart';
import { isFactId } from '../../data/catalogue/facts';
import { CORRECTABLE_TEXT, isCorrectableIn, riskFactor } from '../../data/catalogue/riskFactors';
import { isCorrectedScale } from '../atlas/nationalScale';
import { isCsvDialect } from '../atlas/csv';
import { MAX_PINS, MIN_OPACITY, defaultOpacity, isBasemap, type Choices } from './choices';

/** Longer filter texts in a link are cut (no real name or law is this long). */
const MAX_FILTER_TEXT = 100;

export interface Reading {
  choices: Choices;
  catalogue: IndicatorDef[];
  /** A notice about one parameter of the link, naming it. */
  note: (param: string, text: string) => void;
  notices: string[];
}

const shown = (v: string) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;

/** An imported table (read from this browser once the store has loaded them) or a reference
 *  figure (once the facts file is read) that a link may name before the catalogue has it. */
export function isPendingId(id: string, catalogue: IndicatorDef[]): boolean {
  if (catalogue.some((d) => d.id === id)) return false;
  if (isOwnId(id)) return ownNameOf(id).trim() !== '' && ownNameOf(id).length <= MAX_OWN_NAME;
  return isFactId(id);
}

export type Reader = (value: string, r: Reading) => void;

export const READERS: [param: string, read: Reader][] = [
  [
    'niveau',
    (v, { choices, note }) => {
      if (isLevel(v)) choices.level = v;
      else note('niveau', `Onbekend niveau ${shown(v)} in de link; de kaart toont gemeenten.`);
    },
  ],
  [
    'jaar',
    (v, { choices, note }) => {
      const years = LEVEL_YEARS[choices.level];
      if (/^\d{4}$/.test(v) && years.includes(Number(v))) choices.year = Number(v);
      else note('jaar', `Jaar ${shown(v)} is er niet voor ${choices.level}; de kaart toont ${years[0]}.`);
    },
  ],
  [
    'indicator',
    (v, { choices, catalogue, note }) => {
      const def = catalogue.find((d) => d.id === v);
      // An imported indicator or a reference figure is looked up once the store has read them.
      if (!def && isPendingId(v, catalogue)) choices.indicator = v;
      else if (!def)
        note('indicator', `Onbekende indicator ${shown(v)} in de link; de standaardindicator wordt getoond.`);
      else if (!isAvailable(def, choices.level, choices.year))
        note(
          'indicator',
          `Indicator "${def.label}" is er niet voor ${choices.level} ${choices.year}; de standaardindicator wordt getoond.`,
        );
      else choices.indicator = def.id;
    },
  ],
  [
    'klassen',
    (v, { choices, note }) => {
      const c = parseClassification(v);
      if (c) choices.classification = c;
      else
        note(
          'klassen',
          `Klassenindeling ${shown(v)} is ongeldig (verwacht bijvoorbeeld kwantiel-5, ${MIN_CLASSES} tot ${MAX_CLASSES} klassen); kwantielen worden gebruikt.`,
        );
    },
  ],
  [
    'palet',
    (v, { choices, note }) => {
      if (Object.hasOwn(PALETTES, v)) choices.palette = v as PaletteName;
      else note('palet', `Onbekend kleurenpalet ${shown(v)}; het standaardpalet wordt gebruikt.`);
    },
  ],
  [
    'selectie',
    (v, { choices, note }) => {
      if (isSelectableOn(v, choices.level)) choices.selection = v;
      else
        note(
          'selectie',
          `Selectie ${shown(v)} is geen code van een ${choices.level} (of van de gemeente of wijk eromheen); er is niets geselecteerd.`,
        );
    },
  ],
  [
    'weergave',
    (v, { choices, catalogue, note }) => {
      const pending = isPendingId(choices.indicator, catalogue);
      // A pending own table can be corrected only for the gemeenten of the model's year.
      const correctable = pending
        ? isOwnId(choices.indicator) && choices.year === OWN_MODEL_YEAR
        : isCorrectableIn(
            catalogue.find((d) => d.id === choices.indicator),
            choices.year,
          );
      if (v === 'kaart') choices.mode = 'kaart';
      else if (v !== 'vergelijken') note('weergave', `Onbekende weergave ${shown(v)}; de kaart wordt getoond.`);
      else if (!correctable) note('weergave', `${CORRECTABLE_TEXT} De gewone kaart wordt getoond.`);
      else choices.mode = 'vergelijken';
    },
  ],
  [
    'factoren',
    (v, { choices, note }) => {
      const ids = v.split(',').filter(Boolean);
      const unknown = ids.filter((id) => !riskFactor(id));
      if (ids.length === 0 || unknown.length > 0)
        note(
          'factoren',
          `Onbekende risicofactor(en) ${shown(unknown.join(',') || v)}; de standaardfactoren worden gebruikt.`,
        );
      else choices.factors = [...new Set(ids)];
    },
  ],
  [
    'schaal',
    (v, { choices, note }) => {
      if (isCorrectedScale(v)) choices.correctedScale = v;
      else note('schaal', `Onbekende schaal ${shown(v)} (scp of landelijk); de SCP-klassen worden getoond.`);
    },
  ],
  [
    'afwijking',
    (v, { choices, note }) => {
      if (v === 'gemeente') choices.withinMap = true;
      else note('afwijking', `Onbekende afwijking ${shown(v)} (gemeente); de kaart toont de klassen.`);
    },
  ],
  [
    'vergelijk',
    (v, { choices, note }) => {
      const codes = [...new Set(v.split(',').filter(Boolean))];
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
    },
  ],
  [
    'voorzieningen',
    (v, { choices, note }) => {
      const ids = v.split(',').filter(Boolean);
      choices.showPoi = true;
      if (ids.length === 1 && ids[0] === 'alle') return;
      const unknown = ids.filter((c) => !Object.hasOwn(CATEGORIES, c));
      if (unknown.length > 0)
        note(
          'voorzieningen',
          `Onbekende categorie(ën) voorzieningen ${shown(unknown.join(','))}; alle categorieën worden getoond.`,
        );
      else choices.poiCategories = ids as Category[];
    },
  ],
  ...(
    [
      ['vzoek', 'poiText'],
      ['wet', 'poiWet'],
      ['toegang', 'poiToegang'],
    ] as const
  ).map(([param, key]): [string, Reader] => [
    param,
    (v, { choices, notices }) => {
      if (v.length > MAX_FILTER_TEXT)
        notices.push(`Het filter ${param} in de link is langer dan ${MAX_FILTER_TEXT} tekens en is weggelaten.`);
      else choices[key] = v;
    },
  ]),
  [
    'dichtbij',
    (v, { choices, note }) => {
      const spot = parseView(`${v},10`);
      if (!spot) {
        note('dichtbij', `Plek ${shown(v)} voor "Dichtbij" ligt niet in Nederland; er wordt niets gemeten.`);
        return;
      }
      choices.nearFrom = [spot.longitude, spot.latitude];
      choices.showPoi = true;
    },
  ],
  [
    'achtergrond',
    (v, { choices, note }) => {
      if (isBasemap(v)) {
        choices.basemap = v;
        // A background map comes with a coverage that lets it show, unless the link says one.
        choices.opacity = defaultOpacity(v);
      } else
        note(
          'achtergrond',
          `Onbekende achtergrondkaart ${shown(v)} (geen, grijs of standaard); er wordt geen achtergrondkaart getoond.`,
        );
    },
  ],
  [
    'dekking',
    (v, { choices, note }) => {
      const value = /^\d{1,3}$/.test(v) ? Number(v) : Number.NaN;
      if (value >= MIN_OPACITY && value <= 100) choices.opacity = value;
      else
        note(
          'dekking',
          `Dekking ${shown(v)} is geen percentage van ${MIN_OPACITY} tot 100; de kleuren dekken ${choices.opacity}%.`,
        );
    },
  ],
  [
    'csv',
    (v, { choices, note }) => {
      if (isCsvDialect(v)) choices.csvDialect = v;
      else note('csv', `Onbekende CSV-opmaak ${shown(v)} (nl of en); de Nederlandse opmaak wordt gebruikt.`);
    },
  ],
  [
    'kaart',
    (v, { choices, note }) => {
      const view = parseView(v);
      if (view) choices.view = view;
      else note('kaart', `Kaartbeeld ${shown(v)} is ongeldig of ligt buiten Nederland; de kaart toont heel Nederland.`);
    },
  ],
];
