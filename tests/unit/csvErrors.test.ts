// papaparse's errors in Dutch.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvErrorText } from '../../src/atlas/csvErrors';

describe('CSV errors', () => {
  it('says what papaparse found in Dutch', () => {
    const { errors } = Papa.parse('a,b\n"1,2\n', { header: true });
    expect(errors.map(csvErrorText)).toContain('aanhalingstekens sluiten niet');
    expect(csvErrorText({ code: 'TooManyFields', message: 'Too many fields' })).toBe('te veel velden in deze regel');
  });
  it("keeps papaparse's own text for a code it adds later", () => {
    expect(csvErrorText({ code: 'Nieuw' as never, message: 'Something new' })).toBe('onleesbare regel (Something new)');
  });
});
