// One render per camera step. maplibre runs its render tasks (the drag handler moving the camera)
// at the start of a frame; the 'move' they fire asks for another frame, although the render in
// progress already draws the new camera. On a software renderer that second, identical render
// doubled the cost of every drag step (measured: 2 renders per step, ~90 ms each at buurt level).
// Here a repaint asked for while those tasks run joins the current frame; a task queued for the
// next frame (an animation's next step) still gets one. Without the internals this relies on
// (another maplibre version), the map is left as it is.
import type { Map as MapLibre } from 'maplibre-gl';

interface Internals {
  _render(timeStamp: number): unknown;
  _renderTaskQueue: { run(timeStamp?: number): void; _queue: unknown[] };
  triggerRepaint(): void;
}

export function renderOncePerFrame(map: MapLibre): boolean {
  const m = map as unknown as Internals;
  const queue = m._renderTaskQueue;
  if (typeof m._render !== 'function' || !queue || typeof queue.run !== 'function' || !Array.isArray(queue._queue)) return false;
  const trigger = m.triggerRepaint.bind(map);
  const render = m._render.bind(map);
  const run = queue.run.bind(queue);
  let inTasks = false;
  queue.run = (timeStamp?: number) => {
    inTasks = true;
    try { run(timeStamp); } finally { inTasks = false; }
  };
  m.triggerRepaint = () => { if (!inTasks) trigger(); };
  m._render = (timeStamp: number) => {
    const result = render(timeStamp);
    if (queue._queue.length > 0) trigger();
    return result;
  };
  return true;
}
