// Which area names fit on the map right now: candidates in priority order are placed greedily in
// screen space, each where its measured text box overlaps no label placed before it and, unless it
// must always show (the selection), where the box fits inside the area's own extent.
export interface LabelCandidate {
  text: string;
  position: [number, number];
  /** Font size in pixels. */
  size: number;
  kind: 'gemeente' | 'gebied';
  /** The area's extent [west, south, east, north]; the label shows only once it fits in it. */
  extent?: [number, number, number, number];
  /** Shown even where it collides or does not fit (the selected area). */
  always?: boolean;
  /** How much wider than its extent the name may be (1.1 unless said). */
  fit?: number;
}

export interface PlacedLabel extends LabelCandidate {
  /** Screen box [left, top, right, bottom] in CSS pixels, halo included. */
  box: [number, number, number, number];
}

export interface Screen {
  width: number;
  height: number;
  project(lonLat: [number, number]): [number, number];
  /** Text width in pixels at the label's font. */
  measure(text: string, size: number, kind: LabelCandidate['kind']): number;
}

/** The font of every name on the map; the placement measures with the same. */
export const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
export const LABEL_WEIGHT = { gemeente: 700, gebied: 600 } as const;
/** Text and plate colour of each kind of name, on screen (MapLabels) and in the PNG export alike. */
export const LABEL_COLORS = {
  gemeente: { text: '#0f0f0f', plate: 'rgba(255, 255, 255, 0.84)' },
  gebied: { text: '#23232d', plate: 'rgba(255, 255, 255, 0.75)' },
} as const;

/** White halo around the text, in pixels (the TextLayer's outline). */
export const HALO = 2;
const CELL = 64;

const overlaps = (a: PlacedLabel['box'], b: PlacedLabel['box']) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function placeLabels(candidates: LabelCandidate[], screen: Screen): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const grid = new Map<number, PlacedLabel[]>();
  const cells = (box: PlacedLabel['box']) => {
    const out: number[] = [];
    for (let x = Math.floor(box[0] / CELL); x <= Math.floor(box[2] / CELL); x++) {
      for (let y = Math.floor(box[1] / CELL); y <= Math.floor(box[3] / CELL); y++) out.push(x * 100_003 + y);
    }
    return out;
  };
  const ordered = [...candidates.filter((c) => c.always), ...candidates.filter((c) => !c.always)];
  for (const c of ordered) {
    const [x, y] = screen.project(c.position);
    const w = screen.measure(c.text, c.size, c.kind) + 2 * HALO;
    const h = c.size * 1.25 + 2 * HALO;
    const box: PlacedLabel['box'] = [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
    if (!c.always) {
      // Whole names only: one cut by the edge of the map reads as another name.
      if (box[0] < 0 || box[2] > screen.width || box[1] < 0 || box[3] > screen.height) continue;
      if (c.extent) {
        const [west, south, east, north] = c.extent;
        const [x0, y0] = screen.project([west, north]);
        const [x1, y1] = screen.project([east, south]);
        if (w > (x1 - x0) * (c.fit ?? 1.1) || h > (y1 - y0) * 1.5) continue;
      }
      const keys = cells(box);
      if (keys.some((k) => grid.get(k)?.some((p) => overlaps(p.box, box)))) continue;
    }
    const label = { ...c, box };
    placed.push(label);
    for (const k of cells(box)) {
      const list = grid.get(k);
      if (list) list.push(label);
      else grid.set(k, [label]);
    }
  }
  return placed;
}
