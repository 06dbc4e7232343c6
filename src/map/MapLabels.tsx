// The placed names as HTML over the map canvas, not as WebGL: a software renderer then draws no
// text per frame and composites no second canvas. While the map pans the names move along with
// one transform per frame (no React); while it zooms they hide until placed again on 'moveend'.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibre } from 'maplibre-gl';
import { HALO, LABEL_COLORS, LABEL_FONT, LABEL_WEIGHT, type PlacedLabel } from './labelPlacement';

/** The names' layer of one map: a div between the canvas and maplibre's controls. */
function labelHost(): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'map-labels';
  div.setAttribute('aria-hidden', 'true');
  return div;
}

export function MapLabels({ map, labels }: { map: MapLibre | null; labels: PlacedLabel[] }) {
  const [host] = useState(labelHost);

  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    container.insertBefore(host, container.querySelector('.maplibregl-control-container'));
    return () => host.remove();
  }, [map, host]);

  useEffect(() => {
    if (!map) return;
    // The camera the names were placed for: the place under the map's centre and the zoom.
    const { clientWidth: w, clientHeight: h } = map.getCanvas();
    const anchor = map.unproject([w / 2, h / 2]);
    const zoom = map.getZoom();
    const follow = () => {
      if (Math.abs(map.getZoom() - zoom) > 1e-6) {
        host.style.setProperty('visibility', 'hidden');
        return;
      }
      const p = map.project(anchor);
      host.style.removeProperty('visibility');
      host.style.setProperty('transform', `translate(${p.x - w / 2}px, ${p.y - h / 2}px)`);
    };
    follow();
    map.on('move', follow);
    return () => {
      map.off('move', follow);
    };
  }, [map, host, labels]);

  if (!map) return null;
  return createPortal(
    labels.map((l) => (
      <span
        key={`${l.kind}|${l.text}|${l.position[0]}|${l.position[1]}`}
        className="map-label"
        style={{
          left: (l.box[0] + l.box[2]) / 2,
          top: (l.box[1] + l.box[3]) / 2,
          font: `${LABEL_WEIGHT[l.kind]} ${l.size}px ${LABEL_FONT}`,
          padding: `0 ${HALO}px`,
          color: LABEL_COLORS[l.kind].text,
          background: LABEL_COLORS[l.kind].plate,
        }}
      >
        {l.text}
      </span>
    )),
    host,
  );
}

/** The names drawn into an exported image of the map, as on screen (for the PNG export). */
export function drawLabels(ctx: CanvasRenderingContext2D, labels: PlacedLabel[], scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of labels) {
    const [x0, y0, x1, y1] = l.box;
    ctx.fillStyle = LABEL_COLORS[l.kind].plate;
    ctx.fillRect(x0, y0 + HALO, x1 - x0, y1 - y0 - 2 * HALO);
    ctx.font = `${LABEL_WEIGHT[l.kind]} ${l.size}px ${LABEL_FONT}`;
    ctx.fillStyle = LABEL_COLORS[l.kind].text;
    ctx.fillText(l.text, (x0 + x1) / 2, (y0 + y1) / 2);
  }
  ctx.restore();
}
