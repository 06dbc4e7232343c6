// A list of services as CSV in either dialect, with its name, address and position.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { pointsCsv } from '../../src/atlas/pointsCsv';
import type { Voorziening } from '../../src/atlas/socialeKaart';

const school = {
  naam: 'De Albatros',
  categorie: 'basisschool',
  organisatie: '',
  straat: 'Douwe Aukesstraat',
  huisnummer: '1',
  postcode: '3317 AM',
  plaats: 'Dordrecht',
  telefoon: '078-1234567',
  website: '',
  lat: 51.7981,
  lon: 4.6512,
  bron: 'DUO',
} as Voorziening;

describe('list export', () => {
  it('writes the English dialect by default: commas and decimal points', () => {
    const [header, row] = Papa.parse<string[]>(pointsCsv([school]), { skipEmptyLines: true }).data;
    expect(header[0]).toBe('naam');
    expect(row[header.indexOf('lat')]).toBe('51.7981');
    expect(row[header.indexOf('telefoon')]).toBe('078-1234567');
  });

  it('writes the Dutch dialect for Excel: BOM, semicolons and decimal commas', () => {
    const text = pointsCsv([school], 'nl');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(row[header.indexOf('lon')]).toBe('4,6512');
    expect(row[header.indexOf('categorie')]).toBe('basisschool');
  });
});
