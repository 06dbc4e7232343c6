// A wijkteam's own list as GeoJSON points, each feature checked as a CSV row is: a feature that is
// no point, or whose properties are not flat, is a row with a message, never a crash.
import { ALIASES, clean, fromFields, type ImportResult, type LandTest, type RowError } from './poiImport';
import type { Voorziening } from './socialeKaart';

export function importGeoJson(text: string, listName: string, idPrefix: string, onLand?: LandTest): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { points: [], errors: [{ row: 1, column: '', message: 'geen geldige JSON' }] };
  }
  const features =
    (data as { type?: string; features?: unknown[] })?.type === 'FeatureCollection'
      ? (data as { features: unknown[] }).features
      : null;
  if (!Array.isArray(features))
    return { points: [], errors: [{ row: 1, column: '', message: 'geen GeoJSON FeatureCollection' }] };
  const errors: RowError[] = [];
  const points: Voorziening[] = [];
  features.forEach((f, i) => {
    const row = i + 1;
    if (!f || typeof f !== 'object' || Array.isArray(f)) {
      errors.push({ row, column: '', message: 'geen object (Feature)' });
      return;
    }
    const feature = f as { geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: unknown };
    const rawProps = feature.properties;
    if (rawProps !== undefined && rawProps !== null && (typeof rawProps !== 'object' || Array.isArray(rawProps))) {
      errors.push({ row, column: 'properties', message: 'properties is geen object' });
      return;
    }
    const entries = Object.entries((rawProps ?? {}) as Record<string, unknown>);
    const nested = entries.filter(([, v]) => v !== null && typeof v === 'object');
    if (nested.length > 0) {
      for (const [k] of nested)
        errors.push({ row, column: k, message: 'is een object of lijst; geef tekst of een getal' });
      return;
    }
    const props = Object.fromEntries(
      entries.map(([k, v]) => [
        clean(k),
        typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '',
      ]),
    );
    const geometry = feature.geometry;
    const coords =
      geometry && geometry.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
    if (!coords) {
      const type = geometry && typeof geometry.type === 'string' ? geometry.type : null;
      errors.push({
        row,
        column: 'geometry',
        message: type ? `is een ${type.slice(0, 30)}, geen punt (Point)` : 'ontbreekt; verwacht een punt (Point)',
      });
      return;
    }
    const get = (field: string) => {
      if (field === 'lon') return String(coords[0] ?? '');
      if (field === 'lat') return String(coords[1] ?? '');
      const key = (Object.hasOwn(ALIASES, field) ? ALIASES[field] : [field])
        .map(clean)
        .find((k) => Object.hasOwn(props, k));
      return key ? props[key].trim() : '';
    };
    const point = fromFields(get, row, listName, `${idPrefix}-${i + 1}`, errors, onLand);
    if (point) points.push(point);
  });
  return { points, errors };
}
