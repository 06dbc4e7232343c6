// Service points grouped at national zoom, one by one from CLUSTER_MAX_ZOOM on.
import { describe, expect, it } from 'vitest';
import { CLUSTER_MAX_ZOOM, buildClusterIndex, clustersAt } from '../../src/atlas/clusters';
import type { Voorziening } from '../../src/atlas/socialeKaart';

const point = (id: string, lon: number, lat: number, categorie: Voorziening['categorie']) =>
  ({ id, lon, lat, categorie }) as Voorziening;

describe('clusters', () => {
  const points = [
    point('a', 4.67, 51.8, 'basisschool'),
    point('b', 4.671, 51.801, 'basisschool'),
    point('c', 4.672, 51.8, 'ggz'),
    point('d', 6.5, 53.2, 'ziekenhuis'),
  ];
  const index = buildClusterIndex(points);

  it('groups nearby points at national zoom, and says when they share no category', () => {
    const groups = clustersAt(index, 6);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(4);
    const dordrecht = groups.find((g) => g.count === 3)!;
    expect(dordrecht.categorie).toBe('gemengd');
    expect(groups.find((g) => g.count === 1)).toMatchObject({ categorie: 'ziekenhuis', point: points[3] });
  });

  it('draws every point by itself above CLUSTER_MAX_ZOOM', () => {
    const groups = clustersAt(index, CLUSTER_MAX_ZOOM + 1);
    expect(groups).toHaveLength(4);
    expect(groups.every((g) => g.count === 1 && g.point)).toBe(true);
  });
});
