// Padding for fitting an area into view: the panels that float over the map (the profile on the
// right, the pinned comparison at the bottom) cover part of it, so the area is framed in the rest.
import type { PaddingOptions } from 'maplibre-gl';

const MARGIN = 24;
/** Selectors of panels drawn over the map. */
const OVERLAYS = '.info, .service-panel, .pinned';
/** Width of the profile panel while it is still being drawn (selection and move come together). */
const PROFILE_WIDTH = 390;

export function fitPadding(mapElement: HTMLElement, profileOpen: boolean): Required<PaddingOptions> {
  const m = mapElement.getBoundingClientRect();
  const pad = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  const host = mapElement.closest('.main') ?? document;
  let profileSeen = false;
  for (const panel of host.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = panel.getBoundingClientRect();
    // Only panels that float over this map (on a phone they sit below it).
    if (r.width === 0 || r.right <= m.left || r.left >= m.right || r.bottom <= m.top || r.top >= m.bottom) continue;
    if (getComputedStyle(panel).position !== 'absolute') continue;
    if (panel.classList.contains('info')) profileSeen = true;
    const wide = r.width > m.width * 0.6;
    if (wide) {
      if (r.top - m.top > m.bottom - r.bottom) pad.bottom = Math.max(pad.bottom, m.bottom - r.top + MARGIN);
      else pad.top = Math.max(pad.top, r.bottom - m.top + MARGIN);
    } else if (r.left - m.left > m.right - r.right) {
      pad.right = Math.max(pad.right, m.right - r.left + MARGIN);
    } else {
      pad.left = Math.max(pad.left, r.right - m.left + MARGIN);
    }
  }
  if (profileOpen && !profileSeen && m.width > 1.6 * PROFILE_WIDTH)
    pad.right = Math.max(pad.right, PROFILE_WIDTH + MARGIN);
  // A map too small for the panels: frame in the whole map rather than in nothing.
  if (pad.left + pad.right > m.width * 0.8) {
    pad.left = MARGIN;
    pad.right = MARGIN;
  }
  if (pad.top + pad.bottom > m.height * 0.8) {
    pad.top = MARGIN;
    pad.bottom = MARGIN;
  }
  return pad;
}
