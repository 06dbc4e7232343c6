// The map's camera as a short text ("4.6700,51.7950,10.00"), kept in a link. The atlas covers the
// Netherlands: a view far outside it is a broken or tampered link and reads as null.

export interface MapView {
  longitude: number;
  latitude: number;
  zoom: number;
}

export function parseView(text: string): MapView | null {
  const parts = text.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [longitude, latitude, zoom] = parts.map(Number);
  // The country's bounds and a degree around them (open sea at 9° E, 55° N is not a view of the atlas).
  if (longitude < 2.3 || longitude > 8.3 || latitude < 49.7 || latitude > 54.6 || zoom < 4 || zoom > 18) return null;
  return { longitude, latitude, zoom };
}

export function formatView(v: MapView): string {
  return `${v.longitude.toFixed(4)},${v.latitude.toFixed(4)},${v.zoom.toFixed(2)}`;
}
