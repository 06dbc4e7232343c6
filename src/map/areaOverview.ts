// The areas below OVERVIEW_ZOOM: a raster of area numbers (geo/mapOverview.ts) drawn by a custom
// layer that looks up each number's colour in a small texture. A level switch loads one file and a
// recolour uploads a few kilobytes; the worker decodes no polygon, and a frame is one quad. The
// borders (between gemeenten, or between the gemeenten themselves) are found in the shader, where
// the area number changes within a pixel.
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibre } from 'maplibre-gl';
import { mercatorX, mercatorY, overviewCellAt, type Overview } from '../atlas/overviewFormat';
import { assetName, type AreaLevel } from '../atlas/geography';
import type { FeatureColors } from '../state/selectors';
import { loadOverview } from '../state/loaders';
import { ROW, compile, lookupSize, upload, type GlState } from './overviewGl';

export const OVERVIEW_LAYER = 'overzicht';

interface OverviewIndex {
  numbers: Map<string, number>;
  groups: Uint8Array;
}
/** Per overview file, shared by the maps that draw it (the comparison has three). */
const indexes = new WeakMap<Overview, OverviewIndex>();

/** Number per area code, and each area's gemeente as a number (1…; 0 is no area). */
function indexOf(overview: Overview): OverviewIndex {
  const known = indexes.get(overview);
  if (known) return known;
  const numbers = new Map<string, number>();
  const groupNumbers = new Map<string, number>();
  const groups = new Uint8Array(lookupSize(overview.codes.length + 1) * 2);
  overview.codes.forEach((code, i) => {
    numbers.set(code, i + 1);
    // GM0344, WK034401 and BU03440101 all name their gemeente in characters 2–5.
    const gemeente = code.slice(2, 6);
    let g = groupNumbers.get(gemeente);
    if (g === undefined) groupNumbers.set(gemeente, (g = groupNumbers.size + 1));
    groups[(i + 1) * 2] = g & 255;
    groups[(i + 1) * 2 + 1] = g >> 8;
  });
  const index = { numbers, groups };
  indexes.set(overview, index);
  return index;
}

/** The overview of one map: which level it shows, its colours, and the custom layer that draws it. */
export class OverviewLayer implements CustomLayerInterface {
  readonly id = OVERVIEW_LAYER;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibre | null = null;
  private gl: GlState | null = null;
  private overview: Overview | null = null;
  private numbers = new Map<string, number>();
  private groups: Uint8Array | null = null;
  private colors: FeatureColors | null = null;
  private opacity = 1;
  private borders = 0;
  private key: string | null = null;
  private cellsStale = false;
  private colorsStale = false;
  /** The colours of the last frame the overview drew. */
  private drawn: FeatureColors | null = null;

  /** showsAt: whether the map needs the overview in this frame (its zoom and tiles); failed: the
   *  level's file could not be read. */
  constructor(
    private readonly showsAt: (map: MapLibre) => boolean,
    private readonly failed: () => void,
  ) {}

  /** The level shown (null: regions, which are no raster); its file loads, and until it is there
   *  nothing is drawn. */
  show(level: AreaLevel | null, year: number): void {
    const key = level ? assetName(level, year) : null;
    if (key === this.key) return;
    this.key = key;
    this.overview = null;
    this.colors = null;
    this.drawn = null;
    if (!level) return;
    this.borders = level === 'gemeente' ? 1 : 2;
    loadOverview(level, year).then(
      (overview) => {
        if (this.key !== key) return;
        const { numbers, groups } = indexOf(overview);
        Object.assign(this, { overview, numbers, groups, cellsStale: true, colorsStale: true });
        this.map?.triggerRepaint();
      },
      () => {
        if (this.key === key) this.failed();
      },
    );
  }

  /** The areas' colours, for the level shown (colours of another level are ignored). */
  setColors(level: AreaLevel, year: number, colors: FeatureColors): void {
    if (this.key !== assetName(level, year)) return;
    this.colors = colors;
    this.colorsStale = true;
  }

  setOpacity(opacity: number): void {
    this.opacity = opacity;
  }

  /** Stops waiting for a level whose file failed: the tiles draw it at every zoom. */
  drop(): void {
    this.key = null;
    this.overview = null;
  }

  /** Whether the map's last frame holds the areas in their colours, as far as the overview draws them. */
  isDrawn(map: MapLibre): boolean {
    return this.key === null || !this.showsAt(map) || (this.colors !== null && this.drawn === this.colors);
  }

  /** The code of the area at a pixel, when the overview draws it there. */
  codeAt(map: MapLibre, point: [number, number]): string | null | undefined {
    if (!this.overview || !this.showsAt(map)) return undefined;
    const { lng, lat } = map.unproject(point);
    const n = overviewCellAt(this.overview, mercatorX(lng), mercatorY(lat));
    return n === 0 ? null : this.overview.codes[n - 1];
  }

  onAdd(map: MapLibre, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = compile(gl);
    this.cellsStale = this.colorsStale = true;
  }

  onRemove(_map: MapLibre, gl: WebGL2RenderingContext): void {
    const s = this.gl;
    if (s) {
      gl.deleteProgram(s.program);
      gl.deleteVertexArray(s.vao);
      gl.deleteBuffer(s.buffer);
      for (const t of [s.cells, s.colors, s.groups]) gl.deleteTexture(t);
    }
    this.gl = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const s = this.gl;
    const { overview, colors, map } = this;
    if (!s || !overview || !colors || !map || !this.showsAt(map)) return;
    const entries = lookupSize(overview.codes.length + 1);
    if (this.cellsStale) {
      upload(
        gl,
        s.cells,
        overview.width,
        overview.height,
        new Uint8Array(overview.cells.buffer, overview.cells.byteOffset, overview.cells.byteLength),
        2,
      );
      upload(gl, s.groups, ROW, entries / ROW, this.groups!, 2);
      this.cellsStale = false;
    }
    if (this.colorsStale) {
      const table = new Uint8Array(entries * 4);
      colors.codes.forEach((code, i) => {
        const n = this.numbers.get(code);
        if (n !== undefined) table.set(colors.colors.subarray(i * 4, i * 4 + 4), n * 4);
      });
      upload(gl, s.colors, ROW, entries / ROW, table, 4);
      this.colorsStale = false;
    }
    gl.useProgram(s.program);
    const u = s.uniforms;
    gl.uniformMatrix4fv(u.u_matrix, false, options.defaultProjectionData.mainMatrix);
    gl.uniform4f(u.u_bounds, ...overview.bounds);
    gl.uniform2f(u.u_extent, overview.width, overview.height);
    gl.uniform2i(u.u_size, overview.width, overview.height);
    gl.uniform1f(u.u_opacity, this.opacity);
    gl.uniform1i(u.u_borders, this.borders);
    [s.cells, s.colors, s.groups].forEach((t, i) => {
      gl.activeTexture(gl.TEXTURE0 + i);
      gl.bindTexture(gl.TEXTURE_2D, t);
    });
    gl.uniform1i(u.u_cells, 0);
    gl.uniform1i(u.u_colors, 1);
    gl.uniform1i(u.u_groups, 2);
    gl.bindVertexArray(s.vao);
    gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
    gl.bindVertexArray(null);
    this.drawn = colors;
  }
}
