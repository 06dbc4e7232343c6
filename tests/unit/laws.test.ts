// Which law a column's name speaks of.
import { describe, expect, it } from 'vitest';
import { lawOfName } from '../../src/atlas/laws';

describe('laws', () => {
  it('reads the law from a column name', () => {
    expect(lawOfName('Wmo-cliënten (aantal)')).toBe('Wmo 2015');
    expect(lawOfName('Cliënten met een maatwerkvoorziening')).toBe('Wmo 2015');
    expect(lawOfName('Jongeren met jeugdhulp (aantal)')).toBe('Jeugdwet');
    expect(lawOfName('Jeugdzorgtrajecten')).toBe('Jeugdwet');
    expect(lawOfName('Bijstandsuitkeringen')).toBeNull();
    expect(lawOfName('Jeugdige inwoners')).toBeNull();
  });
});
