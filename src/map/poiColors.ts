// Category colours of the sociale kaart (Okabe–Ito / Tol qualitative colours, colour-blind safe),
// with a white outline so points stand out on every choropleth colour.
import type { Category } from '../atlas/socialeKaart';
import type { RGBA } from '../atlas/palettes';

export const POI_COLORS: Record<Category, RGBA> = {
  ggz: [230, 159, 0, 255],
  ghz: [0, 158, 115, 255],
  vvt: [153, 153, 51, 255],
  ziekenhuis: [213, 94, 0, 255],
  gemeentehuis: [0, 0, 0, 255],
  basisschool: [0, 114, 178, 255],
  voortgezet: [86, 180, 233, 255],
  speciaal: [204, 121, 167, 255],
  eigen: [136, 34, 85, 255],
};

