// Points grouped at national and provincial zoom (supercluster), so 10,000 services stay readable:
// a cluster shows how many points it holds and, when they share one, their category.
import Supercluster from 'supercluster';
import type { Category, Voorziening } from './socialeKaart';

export interface PointCluster {
  lon: number;
  lat: number;
  count: number;
  /** The shared category, or 'gemengd'. */
  categorie: Category | 'gemengd';
  /** The point itself when count = 1. */
  point?: Voorziening;
}

interface ClusterProps {
  categorie: Category | 'gemengd';
}

export type ClusterIndex = Supercluster<Voorziening, ClusterProps>;

/** Clustering stops above this zoom: from there on every point is drawn. */
export const CLUSTER_MAX_ZOOM = 10;

export function buildClusterIndex(points: Voorziening[]): ClusterIndex {
  const index = new Supercluster<Voorziening, ClusterProps>({
    radius: 48,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => ({ categorie: p.categorie }),
    reduce: (acc, p) => {
      if (acc.categorie !== p.categorie) acc.categorie = 'gemengd';
    },
  });
  index.load(
    points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: p })),
  );
  return index;
}

export function clustersAt(
  index: ClusterIndex,
  zoom: number,
  bbox: [number, number, number, number] = [-180, -85, 180, 85],
): PointCluster[] {
  return index.getClusters(bbox, Math.floor(zoom)).map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const props = f.properties as Partial<Supercluster.ClusterProperties> & (ClusterProps | Voorziening);
    if ('cluster' in props && props.cluster)
      return { lon, lat, count: props.point_count ?? 1, categorie: (props as ClusterProps).categorie };
    const point = props as Voorziening;
    return { lon, lat, count: 1, categorie: point.categorie, point };
  });
}
