// Text for values and classes as people read them on screen.
import { formatNumber } from '../atlas/format';
import type { ClassInfo } from '../atlas/classify';
import type { AreaValue, IndicatorDef } from '../atlas/indicators';

export function valueText(v: AreaValue | undefined, def: IndicatorDef): string {
  if (!v || v.status === 'nodata') return 'geen gegevens';
  if (v.status === 'secret' || v.value === null) return 'geheim';
  const category = def.categories?.[v.value - 1];
  if (category) return `${formatNumber(v.value, 0)} (${category})`;
  const text =
    def.unit === '%' ? `${formatNumber(v.value, def.decimals)}%` : `${formatNumber(v.value, def.decimals)} ${def.unit}`;
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

/** The value without its unit, for tables that state the unit once per row or column. */
export function numberText(v: AreaValue | undefined, def: IndicatorDef): string {
  if (!v || v.status !== 'ok' || v.value === null || def.categories) return valueText(v, def);
  const text = formatNumber(v.value, def.decimals);
  return v.incomplete ? `${text} (onvolledig)` : text;
}

/** The source of a figure in a few words: "CBS, Kerncijfers wijken en buurten 2015", "DUO, adressen van scholen 2016". */
export function shortSource(def: IndicatorDef): string {
  return def.source.split(/ \(|;/)[0].trim();
}

/** A rank as people say it: "3e van 13", or "gedeeld 1e van 13" when others have the same value. */
export function rankWords(rank: { position: number; of: number; tied?: number }): string {
  return `${rank.tied && rank.tied > 1 ? 'gedeeld ' : ''}${rank.position}e van ${rank.of}`;
}
