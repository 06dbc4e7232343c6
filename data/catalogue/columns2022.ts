// KWB 2022 gemeente columns of the kit (indicators/kwb_2022_gemeente.csv) whose CBS definition is
// the one of a KWB 2015 column get that column's name, so one catalogue definition serves 2015,
// 2022 and 2023 (percentages of inhabitants or households, counts, densities). Every other
// column keeps the kit's name (pct_hh_laag_inkomen, wmo_per_1000, pct_jeugdzorg, …).
export const COLUMNS_2022: Record<string, string> = {
  aantal_inwoners: 'AANT_INW',
  mannen: 'AANT_MAN',
  vrouwen: 'AANT_VROUW',
  bevolkingsdichtheid: 'BEV_DICHTH',
  stedelijkheid: 'STED',
  omgevingsadressendichtheid: 'OAD',
  '0_15': 'P_00_14_JR',
  '15_25': 'P_15_24_JR',
  '25_45': 'P_25_44_JR',
  '45_65': 'P_45_64_JR',
  '65plus': 'P_65_EO_JR',
  huishoudens: 'AANTAL_HH',
  gem_huishouden_grootte: 'GEM_HH_GR',
  pct_eenpersoonshhd: 'P_EENP_HH',
  pct_hhd_met_kind: 'P_HH_M_K',
  pct_hhd_zonder_kind: 'P_HH_Z_K',
  pct_gehuwd: 'P_GEHUWD',
  pct_ongehuwd: 'P_ONGEHUWD',
  personenautos: 'AUTO_TOT',
  auto_per_huishouden: 'AUTO_HH',
  auto_per_km2: 'AUTO_LAND',
  motorfietsen: 'MOTOR_2W',
  opp_land: 'OPP_LAND',
  opp_water: 'OPP_WATER',
};

/** The table column of a kit 2022 name (65plus → P_65_EO_JR); the name itself when unmapped. */
export function tableColumn2022(kitName: string): string {
  return Object.hasOwn(COLUMNS_2022, kitName) ? COLUMNS_2022[kitName] : kitName;
}
