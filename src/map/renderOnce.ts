// One render per camera step. maplibre runs its render tasks (the drag handler moving the camera)
// at the start of a frame; the 'move' they fire asks for another frame, although the render in
// progress already draws the new camera. On a software renderer that second, identical render
// doubled the cost of every drag step (measured: 2 renders per step, ~90 ms each at buurt level).
// Here a repaint asked for while those tasks run joins the current frame; a task queued for the
// next frame (an animation's next step) still gets one.
// Likewise a style change (a paint property, a layer, a source) is applied in the render after it,
// and then maplibre's style reports its own change: the report marks the style dirty again and asks
// for a second, identical render before the map can be idle (~150 ms for buurten in software). The
// report's request is folded into the render in progress, which still updates its sources; so are
// the sources' own reports while that render updates them (five small sources found idle at the
// first load asked for one more frame, ~200 ms before the first map counted as drawn).
// Without the internals this relies on (another maplibre version), the map is left as it is.
import type { Map as MapLibre } from 'maplibre-gl';

interface Internals {
  _render(timeStamp: number): unknown;
  _renderTaskQueue: { run(timeStamp?: number): void; _queue: unknown[] };
  triggerRepaint(): void;
  _update: (this: Internals, updateStyle?: boolean) => unknown;
  _sourcesDirty: boolean;
  style?: { update(parameters: unknown): void; _updateSources(transform: unknown): void };
}

const foldedStyles = new WeakSet<object>();

/** Runs a style step with the map's _update replaced: `fold` decides, per call, whether the call
 *  only marks the sources for this render (true) or goes through as usual. */
function withFoldedUpdates(m: Internals, step: () => void, fold: (updateStyle: boolean | undefined) => boolean): void {
  const mapUpdate = m._update;
  m._update = (updateStyle?: boolean) => {
    if (!fold(updateStyle)) return mapUpdate.call(m, updateStyle);
    m._sourcesDirty = true;
    return m;
  };
  try {
    step();
  } finally {
    m._update = mapUpdate;
  }
}

/** The style's report of its own update (the first _update(true) during it: the map's own 'data'
 *  handler runs before any 'styledata' listener) only marks the sources for this render. The
 *  sources' reports while this render updates them (a source found idle, a tile taken from the
 *  cache) need no render of their own either: this one draws what they report. */
function foldReports(m: Internals): void {
  const style = m.style;
  if (
    !style ||
    foldedStyles.has(style) ||
    typeof style.update !== 'function' ||
    typeof style._updateSources !== 'function'
  )
    return;
  foldedStyles.add(style);
  const update = style.update.bind(style);
  style.update = (parameters: unknown) => {
    let folded = false;
    withFoldedUpdates(
      m,
      () => update(parameters),
      (updateStyle) => {
        if (!updateStyle || folded) return false;
        folded = true;
        return true;
      },
    );
  };
  const updateSources = style._updateSources.bind(style);
  style._updateSources = (transform: unknown) => {
    // Marked dirty by a report here, the sources would be updated (and drawn) once more.
    let passed = false;
    withFoldedUpdates(
      m,
      () => updateSources(transform),
      (updateStyle) => {
        passed ||= Boolean(updateStyle);
        return !updateStyle;
      },
    );
    if (!passed) m._sourcesDirty = false;
  };
}

export function renderOncePerFrame(map: MapLibre): boolean {
  const m = map as unknown as Internals;
  const queue = m._renderTaskQueue;
  if (
    typeof m._render !== 'function' ||
    typeof m._update !== 'function' ||
    !queue ||
    typeof queue.run !== 'function' ||
    !Array.isArray(queue._queue)
  )
    return false;
  const trigger = m.triggerRepaint.bind(map);
  const render = m._render.bind(map);
  const run = queue.run.bind(queue);
  let inTasks = false;
  queue.run = (timeStamp?: number) => {
    inTasks = true;
    try {
      run(timeStamp);
    } finally {
      inTasks = false;
    }
  };
  m.triggerRepaint = () => {
    if (!inTasks) trigger();
  };
  m._render = (timeStamp: number) => {
    foldReports(m);
    const result = render(timeStamp);
    if (queue._queue.length > 0) trigger();
    return result;
  };
  return true;
}
