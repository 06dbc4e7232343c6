// The indicator catalogue: hand-written metadata over the KWB columns in the generated tables.
// Column names are the CBS KWB 2015 names; the 2023 gemeente table is mapped onto them in
// data/columns2023.ts, so one definition serves both years where CBS kept the meaning.
import type { IndicatorDef, Quantity } from '../../src/atlas/indicators';
import type { IndicatorDefaults } from '../../src/atlas/indicatorChoice';
import { BENEFIT_COST_WEIGHTS } from './costWeights';
import { huishoudens, inwoners, inwoners1564 } from '../../src/atlas/denominators';
import { factIndicators, type Facts } from './facts';
import { POI_COUNT_PREFIX, POI_LAYERS } from './poiLayers';
import { CATEGORIES } from '../../src/atlas/socialeKaart';
import { AREA_LEVELS, LEVELS, type Level } from '../../src/atlas/geography';

/** Counts add up, so every count or rate exists for the regions too; a class (stedelijkheid) does not. */
const EVERY_LEVEL: Level[] = [...LEVELS];
const AREAS_ONLY: Level[] = [...AREA_LEVELS];

const KWB_2015 = 'CBS, Kerncijfers wijken en buurten 2015 (via PDOK/TNOCS; CC BY 4.0)';
const KWB_2023 = 'CBS, Kerncijfers wijken en buurten 2023 (via PDOK; CC BY 4.0)';
const KWB_2022 = 'CBS, Kerncijfers wijken en buurten 2022, gemeenten (via PDOK; CC BY 4.0)';
const BOTH = 'CBS, Kerncijfers wijken en buurten 2015, 2022 en 2023 (CC BY 4.0)';
const ALL_YEARS = [2015, 2022, 2023];

export const APPROX_1564 =
  'Noemer: inwoners 15–64 jaar = inwoners × (% 15–24 + % 25–44 + % 45–64) / 100. Dit benadert de groep 18–64 jaar uit beleidscijfers; de KWB kent geen leeftijdsgrens bij 18. Uitkeringen zijn op wijk- en buurtniveau afgerond op tientallen; de peildatum van de uitkeringen volgt de CBS-metadata en kan vóór 2015 liggen.';
const ROUNDED_PCT = 'CBS publiceert deze percentages als hele getallen.';

/**
 * A KWB percentage column as a rate: (base × column / 100) / base, so unions of areas sum counts;
 * a gemeente's value is the published percentage itself. The base is the population the
 * percentage is of (inhabitants, households, inhabitants 15–64), or the nearest the KWB has.
 */
function share(
  id: string,
  label: string,
  column: string,
  base: Quantity,
  options: Pick<IndicatorDef, 'higherMeansMoreNeed'> &
    Partial<Pick<IndicatorDef, 'years' | 'levels' | 'source' | 'note'>>,
): IndicatorDef {
  return {
    id,
    label,
    unit: base === huishoudens ? '% van huishoudens' : '%',
    kind: 'rate',
    numerator: { ...base, times: column, weight: (base.weight ?? 1) / 100 },
    denominator: base,
    published: column,
    per: 100,
    decimals: 1,
    years: ALL_YEARS,
    levels: EVERY_LEVEL,
    source: BOTH,
    note: ROUNDED_PCT,
    ...options,
  };
}

