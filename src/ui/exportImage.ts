// The PNG export: the map (or the two maps of the comparison) with title, legend, year and source
// line drawn around it on one canvas.
export interface LegendEntry {
  color: string;
  label: string;
  /** A second swatch style: "geen gegevens" hatched (as on screen), "onvolledig" a dashed outline. */
  swatch?: 'hatched' | 'dashed';
}

export interface ImageSpec {
  title: string;
  subtitle: string;
  panels: { canvas: HTMLCanvasElement; title?: string }[];
  legendTitle: string;
  legend: LegendEntry[];
  /** Source and caveat lines, wrapped to the image width. */
  footer: string[];
  /** Device pixels per CSS pixel of the panels (text is drawn at the same scale). */
  scale: number;
}

const PAD = 16;
const GAP = 8;
const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const INK = '#1d2731';
const MUTED = '#55616d';

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Legend items flowed into rows: [x, y] per entry relative to the legend's top left. */
function legendLayout(
  ctx: CanvasRenderingContext2D,
  entries: LegendEntry[],
  width: number,
): { at: [number, number][]; height: number } {
  let x = 0;
  let y = 0;
  const at = entries.map((e): [number, number] => {
    const w = 24 + ctx.measureText(e.label).width + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 22;
    }
    const pos: [number, number] = [x, y];
    x += w;
    return pos;
  });
  return { at, height: entries.length ? y + 22 : 0 };
}

export function composeImage(spec: ImageSpec): HTMLCanvasElement {
  const k = spec.scale;
  const size = (c: HTMLCanvasElement) => ({ w: c.width / k, h: c.height / k });
  const mapsWidth = spec.panels.reduce((w, p) => w + size(p.canvas).w, 0) + GAP * (spec.panels.length - 1);
  const width = Math.max(mapsWidth, 640) + 2 * PAD;
  const inner = width - 2 * PAD;
  const panelTitles = spec.panels.some((p) => p.title) ? 24 : 0;
  const mapsHeight = Math.max(...spec.panels.map((p) => size(p.canvas).h));
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `13px ${FONT}`;
  const legend = legendLayout(measure, spec.legend, inner);
  measure.font = `12px ${FONT}`;
  const footer = spec.footer.flatMap((t) => wrap(measure, t, inner));
  const height = PAD + 26 + 20 + 10 + panelTitles + mapsHeight + 12 + 20 + legend.height + 6 + footer.length * 16 + PAD;

  const out = document.createElement('canvas');
  out.width = Math.round(width * k);
  out.height = Math.round(height * k);
  const ctx = out.getContext('2d')!;
  ctx.scale(k, k);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  let y = PAD;
  ctx.fillStyle = INK;
  ctx.font = `bold 20px ${FONT}`;
  ctx.fillText(spec.title, PAD, y, inner);
  y += 26;
  ctx.fillStyle = MUTED;
  ctx.font = `14px ${FONT}`;
  ctx.fillText(spec.subtitle, PAD, y, inner);
  y += 30;
  let x = PAD;
  for (const panel of spec.panels) {
    if (panel.title) {
      ctx.fillStyle = INK;
      ctx.font = `bold 14px ${FONT}`;
      ctx.fillText(panel.title, x, y, size(panel.canvas).w);
    }
    const { w, h } = size(panel.canvas);
    ctx.drawImage(panel.canvas, x, y + panelTitles, w, h);
    ctx.strokeStyle = '#c4ccd4';
    ctx.strokeRect(x + 0.5, y + panelTitles + 0.5, w - 1, h - 1);
    x += w + GAP;
  }
  y += panelTitles + mapsHeight + 12;
  ctx.fillStyle = INK;
  ctx.font = `bold 14px ${FONT}`;
  ctx.fillText(spec.legendTitle, PAD, y, inner);
  y += 20;
  ctx.font = `13px ${FONT}`;
  spec.legend.forEach((e, i) => {
    const [lx, ly] = legend.at[i];
    ctx.fillStyle = e.color;
    ctx.fillRect(PAD + lx, y + ly + 1, 18, 12);
    if (e.swatch === 'dashed') {
      ctx.save();
      ctx.strokeStyle = '#1d1d1d';
      ctx.lineWidth = 2;
      ctx.setLineDash([3, 2]);
      ctx.strokeRect(PAD + lx + 1, y + ly + 2, 16, 10);
      ctx.restore();
    }
    if (e.swatch === 'hatched') {
      ctx.strokeStyle = 'rgba(0,0,0,0.35)';
      for (let h = -12; h < 18; h += 4) {
        ctx.beginPath();
        ctx.moveTo(PAD + lx + h, y + ly + 13);
        ctx.lineTo(PAD + lx + h + 12, y + ly + 1);
        ctx.stroke();
      }
    }
    ctx.strokeStyle = 'rgba(0,0,0,0.3)';
    ctx.strokeRect(PAD + lx + 0.5, y + ly + 1.5, 17, 11);
    ctx.fillStyle = INK;
    ctx.fillText(e.label, PAD + lx + 24, y + ly);
  });
  y += legend.height + 6;
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${FONT}`;
  for (const line of footer) {
    ctx.fillText(line, PAD, y);
    y += 16;
  }
  return out;
}

export function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG kon niet worden gemaakt'))), 'image/png'),
  );
}
