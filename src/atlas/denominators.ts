// Reference populations from the KWB columns, shared by the catalogue and by imported tables: the
// denominator of a count a user brings (Jeugdwet users per inwoners 0–17, Wmo per 18+, …).
// The KWB age bands stop at 15 and 65, so 0–17, 18–64 and 18+ are approximated and say so.
import type { Quantity } from './indicators';

export const inwoners: Quantity = { column: 'AANT_INW' };
export const huishoudens: Quantity = { column: 'AANTAL_HH' };
/** 15–64 as the nearest the KWB age bands come to the 18–64 reference population. */
export const inwoners1564: Quantity = { column: 'AANT_INW', percentOf: ['P_15_24_JR', 'P_25_44_JR', 'P_45_64_JR'] };

export interface Denominator {
  id: string;
  /** Shown in the import dialog. */
  label: string;
  /** Shown after "per 1.000" / "%" in the unit. */
  unit: string;
  quantity: Quantity;
  /** The approximation, when the KWB cannot give the exact reference population. */
  note?: string;
}

export const DENOMINATORS: Denominator[] = [
  { id: 'inwoners', label: 'Inwoners (alle leeftijden)', unit: 'inwoners', quantity: inwoners },
  {
    id: 'inwoners_0_14',
    label: 'Inwoners 0–14 jaar (benadert 0–17, Jeugdwet)',
    unit: 'inwoners 0–14',
    quantity: { column: 'AANT_INW', percentOf: ['P_00_14_JR'] },
    note: 'Noemer: inwoners 0–14 jaar, de KWB-leeftijdsgroep die het dichtst bij 0–17 jaar komt; het cijfer is daardoor hoger dan per inwoner 0–17.',
  },
  {
    id: 'inwoners_15_64',
    label: 'Inwoners 15–64 jaar (benadert 18–64, Participatiewet)',
    unit: 'inwoners 15–64',
    quantity: inwoners1564,
    note: 'Noemer: inwoners 15–64 jaar, de KWB-leeftijdsgroepen die het dichtst bij 18–64 jaar komen.',
  },
  {
    id: 'inwoners_15plus',
    label: 'Inwoners 15 jaar en ouder (benadert 18+, Wmo)',
    unit: 'inwoners 15+',
    quantity: { column: 'AANT_INW', percentOf: ['P_15_24_JR', 'P_25_44_JR', 'P_45_64_JR', 'P_65_EO_JR'] },
    note: 'Noemer: inwoners van 15 jaar en ouder, de KWB-leeftijdsgroepen die het dichtst bij 18+ komen.',
  },
  {
    id: 'inwoners_65plus',
    label: 'Inwoners 65 jaar en ouder',
    unit: 'inwoners 65+',
    quantity: { column: 'AANT_INW', percentOf: ['P_65_EO_JR'] },
  },
  { id: 'huishoudens', label: 'Huishoudens', unit: 'huishoudens', quantity: huishoudens },
];

export function findDenominator(id: string): Denominator | undefined {
  return DENOMINATORS.find((d) => d.id === id);
}
