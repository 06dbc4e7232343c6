// The coloured dot of a category, as on the map (white outline included, see .poi-dot).
import type { Category } from '../../atlas/socialeKaart';
import { cssColor } from '../../atlas/palettes';
import { POI_COLORS } from '../../map/poiColors';

export function PoiDot({ categorie, color, own }: { categorie?: Category; color?: readonly number[]; own?: boolean }) {
  const rgb = color ?? (categorie ? POI_COLORS[categorie] : undefined);
  return (
    <span className={own ? 'poi-dot poi-dot-own' : 'poi-dot'} style={rgb ? { background: cssColor(rgb) } : undefined} />
  );
}
