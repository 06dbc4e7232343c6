// Rijksdriehoeksstelsel (RD New, EPSG:28992) to WGS84 with proj4, using the datum shift of the
// EPSG definition (Bessel 1841 with the 7-parameter towgs84 transformation).
import proj4 from 'proj4';

export const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const converter = proj4(RD_NEW, 'WGS84');

/** [x, y] in metres (RD) → [lon, lat] in degrees. */
export function rdToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = converter.forward([x, y]);
  return [lon, lat];
}

export function wgs84ToRd(lon: number, lat: number): [number, number] {
  const [x, y] = converter.inverse([lon, lat]);
  return [x, y];
}

/** The RD grid covers the Netherlands within these bounds (x 0–300 km, y 289–629 km). */
export function isRdInRange(x: number, y: number): boolean {
  return x >= 0 && x <= 300_000 && y >= 289_000 && y <= 629_000;
}
