// The generated files' names: the pipeline writes them, the browser and the CLI read them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION,
  TILE_MAX_ZOOM,
  geometryFile,
  membershipFile,
  overviewFile,
  searchFile,
  tableFile,
  tilesDir,
  tilesFile,
  type Manifest,
} from '../../src/atlas/assets';
import { AREA_LEVELS, LEVEL_YEARS } from '../../src/atlas/geography';
import { GENERATED } from '../../src/cli/generated';

describe('generated asset names', () => {
  const manifest = JSON.parse(readFileSync(join(GENERATED, 'manifest.json'), 'utf8')) as Manifest;
  const listed = new Set(manifest.assets.map((a) => a.file));

  it('name every file of every area level and year, and the manifest lists each one that exists', () => {
    for (const level of AREA_LEVELS) {
      for (const year of LEVEL_YEARS[level]) {
        for (const file of [
          geometryFile(level, year),
          tableFile(level, year),
          tilesFile(level, year),
          overviewFile(level, year),
        ]) {
          expect(listed.has(file), file).toBe(true);
          expect(existsSync(join(GENERATED, file)), file).toBe(true);
        }
        expect(existsSync(join(GENERATED, tilesDir(level, year), String(TILE_MAX_ZOOM[level])))).toBe(true);
      }
    }
    for (const year of [2015, 2022]) expect(listed.has(membershipFile(year))).toBe(true);
    for (const year of [2015, 2022, 2023]) expect(listed.has(searchFile(year))).toBe(true);
  });

  it('credit CBS and Kadaster/PDOK on every asset', () => {
    expect(ATTRIBUTION).toBe('Bron: CBS, Kadaster/PDOK');
    for (const a of manifest.assets) expect(a.attribution, a.file).toBe(ATTRIBUTION);
  });
});
