// The pixels of a map for the PNG export. maplibre clears its drawing buffer after each frame, so
// a capture redraws it synchronously and copies it in the same task; deck.gl's canvas keeps its
// buffer (luma.gl's default), so its last frame is still there.
// The names are HTML over the map: each map draws them into the capture itself (decorate).
interface Capture {
  canvases: () => HTMLCanvasElement[];
  decorate?: (ctx: CanvasRenderingContext2D, scale: number) => void;
}
const captures = new Map<string, Capture>();

/** Called by each map; returns the function that unregisters it. */
export function registerCapture(
  id: string,
  canvases: () => HTMLCanvasElement[],
  decorate?: Capture['decorate'],
): () => void {
  const capture = { canvases, decorate };
  captures.set(id, capture);
  return () => {
    if (captures.get(id) === capture) captures.delete(id);
  };
}

/** The map's canvases, bottom first, drawn into one canvas of their CSS size × scale; null when not shown. */
export function captureMap(id: string, scale = 1): HTMLCanvasElement | null {
  const capture = captures.get(id);
  const layers = capture?.canvases();
  if (!layers || layers.length === 0) return null;
  const { width, height } = layers[0].getBoundingClientRect();
  const out = document.createElement('canvas');
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
  capture?.decorate?.(ctx, scale);
  return out;
}
