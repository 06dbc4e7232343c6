// Which service point lies under the pointer: the nearest drawn point within a few pixels. The
// points are drawn one by one (not clustered) only above CLUSTER_MAX_ZOOM.

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * The point nearest to the pointer within `radius` pixels, or undefined. `project` gives a point's
 * pixel; the box test on longitude and latitude (from the corners' unprojection) skips the rest.
 */
export function pointNear<P extends { lon: number; lat: number }>(
  points: P[],
  at: ScreenPoint,
  project: (lonLat: [number, number]) => ScreenPoint,
  unproject: (pixel: [number, number]) => { lng: number; lat: number },
  radius = 8,
): P | undefined {
  const a = unproject([at.x - radius, at.y + radius]);
  const b = unproject([at.x + radius, at.y - radius]);
  let best: P | undefined;
  let bestD = Infinity;
  for (const p of points) {
    if (p.lon < a.lng || p.lon > b.lng || p.lat < a.lat || p.lat > b.lat) continue;
    const q = project([p.lon, p.lat]);
    const d = (q.x - at.x) ** 2 + (q.y - at.y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}
