// The gemeente → region membership table of the kit (memberships/gemeente_regio_2015.csv),
// checked and turned into the Membership asset.
import Papa from 'papaparse';
import { REGION_SYSTEMS, levelOfCode, type Membership, type RegionSystem } from '../../src/atlas/geography';
import { csvIssues, type PipelineIssue } from './validate';

const COLUMN: Record<RegionSystem, string> = {
  arbeidsmarktregio: 'arbeidsmarktregio',
  jeugdregio: 'jeugdregio',
  wmoregio: 'wmoregio',
  corop: 'corop',
};

export function membershipFromCsv(
  csv: string,
  year: number,
  file: string,
  gemeenteCodes: string[],
): { membership: Membership; issues: PipelineIssue[] } {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const issues = csvIssues(parsed.errors, file);
  const membership: Membership = {
    year,
    source: `CBS/PDOK regio-indelingen ${year} (kit: ${file})`,
    gemeenten: [],
    systems: Object.fromEntries(
      REGION_SYSTEMS.map((s) => [s, { codes: [], names: [], regionOf: [] }]),
    ) as unknown as Membership['systems'],
  };
  const names = new Map<string, string>();
  parsed.data.forEach((row, index) => {
    // The 2015 file names the column gemeentecode, the 2022 file gemeente_code.
    const gemeente = (row.gemeentecode ?? row.gemeente_code ?? '').trim();
    if (levelOfCode(gemeente) !== 'gemeente') {
      issues.push({
        severity: 'error',
        file,
        code: gemeente,
        message: `regel ${index + 2}: "${gemeente}" is geen gemeentecode`,
      });
      return;
    }
    membership.gemeenten.push(gemeente);
    for (const system of REGION_SYSTEMS) {
      const code = (row[`${COLUMN[system]}_code`] ?? '').trim();
      const name = (row[`${COLUMN[system]}_naam`] ?? '').trim();
      if (levelOfCode(code) !== system)
        issues.push({
          severity: 'error',
          file,
          code: gemeente,
          message: `regel ${index + 2}, kolom ${COLUMN[system]}_code: "${code}" is geen ${system}code`,
        });
      const known = names.get(code);
      if (known !== undefined && known !== name)
        issues.push({
          severity: 'error',
          file,
          code,
          message: `regio ${code} heeft twee namen: "${known}" en "${name}"`,
        });
      if (known === undefined) {
        names.set(code, name);
        membership.systems[system].codes.push(code);
        membership.systems[system].names.push(name);
      }
      membership.systems[system].regionOf.push(code);
    }
  });
  for (const system of REGION_SYSTEMS) {
    const s = membership.systems[system];
    const order = s.codes.map((c, i) => [c, s.names[i]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    s.codes = order.map((o) => o[0]);
    s.names = order.map((o) => o[1]);
  }
  const inTable = new Set(gemeenteCodes);
  const inMembership = new Set(membership.gemeenten);
  for (const g of membership.gemeenten)
    if (!inTable.has(g))
      issues.push({ severity: 'error', file, code: g, message: `gemeente ${g} bestaat niet in ${year}` });
  for (const g of gemeenteCodes)
    if (!inMembership.has(g))
      issues.push({ severity: 'error', file, code: g, message: `gemeente ${g} hoort bij geen enkele regio` });
  const seen = new Set<string>();
  for (const g of membership.gemeenten) {
    if (seen.has(g))
      issues.push({ severity: 'error', file, code: g, message: `gemeente ${g} staat er meer dan eens in` });
    seen.add(g);
  }
  return { membership, issues };
}
