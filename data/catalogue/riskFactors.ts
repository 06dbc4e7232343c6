// Risk factors for the SCP-style correction. Only shares, rates, averages and densities are
// offered: an absolute count (inwoners, auto's, oppervlakte) measures the size of a gemeente, not
// the make-up of its population, and a class (stedelijkheid) is no quantity. A factor is an
// indicator definition, so the same code gives its value for gemeenten (the fit) and for wijken
// and buurten (the extrapolation). Factor ids are table columns; the 2022 ones that CBS defines
// as in 2015 carry the 2015 name (see data/columns2022.ts), the kit's names are accepted too.
import type { IndicatorDef } from '../../src/atlas/indicators';
import { AREA_LEVELS } from '../../src/atlas/geography';
import { factorRules } from '../../src/atlas/factorRules';
import type { ModelRules } from '../../src/atlas/riskComparison';
import { tableColumn2022 } from './columns2022';

const SOURCE_2015 = 'CBS, Kerncijfers wijken en buurten 2015';
const SOURCE_2022 = 'CBS, Kerncijfers wijken en buurten 2022';

type FactorKind = 'aandeel' | 'gemiddelde' | 'dichtheid';

interface FactorSpec {
  id: string;
  label: string;
  kind: FactorKind;
  years: number[];
}

const BOTH = [2015, 2022];
const Y2015 = [2015];
const Y2022 = [2022];

/** Published columns offered as factors, by their Dutch label (CBS definitions, see the kit README). */
const COLUMN_FACTORS: FactorSpec[] = [
  { id: 'P_00_14_JR', label: '% inwoners 0–14 jaar', kind: 'aandeel', years: BOTH },
  { id: 'P_15_24_JR', label: '% inwoners 15–24 jaar', kind: 'aandeel', years: BOTH },
  { id: 'P_25_44_JR', label: '% inwoners 25–44 jaar', kind: 'aandeel', years: BOTH },
  { id: 'P_45_64_JR', label: '% inwoners 45–64 jaar', kind: 'aandeel', years: BOTH },
  { id: 'P_65_EO_JR', label: '% inwoners 65 jaar en ouder', kind: 'aandeel', years: BOTH },
  { id: 'P_ONGEHUWD', label: '% ongehuwd', kind: 'aandeel', years: BOTH },
  { id: 'P_GEHUWD', label: '% gehuwd', kind: 'aandeel', years: BOTH },
  { id: 'P_GESCHEID', label: '% gescheiden', kind: 'aandeel', years: Y2015 },
  { id: 'P_VERWEDUW', label: '% verweduwd', kind: 'aandeel', years: Y2015 },
  { id: 'P_EENP_HH', label: '% eenpersoonshuishoudens', kind: 'aandeel', years: BOTH },
  { id: 'P_HH_Z_K', label: '% huishoudens zonder kinderen', kind: 'aandeel', years: BOTH },
  { id: 'P_HH_M_K', label: '% huishoudens met kinderen', kind: 'aandeel', years: BOTH },
  { id: 'GEM_HH_GR', label: 'Gemiddelde huishoudensgrootte', kind: 'gemiddelde', years: BOTH },
  { id: 'P_WEST_AL', label: '% westerse migratieachtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'P_N_W_AL', label: '% niet-westerse migratieachtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'P_MAROKKO', label: '% Marokkaanse achtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'P_ANT_ARU', label: '% Antilliaanse/Arubaanse achtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'P_SURINAM', label: '% Surinaamse achtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'P_TURKIJE', label: '% Turkse achtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'P_OVER_NW', label: '% overige niet-westerse achtergrond', kind: 'aandeel', years: Y2015 },
  { id: 'OAD', label: 'Omgevingsadressendichtheid (adressen per km²)', kind: 'dichtheid', years: BOTH },
  { id: 'BEV_DICHTH', label: 'Bevolkingsdichtheid (inwoners per km²)', kind: 'dichtheid', years: BOTH },
  { id: 'AUTO_HH', label: "Auto's per huishouden", kind: 'gemiddelde', years: BOTH },
  { id: 'AUTO_LAND', label: "Auto's per km² land", kind: 'dichtheid', years: BOTH },
  {
    id: 'pct_hh_laag_inkomen',
    label: '% huishoudens met een laag inkomen (landelijk laagste 40%)',
    kind: 'aandeel',
    years: Y2022,
  },
  {
    id: 'pct_hh_hoog_inkomen',
    label: '% huishoudens met een hoog inkomen (landelijk hoogste 20%)',
    kind: 'aandeel',
    years: Y2022,
  },
  {
    id: 'pct_rond_sociaal_min',
    label: '% huishoudens onder of rond het sociaal minimum',
    kind: 'aandeel',
    years: Y2022,
  },
  { id: 'arbeidsparticipatie', label: 'Netto arbeidsparticipatie (% van 15–75 jaar)', kind: 'aandeel', years: Y2022 },
  { id: 'pct_werknemers', label: '% werkzame personen in loondienst', kind: 'aandeel', years: Y2022 },
  { id: 'pct_zelfstandigen', label: '% werkzame personen zelfstandig', kind: 'aandeel', years: Y2022 },
  {
    id: 'gem_gestand_inkomen',
    label: 'Gemiddeld gestandaardiseerd huishoudensinkomen (× € 1.000)',
    kind: 'gemiddelde',
    years: Y2022,
  },
  { id: 'gem_inkomen_inwoner', label: 'Gemiddeld inkomen per inwoner (× € 1.000)', kind: 'gemiddelde', years: Y2022 },
  { id: 'gem_woz_waarde', label: 'Gemiddelde WOZ-waarde (× € 1.000)', kind: 'gemiddelde', years: Y2022 },
  { id: 'koopwoningen', label: '% koopwoningen', kind: 'aandeel', years: Y2022 },
  { id: 'huurwoningen', label: '% huurwoningen', kind: 'aandeel', years: Y2022 },
  { id: 'pct_huurcorporatie', label: '% huurwoningen van een corporatie', kind: 'aandeel', years: Y2022 },
  { id: 'pct_meergezins', label: '% meergezinswoningen', kind: 'aandeel', years: Y2022 },
  { id: 'pct_bouwjaar_na_2000', label: '% woningen gebouwd vanaf 2000', kind: 'aandeel', years: Y2022 },
  { id: 'geboorte_relatief', label: 'Geboorten per 1.000 inwoners', kind: 'gemiddelde', years: Y2022 },
  { id: 'sterfte_relatief', label: 'Sterfte per 1.000 inwoners', kind: 'gemiddelde', years: Y2022 },
  { id: 'afstand_huisarts', label: 'Afstand tot de huisarts (km)', kind: 'gemiddelde', years: Y2022 },
  { id: 'wmo_per_1000', label: 'Wmo-cliënten per 1.000 inwoners', kind: 'gemiddelde', years: Y2022 },
  { id: 'pct_jeugdzorg', label: '% jongeren met jeugdzorg', kind: 'aandeel', years: Y2022 },
];

