// The model's fit in words, shared by the comparison, the profile and the CLI. Kept apart from
// comparison.ts so that text code (the CSV export) does not pull the model code into the first frame.
import { formatNumber } from './format';

/** What the model's R² means for the corrected figures, in one or two sentences. */
export function fitText(r2: number): { level: 'zwak' | 'matig' | 'sterk'; text: string } {
  const pct = formatNumber(r2 * 100, 0);
  if (r2 < 0.25) {
    return {
      level: 'zwak',
      text: `Het model verklaart weinig: ${pct}% van de verschillen tussen gemeenten hangt samen met deze bevolkingskenmerken. Verwacht gebruik ligt daardoor dicht bij het gemiddelde en gecorrigeerd gebruik lijkt sterk op het waargenomen gebruik; verschillen komen vooral door iets anders (toegang, beleid, registratie), niet door de bevolking.`,
    };
  }
  if (r2 < 0.6)
    return {
      level: 'matig',
      text: `Het model verklaart een deel van de verschillen (${pct}%): gecorrigeerde cijfers houden een flinke modelfout; lees ze als signaal.`,
    };
  return {
    level: 'sterk',
    text: `Het model verklaart een groot deel van de verschillen (${pct}%): gecorrigeerde waarden liggen dicht bij het landelijk gebruik, en wat overblijft is wat de bevolking niet verklaart.`,
  };
}
