import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate, type Screen } from '../../src/map/labelPlacement';
import { shortName } from '../../src/atlas/labels';

// A flat screen: one degree is 100 pixels, y grows downward; every character 6 px wide.
const screen: Screen = {
  width: 800,
  height: 600,
  project: ([x, y]) => [x * 100, 600 - y * 100],
  measure: (t) => t.length * 6,
};
const label = (text: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  text,
  position: [x, y],
  size: 12,
  kind: 'gebied',
  ...extra,
});

describe('label placement', () => {
  it('drops a label that would overlap one placed before it, keeps one beside it', () => {
    const placed = placeLabels(
      [label('Wielwijk', 2, 3), label('Crabbehof', 2.1, 3), label('Sterrenburg', 4, 3)],
      screen,
    );
    expect(placed.map((p) => p.text)).toEqual(['Wielwijk', 'Sterrenburg']);
  });
  it('always shows the selected area, before the others', () => {
    const placed = placeLabels([label('Wielwijk', 2, 3), label('Crabbehof', 2.1, 3, { always: true })], screen);
    expect(placed.map((p) => p.text)).toEqual(['Crabbehof']);
  });
  it('shows a name only where it fits in its area', () => {
    const small = label('Een lange buurtnaam', 2, 3, { extent: [1.9, 2.9, 2.1, 3.1] });
    const large = label('Een lange buurtnaam', 5, 3, { extent: [4, 2, 6, 4] });
    expect(placeLabels([small, large], screen).map((p) => p.position[0])).toEqual([5]);
  });
  it('leaves out labels outside the screen', () => {
    expect(placeLabels([label('Ver weg', 20, 3)], screen)).toEqual([]);
  });
  it('no two placed boxes overlap among many random labels', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = Array.from({ length: 400 }, (_, i) => label(`Buurt ${i}`, rnd() * 8, rnd() * 6));
    const placed = placeLabels(many, screen);
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i].box, placed[j].box];
        expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
      }
    }
  });
  it('drops the CBS number from wijk names', () => {
    expect(shortName('Wijk 07 Wielwijk')).toBe('Wielwijk');
    expect(shortName('Wijk 00')).toBe('Wijk 00');
    expect(shortName('Dordrecht-Centrum')).toBe('Dordrecht-Centrum');
  });
});

describe('label placement at the edge', () => {
  it('leaves out a name the edge of the map would cut, but not the selected one', () => {
    const cut = placeLabels([label('Aan de rand', 0.1, 3)], screen);
    expect(cut).toEqual([]);
    expect(placeLabels([label('Aan de rand', 0.1, 3, { always: true })], screen)).toHaveLength(1);
  });
});
