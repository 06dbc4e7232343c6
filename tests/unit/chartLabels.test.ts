import { describe, expect, it } from 'vitest';
import { labelBox, placeChartLabels, type ChartLabelCandidate } from '../../src/atlas/chartLabels';

const size = { width: 300, height: 200 };
const at = (x: number, y: number, always = false): ChartLabelCandidate => ({ x, y, width: 60, height: 12, always });

describe('placeChartLabels', () => {
  it('puts a lone name above its point', () => {
    expect(placeChartLabels([at(150, 100)], [[150, 100]], size)).toEqual(['boven']);
  });

  it('moves a second name to another side instead of overlapping the first', () => {
    const sides = placeChartLabels(
      [at(150, 100), at(155, 100)],
      [
        [150, 100],
        [155, 100],
      ],
      size,
    );
    expect(sides[0]).toBe('boven');
    expect(sides[1]).not.toBe('boven');
    const boxes = sides.map((s, i) => labelBox([at(150, 100), at(155, 100)][i], s!));
    const [a, b] = boxes;
    expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
  });

  it('keeps names inside the chart and off other points', () => {
    // At the top edge "boven" would leave the chart; a point right above blocks nothing else.
    expect(placeChartLabels([at(150, 5)], [[150, 5]], size)).toEqual(['onder']);
    const crowded = placeChartLabels(
      [at(150, 100)],
      [
        [150, 100],
        [150, 88],
        [150, 112],
        [190, 100],
        [110, 100],
      ],
      size,
    );
    expect(crowded).toEqual([null]);
  });

  it('always shows a name that must show, even where it collides', () => {
    const sides = placeChartLabels([at(150, 100), at(150, 100, true)], [[150, 100]], size);
    expect(sides[1]).not.toBeNull();
  });
});
