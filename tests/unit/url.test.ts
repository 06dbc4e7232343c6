import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR } from '../../data/catalogue/catalogue';
import { readCatalogue } from '../../src/cli/generated';
import { parseQuery, toQuery } from '../../src/state/url';
import { parseClassification } from '../../src/atlas/classificationText';
import { defaultChoices } from '../../src/state/choices';

const CATALOGUE = readCatalogue();

const parse = (q: string) => parseQuery(q, CATALOGUE, DEFAULT_INDICATOR);

describe('URL state', () => {
  it('reads the example link of the issue', () => {
    const { choices, notices } = parse(
      '?niveau=wijk&jaar=2015&indicator=bijstand_1564&klassen=kwantiel-5&selectie=WK050507',
    );
    expect(notices).toEqual([]);
    expect(choices).toMatchObject({
      level: 'wijk',
      year: 2015,
      indicator: 'bijstand_1564',
      classification: { method: 'kwantiel', count: 5 },
      selection: 'WK050507',
    });
  });

  it('round-trips every choice', () => {
    const choices = {
      ...defaultChoices(DEFAULT_INDICATOR),
      level: 'buurt' as const,
      indicator: 'pct_65plus',
      classification: { method: 'handmatig' as const, count: 4, breaks: [10, 20.5, 30] },
      palette: 'Greens' as const,
      selection: 'BU05050701',
      view: { longitude: 4.6712, latitude: 51.8011, zoom: 11.25 },
      showPoi: true,
      poiText: 'Albatros; 3317 AM',
      poiWet: 'Jeugdwet',
      poiToegang: 'vrij toegankelijk',
      nearFrom: [4.65183, 51.79125] as [number, number],
      basemap: 'grijs' as const,
      opacity: 75,
      correctedScale: 'landelijk' as const,
      csvDialect: 'en' as const,
      withinMap: true,
    };
    const back = parse(toQuery(choices));
    expect(back.notices).toEqual([]);
    expect(back.choices).toEqual(choices);
    // A background map's own coverage (60 %) goes without saying; full colours over it are said.
    for (const opacity of [60, 100]) {
      const withMap = { ...defaultChoices(DEFAULT_INDICATOR), basemap: 'grijs' as const, opacity };
      expect(toQuery(withMap).includes('dekking')).toBe(opacity === 100);
      expect(parse(toQuery(withMap)).choices.opacity).toBe(opacity);
    }
  });

  it('refuses a map view outside the Netherlands (open sea) with a notice', () => {
    const sea = parse('?kaart=9,55,18');
    expect(sea.choices.view).toBeNull();
    expect(sea.notices).toEqual([
      'Link, kaart: Kaartbeeld "9,55,18" is ongeldig of ligt buiten Nederland; de kaart toont heel Nederland.',
    ]);
    expect(parse('?kaart=4.6712,51.8011,11.25').choices.view).toEqual({
      longitude: 4.6712,
      latitude: 51.8011,
      zoom: 11.25,
    });
  });

  it("keeps the corrected map's scale, and refuses one it does not know", () => {
    expect(parse('?schaal=landelijk').choices.correctedScale).toBe('landelijk');
    expect(toQuery(defaultChoices(DEFAULT_INDICATOR))).not.toMatch(/schaal=/);
    const { choices, notices } = parse('?schaal=<b>relatief</b>');
    expect(choices.correctedScale).toBe('scp');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Link, schaal: Onbekende schaal/);
  });

  it('refuses an unknown background map or an opacity outside 20–100', () => {
    for (const q of [
      '?achtergrond=osm',
      '?achtergrond=https://evil.example/{z}',
      '?dekking=5',
      '?dekking=150',
      '?dekking=50.5',
      '?dekking=',
    ]) {
      const { choices, notices } = parse(q);
      expect(choices.basemap).toBe('geen');
      expect(choices.opacity).toBe(100);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^Link, (achtergrond|dekking): /);
    }
  });

  it('falls back to defaults with a notice for unknown or invalid values', () => {
    const { choices, notices } = parse(
      '?niveau=provincie&jaar=1999&indicator=geluk&klassen=kwantiel-12&palet=regenboog&selectie=<script>&kaart=200,100,3',
    );
    expect(choices).toEqual(defaultChoices(DEFAULT_INDICATOR));
    expect(notices).toHaveLength(7);
    expect(notices.join(' ')).toMatch(/provincie/);
    expect(notices.join(' ')).toMatch(/geluk/);
  });

  it('rejects an indicator that does not exist for the chosen year', () => {
    const { choices, notices } = parse('?niveau=gemeente&jaar=2023&indicator=bijstand_1564');
    expect(choices.year).toBe(2023);
    expect(choices.indicator).not.toBe('bijstand_1564');
    expect(notices[0]).toMatch(/niet voor gemeente 2023/);
  });

  it('rejects a selection of another level', () => {
    const { choices, notices } = parse('?niveau=gemeente&selectie=WK050507');
    expect(choices.selection).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('parses classifications strictly', () => {
    expect(parseClassification('natuurlijk-7')).toEqual({ method: 'natuurlijk', count: 7 });
    expect(parseClassification('handmatig-1_2')).toEqual({ method: 'handmatig', count: 3, breaks: [1, 2] });
    expect(parseClassification('handmatig-2_1')).toBeNull();
    expect(parseClassification('gelijk-2')).toBeNull();
    expect(parseClassification('kwantiel-5x')).toBeNull();
  });
});

describe('imported indicators in a link', () => {
  it('keeps a link to an own table by name until the browser has read its own tables', () => {
    const { choices, notices } = parse('?niveau=jeugdregio&indicator=eigen%3AJeugdhulp+2022&weergave=vergelijken');
    expect(notices).toEqual([]);
    expect(choices).toMatchObject({ level: 'jeugdregio', indicator: 'eigen:Jeugdhulp 2022', mode: 'vergelijken' });
    expect(parse(toQuery(choices)).choices).toEqual(choices);
  });

  it('refuses an empty or overlong own name as a tampered link', () => {
    for (const q of ['?indicator=eigen%3A', `?indicator=eigen%3A${'x'.repeat(200)}`]) {
      const { choices, notices } = parse(q);
      expect(choices.indicator).toBe(DEFAULT_INDICATOR);
      expect(notices[0]).toMatch(/Onbekende indicator/);
    }
  });
});
