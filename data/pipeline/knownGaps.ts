// The 20 wijken of 2015 that are absent from the kit's wijk geometry and table while their
// buurten are present. Source: ../shared/atlas-sources/README.md, "Missing features"
// (checked there against the complete PDOK 2015 code lists).
export const KNOWN_MISSING_WIJKEN: ReadonlySet<string> = new Set([
  'WK001002',
  'WK005000',
  'WK009305',
  'WK017105',
  'WK017505',
  'WK030305',
  'WK030720',
  'WK058803',
  'WK067709',
  'WK067713',
  'WK071607',
  'WK098326',
  'WK167605',
  'WK171407',
  'WK177410',
  'WK189502',
  'WK189604',
  'WK190002',
  'WK192149',
  'WK193014',
]);
