// Regions dissolved from the gemeente topology against the kit's official region polygons.
import { describe, it } from 'vitest';
import { REGION_SYSTEMS, type RegionSystem } from '../../src/atlas/geography';
import { expectDissolvedNearOfficial } from '../support/officialRegions';

describe('dissolved regions against the official polygons', () => {
  const files: Record<RegionSystem, string> = {
    arbeidsmarktregio: 'boundaries/regions_2015/arbeidsmarktregio_2015.topojson',
    jeugdregio: 'boundaries/regions_2015/jeugdregio_2015.topojson',
    corop: 'boundaries/regions_2015/coropgebied_2015.topojson',
    wmoregio: 'boundaries/regions_2015/wmoregio_2015.geojson',
  };

  /**
   * The kit's own check (its README, "Union of member gemeenten vs the region polygon") finds
   * WMO22 at 1.052: the Wmo polygons date from 2013 and are coarser than the gemeente file.
   */
  it.each(REGION_SYSTEMS)('every dissolved %s lies within five percent of its official area', (system) => {
    expectDissolvedNearOfficial(2015, system, files[system], (code) => [0.95, code === 'WMO22' ? 1.06 : 1.05]);
  });
});
