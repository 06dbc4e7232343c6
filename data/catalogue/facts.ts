// Reference figures typed from a document: the kit's facts/drechtsteden_2016.csv (monitor 3D
// Drechtsteden, quoting the Gemeentelijke monitor Sociaal Domein, first half of 2016). Their labels
// are written here; period, coverage, the national figure and remarks come from the generated
// facts file (data/pipeline/facts.ts), which the browser and the CLI read like any other asset.
import type { IndicatorDef } from '../../src/atlas/indicators';

export const FACTS_SOURCE =
  'Gemeentelijke monitor Sociaal Domein, 1e helft 2016 (voorlopige cijfers), via monitor 3D Drechtsteden (Onderzoekcentrum Drechtsteden)';
export const FACTS_REMARK =
  'Voorlopige cijfers, afgerond; de bron noemt de sociaal-domeincijfers van Alblasserdam niet openbaar en toont de Wmo-cijfers van Alblasserdam met die opmerking.';
export const FACT_PREFIX = 'F_';
/** The catalogue id of a reference figure: feit_<indicator>. */
export const FACT_ID_PREFIX = 'feit_';
export const isFactId = (id: string) => id.startsWith(FACT_ID_PREFIX);
/** Next to the KWB 2022 figures these are reference figures of another period and definition. */
export const OTHER_DEFINITION =
  'Referentiecijfer van een andere periode (1e helft 2016) en definitie (jeugdhulp als % van 0–17 jaar, Wmo per voorziening) dan de CBS-cijfers van 2022 (jeugdzorg in natura als % van jongeren tot 23 jaar, Wmo-cliënten met een maatwerkvoorziening per 1.000 inwoners): niet direct vergelijkbaar.';

/** Dutch labels of the document's indicators; units, period and remarks come from the CSV. */
export const FACT_LABELS: Record<
  string,
  { label: string; law: IndicatorDef['law'] | undefined; unit: string; decimals: number }
> = {
  jeugdhulp_pct: { label: 'Jongeren met jeugdhulp', law: 'Jeugdwet', unit: '% van 0–17 jaar', decimals: 1 },
  jeugdhulp_met_verblijf_pct: {
    label: 'Jongeren met jeugdhulp met verblijf',
    law: 'Jeugdwet',
    unit: '% van 0–17 jaar',
    decimals: 1,
  },
  jeugdbescherming_pct: {
    label: 'Jongeren met jeugdbescherming',
    law: 'Jeugdwet',
    unit: '% van 0–17 jaar',
    decimals: 1,
  },
  jeugdreclassering_pct: {
    label: 'Jongeren met jeugdreclassering',
    law: 'Jeugdwet',
    unit: '% van 12–23 jaar',
    decimals: 1,
  },
  wmo_ondersteuning_thuis_clienten: {
    label: 'Wmo: cliënten ondersteuning thuis',
    law: 'Wmo 2015',
    unit: 'cliënten',
    decimals: 0,
  },
  wmo_ondersteuning_thuis_per1000: {
    label: 'Wmo: ondersteuning thuis',
    law: 'Wmo 2015',
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  wmo_verblijf_opvang_clienten: {
    label: 'Wmo: cliënten verblijf en opvang',
    law: 'Wmo 2015',
    unit: 'cliënten',
    decimals: 0,
  },
  wmo_verblijf_opvang_per1000: {
    label: 'Wmo: verblijf en opvang',
    law: 'Wmo 2015',
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  wmo_hulp_huishouden_clienten: {
    label: 'Wmo: cliënten hulp bij het huishouden',
    law: 'Wmo 2015',
    unit: 'cliënten',
    decimals: 0,
  },
  wmo_hulp_huishouden_per1000: {
    label: 'Wmo: hulp bij het huishouden',
    law: 'Wmo 2015',
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  wmo_hulpmiddelen_diensten_clienten: {
    label: 'Wmo: cliënten hulpmiddelen en diensten',
    law: 'Wmo 2015',
    unit: 'cliënten',
    decimals: 0,
  },
  wmo_hulpmiddelen_diensten_per1000: {
    label: 'Wmo: hulpmiddelen en diensten',
    law: 'Wmo 2015',
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  wmo_totaal_clienten: {
    label: 'Wmo: cliënten met een maatwerkvoorziening',
    law: 'Wmo 2015',
    unit: 'cliënten',
    decimals: 0,
  },
  wmo_totaal_per1000: {
    label: 'Wmo: maatwerkvoorziening totaal',
    law: 'Wmo 2015',
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  sd_1plus_per1000_inwoners: {
    label: 'Sociaal domein: ten minste één voorziening',
    law: undefined,
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  sd_1plus_per1000_huishoudens: {
    label: 'Sociaal domein: huishoudens met ten minste één voorziening',
    law: undefined,
    unit: 'per 1.000 huishoudens',
    decimals: 0,
  },
  sd_1voorziening_per1000_inwoners: {
    label: 'Sociaal domein: één voorziening',
    law: undefined,
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  sd_1voorziening_per1000_huishoudens: {
    label: 'Sociaal domein: huishoudens met één voorziening',
    law: undefined,
    unit: 'per 1.000 huishoudens',
    decimals: 0,
  },
  sd_2voorzieningen_per1000_inwoners: {
    label: 'Sociaal domein: twee voorzieningen (samenloop)',
    law: undefined,
    unit: 'per 1.000 inwoners',
    decimals: 0,
  },
  sd_2voorzieningen_per1000_huishoudens: {
    label: 'Sociaal domein: huishoudens met twee voorzieningen',
    law: undefined,
    unit: 'per 1.000 huishoudens',
    decimals: 0,
  },
  bijstand_huishoudens_tot_aow: {
    label: 'Huishoudens met bijstand (tot AOW-leeftijd)',
    law: 'Participatiewet',
    unit: 'huishoudens',
    decimals: 0,
  },
};

export interface FactRow {
  code: string;
  naam: string;
  indicator: string;
  periode: string;
  waarde: number | null;
  toelichting: string;
}

export interface Facts {
  source: string;
  remark: string;
  rows: FactRow[];
}

/** Catalogue entries of the facts: values as published (not summable), on the gemeenten that have them. */
export function factIndicators(facts: Pick<Facts, 'rows'>): IndicatorDef[] {
  return Object.entries(FACT_LABELS).map(([id, meta]) => {
    const rows = facts.rows.filter((r) => r.indicator === id);
    const coverage = rows.filter((r) => r.code !== 'NL01').map((r) => r.code);
    const remark = rows.find((r) => r.toelichting)?.toelichting;
    return {
      id: `${FACT_ID_PREFIX}${id}`,
      label: meta.label,
      unit: meta.unit,
      kind: 'fact',
      law: meta.law,
      numerator: { column: `${FACT_PREFIX}${id}` },
      published: `${FACT_PREFIX}${id}`,
      per: 1,
      decimals: meta.decimals,
      years: [2015, 2022],
      levels: ['gemeente'],
      higherMeansMoreNeed: true,
      source: FACTS_SOURCE,
      period: rows[0]?.periode ?? '2016',
      coverage,
      nationalValue: rows.find((r) => r.code === 'NL01')?.waarde ?? null,
      note: [remark, FACTS_REMARK, OTHER_DEFINITION].filter(Boolean).join(' '),
    } satisfies IndicatorDef;
  });
}
