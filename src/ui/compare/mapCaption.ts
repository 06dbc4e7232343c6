// The captions of the comparison's three maps, on screen and on paper.
import type { CompareVariant } from '../../state/comparisonSelectors';

export function mapCaption(variant: CompareVariant, national: boolean): string {
  if (variant === 'observed') return 'Waargenomen gebruik';
  if (variant === 'corrected') return national ? 'Na correctie, t.o.v. landelijk' : 'Na risicocorrectie';
  return 'Afwijking';
}