const KWB_INDICATORS: IndicatorDef[] = [
  {
    id: 'inwoners',
    label: 'Inwoners',
    unit: 'inwoners',
    kind: 'count',
    numerator: inwoners,
    published: 'AANT_INW',
    per: 1,
    decimals: 0,
    years: ALL_YEARS,
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: null,
    source: BOTH,
    note: 'Peildatum 1 januari. Op wijk- en buurtniveau afgerond op vijftallen; tel wijken of buurten niet op tot een gemeentetotaal.',
  },
  {
    id: 'bevolkingsdichtheid',
    label: 'Bevolkingsdichtheid',
    unit: 'inwoners per km² land',
    kind: 'rate',
    // The published density times the land area (ha / 100 = km²): a gemeente's value is the CBS
    // figure, a union of areas the area-weighted mean of them.
    numerator: { column: 'BEV_DICHTH', times: 'OPP_LAND', weight: 0.01 },
    denominator: { column: 'OPP_LAND' },
    per: 100,
    decimals: 0,
    published: 'BEV_DICHTH',
    years: ALL_YEARS,
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: null,
    source: BOTH,
    note: "Inwoners per km² land zoals CBS het publiceert; voor regio's en Nederland het gemiddelde van de gemeenten, gewogen naar hun landoppervlakte.",
  },
  share('pct_0_14', 'Inwoners 0–14 jaar', 'P_00_14_JR', inwoners, { higherMeansMoreNeed: null }),
  share('pct_65plus', 'Inwoners 65 jaar en ouder', 'P_65_EO_JR', inwoners, { higherMeansMoreNeed: true }),
  share('pct_eenpersoonshuishoudens', 'Eenpersoonshuishoudens', 'P_EENP_HH', huishoudens, {
    higherMeansMoreNeed: true,
  }),
  share('pct_huishoudens_met_kinderen', 'Huishoudens met kinderen', 'P_HH_M_K', huishoudens, {
    higherMeansMoreNeed: null,
  }),
  share('pct_niet_westers', 'Niet-westerse migratieachtergrond', 'P_N_W_AL', inwoners, {
    higherMeansMoreNeed: true,
    years: [2015],
    source: KWB_2015,
    note: `${ROUNDED_PCT} CBS verving deze indeling in 2022 door herkomstland; daarom geen cijfer voor 2023.`,
  }),
  share('pct_herkomst_buiten_europa', 'Herkomstland buiten Europa', 'P_HERK_BUITEN_EUROPA', inwoners, {
    higherMeansMoreNeed: true,
    years: [2023],
    levels: ['gemeente'],
    source: KWB_2023,
    note: `${ROUNDED_PCT} Niet vergelijkbaar met "niet-westers" van 2015.`,
  }),
  {
    id: 'stedelijkheid',
    label: 'Stedelijkheid',
    unit: 'klasse (1 = zeer sterk, 5 = niet stedelijk)',
    kind: 'ordinal',
    categories: ['zeer sterk stedelijk', 'sterk stedelijk', 'matig stedelijk', 'weinig stedelijk', 'niet stedelijk'],
    numerator: { column: 'STED' },
    per: 1,
    decimals: 0,
    published: 'STED',
    years: ALL_YEARS,
    levels: AREAS_ONLY,
    higherMeansMoreNeed: null,
    source: BOTH,
    note: 'Klasse op basis van de omgevingsadressendichtheid: 1 = ≥ 2.500 adressen per km², 5 = < 500.',
  },
  {
    id: 'omgevingsadressendichtheid',
    label: 'Omgevingsadressendichtheid',
    unit: 'adressen per km²',
    kind: 'rate',
    numerator: { column: 'OAD', times: 'AANT_INW' },
    denominator: inwoners,
    per: 1,
    decimals: 0,
    published: 'OAD',
    years: ALL_YEARS,
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: null,
    source: BOTH,
    note: 'Gemiddeld aantal adressen per km² binnen een straal van 1 km; voor samengestelde gebieden gewogen naar inwoners.',
  },
  {
    id: 'bijstand_1564',
    label: 'Bijstandsuitkeringen (WWB)',
    unit: 'per 1.000 inwoners 15–64',
    kind: 'rate',
    numerator: { column: 'WWB_UITTOT' },
    denominator: inwoners1564,
    per: 1000,
    decimals: 1,
    law: 'Participatiewet',
    years: [2015],
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: true,
    source: KWB_2015,
    note: APPROX_1564,
  },
  {
    id: 'ww_1564',
    label: 'WW-uitkeringen',
    unit: 'per 1.000 inwoners 15–64',
    kind: 'rate',
    numerator: { column: 'WW_UIT_TOT' },
    denominator: inwoners1564,
    per: 1000,
    decimals: 1,
    years: [2015],
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: true,
    source: KWB_2015,
    note: APPROX_1564,
  },
  {
    id: 'ao_1564',
    label: 'Arbeidsongeschiktheidsuitkeringen (AO)',
    unit: 'per 1.000 inwoners 15–64',
    kind: 'rate',
    numerator: { column: 'AO_UIT_TOT' },
    denominator: inwoners1564,
    per: 1000,
    decimals: 1,
    years: [2015],
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: true,
    source: KWB_2015,
    note: APPROX_1564,
  },
  {
    id: 'uitkeringen_gewogen',
    label: 'Uitkeringen, gewogen naar kosten',
    unit: 'gewogen per 1.000 inwoners 15–64',
    kind: 'rate',
    numerator: {
      column: BENEFIT_COST_WEIGHTS[0].column,
      weight: BENEFIT_COST_WEIGHTS[0].weight,
      plus: BENEFIT_COST_WEIGHTS.slice(1).map((w) => ({ column: w.column, weight: w.weight })),
    },
    denominator: inwoners1564,
    per: 1000,
    decimals: 1,
    years: [2015],
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: true,
    source: KWB_2015,
    note: `Samengesteld: ${BENEFIT_COST_WEIGHTS.map((w) => `${w.label} × ${w.weight}${w.status === 'aanname' ? ' (aanname)' : ''}`).join(' + ')}. De bronkit bevat geen kosten per uitkering; de gewichten staan in data/costWeights.ts. ${APPROX_1564}`,
  },
];

