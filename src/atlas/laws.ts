// The laws of the sociaal domein whose use an own count can be of, and how a column's name says
// which (a small module: the own-table definitions need it before the map's first frame, the model
// code of lawModel.ts only later).

export type Law = 'Wmo 2015' | 'Jeugdwet';
export const LAWS: readonly Law[] = ['Wmo 2015', 'Jeugdwet'];

/** The law a column's name speaks of: "Wmo-cliënten (aantal)" is Wmo 2015, "Jongeren met jeugdhulp" Jeugdwet. */
export function lawOfName(name: string): Law | null {
  if (/\bwmo\b|maatwerkvoorziening/i.test(name)) return 'Wmo 2015';
  if (/jeugd(hulp|zorg|wet|bescherming|reclassering)/i.test(name)) return 'Jeugdwet';
  return null;
}
