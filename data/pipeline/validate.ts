// Build-time checks that stop the pipeline with a message naming the file and the code.
import type { ParseError } from 'papaparse';
import { KNOWN_MISSING_WIJKEN } from './knownGaps';
import { csvErrorText } from '../../src/atlas/csvErrors';

export interface PipelineIssue {
  severity: 'error' | 'warning';
  file: string;
  code?: string;
  message: string;
}

/** papaparse's errors of a kit CSV with a header row, as issues naming the file line (in Dutch). */
export function csvIssues(errors: ParseError[], file: string): PipelineIssue[] {
  return errors.map((e) => ({ severity: 'error', file, message: `regel ${(e.row ?? 0) + 2}: ${csvErrorText(e)}` }));
}

export function duplicateCodes(codes: string[], file: string): PipelineIssue[] {
  const seen = new Set<string>();
  const issues: PipelineIssue[] = [];
  for (const code of codes) {
    if (seen.has(code)) issues.push({ severity: 'error', file, code, message: `code ${code} komt meer dan eens voor` });
    seen.add(code);
  }
  return issues;
}

/** Every geometry needs a table row and every row a geometry. */
export function geometryTableMismatch(
  geometryCodes: string[],
  geometryFile: string,
  tableCodes: string[],
  tableFile: string,
): PipelineIssue[] {
  const inTable = new Set(tableCodes);
  const inGeometry = new Set(geometryCodes);
  const issues: PipelineIssue[] = [];
  for (const code of geometryCodes) {
    if (!inTable.has(code))
      issues.push({
        severity: 'error',
        file: geometryFile,
        code,
        message: `gebied ${code} heeft geen rij in ${tableFile}`,
      });
  }
  for (const code of tableCodes) {
    if (!inGeometry.has(code))
      issues.push({
        severity: 'error',
        file: tableFile,
        code,
        message: `rij ${code} heeft geen geometrie in ${geometryFile}`,
      });
  }
  return issues;
}

/**
 * Parent codes must exist. A missing wijk that the kit documents as lost (its buurten are present)
 * is a warning; any other unknown parent is an error.
 */
export function missingParents(
  codes: string[],
  parents: (string | null)[],
  parentCodes: string[],
  file: string,
  parentLabel: 'gemeente' | 'wijk',
  known: ReadonlySet<string> = parentLabel === 'wijk' ? KNOWN_MISSING_WIJKEN : new Set(),
): PipelineIssue[] {
  const exists = new Set(parentCodes);
  const issues: PipelineIssue[] = [];
  const knownMissing = new Set<string>();
  codes.forEach((code, i) => {
    const parent = parents[i];
    if (!parent) {
      issues.push({ severity: 'error', file, code, message: `${code} heeft geen ${parentLabel}code` });
    } else if (!exists.has(parent)) {
      if (known.has(parent)) knownMissing.add(parent);
      else
        issues.push({
          severity: 'error',
          file,
          code,
          message: `${code} hoort bij ${parentLabel} ${parent}, die niet bestaat`,
        });
    }
  });
  if (knownMissing.size > 0) {
    issues.push({
      severity: 'warning',
      file,
      message: `${knownMissing.size} ${parentLabel === 'wijk' ? 'wijken' : 'gemeenten'} ontbreken in de bronkit (bekend, zie de README van de kit; hun buurten zijn er wel): ${[...knownMissing].sort().join(', ')}`,
    });
  }
  return issues;
}

export function formatIssue(issue: PipelineIssue): string {
  const label = issue.severity === 'error' ? 'FOUT' : 'waarschuwing';
  return `${label}: ${issue.file}${issue.code ? ` [${issue.code}]` : ''}: ${issue.message}`;
}