/** Inhabitants under 23, estimated: KWB 2022 has the bands 0–14 and 15–24 only, so 15–22 is taken as 8/10 of 15–24. */
const jongerenTot23: Quantity = {
  column: 'AANT_INW',
  percentOf: ['P_00_14_JR', 'P_15_24_JR'],
  percentWeights: [1, 0.8],
};

const UNPUBLISHED = 'geen cijfer gepubliceerd door CBS';

const KWB_2022_INDICATORS: IndicatorDef[] = [
  {
    id: 'jeugdzorg_pct',
    label: 'Jongeren met jeugdzorg in natura',
    unit: '% van jongeren tot 23 jaar (geschat)',
    kind: 'rate',
    numerator: { ...jongerenTot23, times: 'pct_jeugdzorg', weight: 0.01 },
    denominator: jongerenTot23,
    per: 100,
    decimals: 1,
    published: 'pct_jeugdzorg',
    law: 'Jeugdwet',
    years: [2022],
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: true,
    source: KWB_2022,
    unpublished: UNPUBLISHED,
    note: "Jongeren tot 23 jaar met jeugdhulp, jeugdbescherming of jeugdreclassering in natura (zonder pgb), 2022. De KWB 2022 geeft geen aantal jongeren tot 23 jaar: de noemer is geschat als inwoners × (% 0–14 + 0,8 × % 15–24) / 100 en het aantal jongeren met jeugdzorg als percentage × die schatting. Voor regio's en Nederland weegt die schatting de gemeenten.",
  },
  {
    id: 'wmo_per_1000',
    label: 'Wmo-cliënten met een maatwerkvoorziening',
    unit: 'per 1.000 inwoners',
    kind: 'rate',
    numerator: { column: 'AANT_INW', times: 'wmo_per_1000', weight: 0.001 },
    denominator: inwoners,
    per: 1000,
    decimals: 1,
    published: 'wmo_per_1000',
    law: 'Wmo 2015',
    years: [2022],
    levels: EVERY_LEVEL,
    higherMeansMoreNeed: true,
    source: KWB_2022,
    unpublished: UNPUBLISHED,
    note: "Cliënten met ten minste één maatwerkvoorziening (een cliënt met meer voorzieningen telt één keer), 2022. CBS publiceert het cijfer per 1.000 inwoners als heel getal; het aantal cliënten is daaruit teruggerekend (cijfer × inwoners / 1.000) en dus afgerond. 21 gemeenten hebben geen cijfer: regio's en Nederland tellen dan alleen de gemeenten met een cijfer en heten onvolledig.",
  },
  share(
    'pct_hh_laag_inkomen',
    'Huishoudens in de landelijk laagste 40 % inkomens',
    'pct_hh_laag_inkomen',
    huishoudens,
    {
      higherMeansMoreNeed: true,
      years: [2022],
      source: KWB_2022,
      note: `${ROUNDED_PCT} Huishoudens in de landelijk laagste 40% van het gestandaardiseerde inkomen (niet de CBS-grens "laag inkomen").`,
    },
  ),
  share('pct_rond_sociaal_min', 'Huishoudens onder of rond het sociaal minimum', 'pct_rond_sociaal_min', huishoudens, {
    higherMeansMoreNeed: true,
    years: [2022],
    source: KWB_2022,
  }),
  share('arbeidsparticipatie', 'Netto arbeidsparticipatie', 'arbeidsparticipatie', inwoners1564, {
    higherMeansMoreNeed: false,
    years: [2022],
    source: KWB_2022,
    note: `${ROUNDED_PCT} Werkzame personen als % van de bevolking van 15–75 jaar. Voor regio's en Nederland zijn de gemeenten gewogen naar inwoners 15–64 (de KWB kent geen groep tot 75).`,
  }),
];