function base(id: string, label: string, years: number[]): Omit<IndicatorDef, 'numerator' | 'kind' | 'per'> {
  return {
    id,
    label,
    unit: '',
    decimals: 2,
    years,
    levels: [...AREA_LEVELS],
    higherMeansMoreNeed: null,
    source: years.includes(2015) ? SOURCE_2015 : SOURCE_2022,
  };
}

/** Benefits as % of all inhabitants, as the SCP used uitkeringsontvangers (2015 only). */
const DERIVED: IndicatorDef[] = [
  {
    ...base('WW_PCT', 'WW-uitkeringen als % van de inwoners', Y2015),
    kind: 'rate',
    numerator: { column: 'WW_UIT_TOT' },
    denominator: { column: 'AANT_INW' },
    per: 100,
    unit: '%',
  },
  {
    ...base('AO_PCT', 'AO-uitkeringen als % van de inwoners', Y2015),
    kind: 'rate',
    numerator: { column: 'AO_UIT_TOT' },
    denominator: { column: 'AANT_INW' },
    per: 100,
    unit: '%',
  },
  {
    ...base('WWB_PCT', 'Bijstandsuitkeringen als % van de inwoners', Y2015),
    kind: 'rate',
    numerator: { column: 'WWB_UITTOT' },
    denominator: { column: 'AANT_INW' },
    per: 100,
    unit: '%',
  },
];

const FACTORS: IndicatorDef[] = [
  ...DERIVED,
  // A published share or average is taken as it is: its value is the column's value.
  ...COLUMN_FACTORS.map((f): IndicatorDef => ({
    ...base(f.id, f.label, f.years),
    kind: 'count',
    numerator: { column: f.id },
    per: 1,
  })),
];

/** The factor set of the SCP-style model per outcome. */
export const DEFAULT_FACTORS: Record<string, string[]> = {
  bijstand_1564: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WW_PCT', 'AO_PCT'],
  ww_1564: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WWB_PCT', 'AO_PCT'],
  ao_1564: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WW_PCT', 'WWB_PCT'],
  // The composite holds all three benefits, so none of them is a factor.
  uitkeringen_gewogen: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD'],
  wmo_per_1000: ['P_65_EO_JR', 'P_EENP_HH', 'pct_hh_laag_inkomen', 'OAD'],
  jeugdzorg_pct: ['arbeidsparticipatie', 'pct_rond_sociaal_min', 'P_EENP_HH', 'OAD'],
};

/** The year of the gemeenten whose Wmo and jeugdzorg figures the law models are fitted on. */
export const LAW_MODEL_YEAR = 2022;

/** The built-in outcome whose gemeente model an own count of a law's users is held against. */
export const LAW_OUTCOMES: Record<string, string> = { 'Wmo 2015': 'wmo_per_1000', Jeugdwet: 'jeugdzorg_pct' };

/** What can be risk-corrected, said once for every notice and message. */
export const CORRECTABLE_TEXT =
  'Risicocorrectie is er voor bijstand, WW en AO (2015), jeugdzorg en Wmo (2022) en eigen gemeentetellingen van 2015 met een noemer.';

/** The factor rules (src/atlas/factorRules.ts) over these factors; factor ids are table columns,
 *  the kit's 2022 names are accepted too. */
export const {
  riskFactor,
  factorsOfYear,
  defaultFactors,
  isCorrectable,
  isCorrectableIn,
  factorOptions,
  factorProblem,
  factorsOf,
} = factorRules({ factors: FACTORS, defaults: DEFAULT_FACTORS, alias: tableColumn2022 });

/** What the risk model's steps (src/atlas/riskComparison.ts) need to know of the factors. */
export const MODEL_RULES: ModelRules = { isCorrectableIn, factorProblem, factorsOf, correctableText: CORRECTABLE_TEXT };
