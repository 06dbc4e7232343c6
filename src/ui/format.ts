// Text for values and classes as people read them on screen.
import { formatNumber } from '../atlas/format';
import type { ClassInfo } from '../atlas/classify';
import type { AreaValue, IndicatorDef } from '../atlas/indicators';

export function valueText(v: AreaValue | undefined, def: IndicatorDef): string {
  if (!v || v.status === 'nodata') return 'geen gegevens';
  if (v.status === 'secret' || v.value === null) return 'geheim';
  const category = def.categories?.[v.value - 1];
  if (category) return `${formatNumber(v.value, 0)} (${category})`;
  const text = def.unit === '%' ? `${formatNumber(v.value, def.decimals)}%` : `${formatNumber(v.value, def.decimals)} ${def.unit}`;
  return v.incomplete ? `${text} (onvolledig)` : text;
}

export function rangeText(c: ClassInfo, decimals: number): string {
  const f = (v: number) => formatNumber(v, decimals);
  if (c.from === null && c.to === null) return '–';
  if (c.from === null) return `≤ ${f(c.to as number)}`;
  if (c.to === null) return `> ${f(c.from)}`;
  if (c.from === c.to) return f(c.from);
  return `${f(c.from)} – ${f(c.to)}`;
}
