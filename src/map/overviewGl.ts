// The overview's drawing in WebGL 2: one quad whose fragment shader looks up the area number of
// each cell (a texture of two bytes per cell) and that number's colour (a 256-wide colour table).
// The borders (between gemeenten, or between the gemeenten themselves) are found in the shader,
// where the area number changes within a pixel.

/** Lookup textures are this many entries wide. */
export const ROW = 256;

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

/** Entries in a lookup texture for n numbers: whole rows. */
export const lookupSize = (n: number) => Math.ceil(n / ROW) * ROW;

export interface GlState {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  cells: WebGLTexture;
  colors: WebGLTexture;
  groups: WebGLTexture;
  uniforms: Record<string, WebGLUniformLocation | null>;
}

export function compile(gl: WebGL2RenderingContext): GlState {
  const shader = (type: number, source: string) => {
    const s = gl.createShader(type)!;
    gl.shaderSource(s, source);
    gl.compileShader(s);
    if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(`overzicht: ${gl.getShaderInfoLog(s)}`);
    return s;
  };
  const program = gl.createProgram();
  gl.attachShader(program, shader(gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, FRAGMENT));
  gl.bindAttribLocation(program, 0, 'a_corner');
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`overzicht: ${gl.getProgramInfoLog(program)}`);
  const vao = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([0, 0, 1, 0, 0, 1, 1, 1]), gl.STATIC_DRAW);
  gl.enableVertexAttribArray(0);
  gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
  gl.bindVertexArray(null);
  const texture = () => {
    const t = gl.createTexture();
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
export function upload(
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
