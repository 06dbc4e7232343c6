// Where the opt-in online services live. Both are Kadaster's PDOK services; a build can point them
// elsewhere (a mirror, or the tests' local mock server) with VITE_PDOK_TILES and
// VITE_PDOK_LOCATIESERVER. vite.config.ts names exactly these origins in the Content-Security-Policy.

/** BRT-Achtergrondkaart as WMTS tiles in web mercator; {layer} is grijs or standaard. */
export const DEFAULT_PDOK_TILES =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{layer}/EPSG:3857/{z}/{x}/{y}.png';
/** Locatieserver v3.1 (free and lookup endpoints are appended). */
export const DEFAULT_PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

export interface PdokUrls {
  tiles: string;
  locatieserver: string;
}

export function pdokUrls(env: Record<string, string | undefined>): PdokUrls {
  return {
    tiles: env.VITE_PDOK_TILES || DEFAULT_PDOK_TILES,
    locatieserver: (env.VITE_PDOK_LOCATIESERVER || DEFAULT_PDOK_LOCATIESERVER).replace(/\/+$/, ''),
  };
}

/** The origins the page may contact when the user switches the online map on. */
export function pdokOrigins(urls: PdokUrls): string[] {
  return [...new Set([urls.tiles, urls.locatieserver].map((u) => new URL(u.replace(/[{}]/g, '')).origin))];
}
