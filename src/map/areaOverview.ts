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

export const OVERVIEW_LAYER = 'overzicht';
/** Lookup textures are this many entries wide. */
const ROW = 256;

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec4 u_bounds;
uniform vec2 u_extent;
in vec2 a_corner;
out vec2 v_cell;
void main() {
  v_cell = a_corner * u_extent;
  gl_Position = u_matrix * vec4(mix(u_bounds.xy, u_bounds.zw, a_corner), 0.0, 1.0);
}`;

// Borders: 1 white between any two areas (gemeenten), 2 dark between gemeenten (over wijken and
// buurten), 0 none. A pixel is on a border when the area at one of its corners, a little over half a
// pixel away on the diagonal, is another: a line of about one pixel on both sides of an edge, at
// three lookups of an area per pixel (the gemeente of an area is looked up only on an edge).
const FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform highp sampler2D u_cells;
uniform highp sampler2D u_colors;
uniform highp sampler2D u_groups;
uniform ivec2 u_size;
uniform float u_opacity;
uniform int u_borders;
in vec2 v_cell;
out vec4 fragColor;
int number(vec2 v) { v *= 255.0; return int(v.r + 0.5) + 256 * int(v.g + 0.5); }
int areaAt(vec2 cell) {
  ivec2 p = ivec2(floor(cell));
  if (p.x < 0 || p.y < 0 || p.x >= u_size.x || p.y >= u_size.y) return 0;
  return number(texelFetch(u_cells, p, 0).rg);
}
ivec2 entry(int n) { return ivec2(n % ${ROW}, n / ${ROW}); }
int groupOf(int n) { return n == 0 ? 0 : number(texelFetch(u_groups, entry(n), 0).rg); }
void main() {
  int n = areaAt(v_cell);
  vec4 c = n == 0 ? vec4(0.0) : texelFetch(u_colors, entry(n), 0);
  c.a *= u_opacity;
  vec4 color = vec4(c.rgb * c.a, c.a);
  if (u_borders != 0) {
    vec2 corner = (dFdx(v_cell) + dFdy(v_cell)) * (u_borders == 1 ? 0.5 : 0.65);
    int a = areaAt(v_cell + corner);
    int b = areaAt(v_cell - corner);
    if (a != n || b != n) {
      if (u_borders == 1) {
        if (n != 0) color = vec4(mix(c.rgb, vec3(1.0), 0.7) * c.a, c.a);
      } else {
        int g = groupOf(n);
        if (groupOf(a) != g || groupOf(b) != g) color = vec4(vec3(40.0 / 255.0) * 0.9, 0.9) + color * 0.1;
      }
    }
  }
  fragColor = color;
}`;

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

/** Entries in a lookup texture for n numbers: whole rows. */
const lookupSize = (n: number) => Math.ceil(n / ROW) * ROW;

interface GlState {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  cells: WebGLTexture;
  colors: WebGLTexture;
  groups: WebGLTexture;
  uniforms: Record<string, WebGLUniformLocation | null>;
}

function compile(gl: WebGL2RenderingContext): GlState {
  const shader = (type: number, source: string) => {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`overzicht: ${gl.getShaderInfoLog(s)}`);
    return s;
  };
  const program = gl.createProgram()!;
  gl.attachShader(program, shader(gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, FRAGMENT));
  gl.bindAttribLocation(program, 0, 'a_corner');
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`overzicht: ${gl.getProgramInfoLog(program)}`);
  const vao = gl.createVertexArray()!;
  const buffer = gl.createBuffer()!;
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0);
  gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  gl.bindVertexArray(null);
  const texture = () => {
    const t = gl.createTexture()!;
    gl.bindTexture(gl.TEXTURE_2D, t);
    for (const p of [gl.TEXTURE_MIN_FILTER, gl.TEXTURE_MAG_FILTER]) gl.texParameteri(gl.TEXTURE_2D, p, gl.NEAREST);
    for (const p of [gl.TEXTURE_WRAP_S, gl.TEXTURE_WRAP_T]) gl.texParameteri(gl.TEXTURE_2D, p, gl.CLAMP_TO_EDGE);
    return t;
  };
  const uniforms = Object.fromEntries(
    ['u_matrix', 'u_bounds', 'u_extent', 'u_size', 'u_cells', 'u_colors', 'u_groups', 'u_opacity', 'u_borders'].map(
      (name) => [name, gl.getUniformLocation(program, name)],
    ),
  );
  return { program, vao, buffer, cells: texture(), colors: texture(), groups: texture(), uniforms };
}

/** Uploads two bytes per entry (a number, low byte first) or four (a colour) as a texture. */
function upload(
  gl: WebGL2RenderingContext,
  texture: WebGLTexture,
  width: number,
  height: number,
  data: Uint8Array,
  channels: 2 | 4,
): void {
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  if (channels === 2) gl.texImage2D(gl.TEXTURE_2D, 0, gl.RG8, width, height, 0, gl.RG, gl.UNSIGNED_BYTE, data);
  else gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, data);
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
