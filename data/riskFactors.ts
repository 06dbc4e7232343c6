// Risk factors for the SCP-style correction: any numeric KWB column, plus WW and AO benefits as
// a share of inhabitants. A factor is an indicator definition, so the same code gives its value
// for gemeenten (the fit) and for wijken and buurten (the extrapolation).
import type { IndicatorDef } from '../src/atlas/indicators';
import { AREA_LEVELS } from '../src/atlas/geography';

const SOURCE = 'CBS, Kerncijfers wijken en buurten 2015';

/** Dutch names of the KWB 2015 columns (CBS definitions, see the kit README). */
export const KWB_COLUMN_LABELS: Record<string, string> = {
  OAD: 'Omgevingsadressendichtheid', STED: 'Stedelijkheid (klasse)', AANT_INW: 'Inwoners', AANT_MAN: 'Mannen', AANT_VROUW: 'Vrouwen',
  P_00_14_JR: '% 0–14 jaar', P_15_24_JR: '% 15–24 jaar', P_25_44_JR: '% 25–44 jaar', P_45_64_JR: '% 45–64 jaar', P_65_EO_JR: '% 65 jaar en ouder',
  P_ONGEHUWD: '% ongehuwd', P_GEHUWD: '% gehuwd', P_GESCHEID: '% gescheiden', P_VERWEDUW: '% verweduwd',
  BEV_DICHTH: 'Bevolkingsdichtheid', AANTAL_HH: 'Huishoudens', P_EENP_HH: '% eenpersoonshuishoudens', P_HH_Z_K: '% huishoudens zonder kinderen',
  P_HH_M_K: '% huishoudens met kinderen', GEM_HH_GR: 'Gemiddelde huishoudensgrootte', P_WEST_AL: '% westerse migratieachtergrond',
  P_N_W_AL: '% niet-westerse migratieachtergrond', P_MAROKKO: '% Marokkaans', P_ANT_ARU: '% Antilliaans/Arubaans', P_SURINAM: '% Surinaams',
  P_TURKIJE: '% Turks', P_OVER_NW: '% overig niet-westers', AO_UIT_TOT: 'AO-uitkeringen (aantal)', WW_UIT_TOT: 'WW-uitkeringen (aantal)',
  WWB_UITTOT: 'Bijstandsuitkeringen (aantal)', A_SOZ_OW: 'AOW-uitkeringen (aantal)', AUTO_TOT: "Personenauto's", AUTO_HH: "Auto's per huishouden",
  AUTO_LAND: "Auto's per km² land", BEDR_AUTO: 'Bedrijfsmotorvoertuigen', MOTOR_2W: 'Motortweewielers', A_LFTJ6J: "Auto's jonger dan 6 jaar",
  A_LFTO6J: "Auto's 6 jaar en ouder", A_BST_B: "Auto's op benzine", A_BST_NB: "Auto's op overige brandstof",
  OPP_TOT: 'Oppervlakte totaal (ha)', OPP_LAND: 'Oppervlakte land (ha)', OPP_WATER: 'Oppervlakte water (ha)',
};

function base(id: string, label: string): Omit<IndicatorDef, 'numerator' | 'kind' | 'per'> {
  return { id, label, unit: '', decimals: 2, years: [2015], levels: [...AREA_LEVELS], higherMeansMoreNeed: null, source: SOURCE };
}

/** Benefits as % of all inhabitants, as the SCP used uitkeringsontvangers. */
const DERIVED: IndicatorDef[] = [
  { ...base('WW_PCT', 'WW-uitkeringen als % van de inwoners'), kind: 'rate', numerator: { column: 'WW_UIT_TOT' }, denominator: { column: 'AANT_INW' }, per: 100, unit: '%' },
  { ...base('AO_PCT', 'AO-uitkeringen als % van de inwoners'), kind: 'rate', numerator: { column: 'AO_UIT_TOT' }, denominator: { column: 'AANT_INW' }, per: 100, unit: '%' },
  { ...base('WWB_PCT', 'Bijstandsuitkeringen als % van de inwoners'), kind: 'rate', numerator: { column: 'WWB_UITTOT' }, denominator: { column: 'AANT_INW' }, per: 100, unit: '%' },
];

/** The factor with this id: a derived share or a KWB column taken as it is; undefined when unknown. */
export function riskFactor(id: string): IndicatorDef | undefined {
  const derived = DERIVED.find((d) => d.id === id);
  if (derived) return derived;
  const label = KWB_COLUMN_LABELS[id];
  return label ? { ...base(id, label), kind: 'count', numerator: { column: id }, per: 1 } : undefined;
}

export const RISK_FACTOR_IDS: string[] = [...DERIVED.map((d) => d.id), ...Object.keys(KWB_COLUMN_LABELS)];

/** The factor set of the SCP-style model per outcome (bijstand: the default set). */
export const DEFAULT_FACTORS: Record<string, string[]> = {
  bijstand_1564: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WW_PCT', 'AO_PCT'],
  ww_1564: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WWB_PCT', 'AO_PCT'],
  ao_1564: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WW_PCT', 'WWB_PCT'],
  // The composite holds all three benefits, so none of them is a factor.
  uitkeringen_gewogen: ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD'],
};

/** The model's default factors for an indicator; undefined when it cannot be risk-corrected. */
export function defaultFactors(def: IndicatorDef | undefined): string[] | undefined {
  return def ? DEFAULT_FACTORS[def.id] ?? def.defaultFactors : undefined;
}

export function isCorrectable(def: IndicatorDef | undefined): boolean {
  return defaultFactors(def) !== undefined;
}