/** Services of the sociale kaart per 1.000 inwoners, one indicator per category of the kit. */
const POI_INDICATORS: IndicatorDef[] = POI_LAYERS.map((layer) => ({
  id: `voorzieningen_${layer.categorie}`,
  label: `${CATEGORIES[layer.categorie]}: voorzieningen`,
  unit: 'per 1.000 inwoners',
  kind: 'rate',
  numerator: { column: `${POI_COUNT_PREFIX}${layer.categorie}` },
  denominator: inwoners,
  per: 1000,
  decimals: 2,
  years: [2015],
  levels: EVERY_LEVEL,
  higherMeansMoreNeed: null,
  source: `${layer.bron}; inwoners: ${KWB_2015}`,
  note: `Punten in het gebied volgens de kaartgrenzen, per 1.000 inwoners.${layer.kanttekening ? ` ${layer.kanttekening}` : ''}`,
}));

/** The indicators the atlas defines itself: the KWB ones and the sociale kaart counts. */
export const BASE_CATALOGUE: IndicatorDef[] = [...KWB_2022_INDICATORS, ...KWB_INDICATORS, ...POI_INDICATORS];

const withFacts = new WeakMap<Facts, IndicatorDef[]>();

/**
 * Every built-in indicator: the base ones, then the Drechtsteden reference figures of the
 * generated facts file (null until it is read: a link to one of them waits for it). One array per
 * facts object, so every cache keyed on the catalogue stays valid.
 */
export function builtInCatalogue(facts: Facts | null): IndicatorDef[] {
  if (!facts) return BASE_CATALOGUE;
  let list = withFacts.get(facts);
  if (!list) withFacts.set(facts, (list = [...BASE_CATALOGUE, ...factIndicators(facts)]));
  return list;
}

export const DEFAULT_INDICATOR = 'bijstand_1564';

/** The indicator a year opens with: bijstand for 2015, youth care for 2022. */
export const YEAR_DEFAULT_INDICATOR: Record<number, string> = { 2015: 'bijstand_1564', 2022: 'jeugdzorg_pct' };

/** What the map falls back to when an indicator does not exist for a level or year. */
export const INDICATOR_DEFAULTS: IndicatorDefaults = { fallback: DEFAULT_INDICATOR, byYear: YEAR_DEFAULT_INDICATOR };
