// Everyday names of gemeenten whose official name (CBS gemeentelijke indeling) differs, so a
// search for the name people use finds the gemeente. Source: CBS, "Gemeentelijke indeling op
// 1 januari 2015" (official names) and the gemeenten's own usage (denhaag.nl; 's-Hertogenbosch
// calls itself "Den Bosch" on s-hertogenbosch.nl).
export const NAME_ALIASES: readonly [alias: string, official: string][] = [
  ['Den Haag', "'s-Gravenhage"],
  ['Den Bosch', "'s-Hertogenbosch"],
  ['s-Gravenhage', "'s-Gravenhage"],
  ['s-Hertogenbosch', "'s-Hertogenbosch"],
];
