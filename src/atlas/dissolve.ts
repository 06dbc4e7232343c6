// Region shapes from the gemeente topology: topojson-client's merge() drops the arcs that two
// members share, so a region is exactly the union of its gemeenten without any polygon clipping.
import { merge } from 'topojson-client';
import type { Feature, MultiPolygon } from 'geojson';
import type {
  GeometryCollection,
  Polygon as TopoPolygon,
  MultiPolygon as TopoMultiPolygon,
  Topology,
} from 'topojson-specification';
import { regionMembers, type AreaProperties, type Membership, type RegionSystem } from './geography';

type GemeenteGeometry = TopoPolygon<AreaProperties> | TopoMultiPolygon<AreaProperties>;

export function dissolveRegions(
  topology: Topology,
  gemeenten: GeometryCollection<AreaProperties>,
  membership: Membership,
  system: RegionSystem,
): Feature<MultiPolygon, AreaProperties>[] {
  const byCode = new Map<string, GemeenteGeometry>();
  for (const g of gemeenten.geometries) {
    const code = (g.properties as AreaProperties | undefined)?.code;
    if (code) byCode.set(code, g as GemeenteGeometry);
  }
  const { codes, names } = membership.systems[system];
  return regionMembers(membership, system).map((members, i) => ({
    type: 'Feature',
    geometry: merge(
      topology,
      members.map((m) => byCode.get(m)).filter((g): g is GemeenteGeometry => g !== undefined),
    ),
    properties: { code: codes[i], naam: names[i] },
  }));
}
