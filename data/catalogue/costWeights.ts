// Weights of the composite "uitkeringen, gewogen": the relative cost of one benefit of each kind.
// The kit holds no cost per benefit, so every weight is an assumption until a council fills in
// its own figures; the atlas shows them with the result. A figure typed from a document must
// carry that document here as its source.
export interface CostWeight {
  column: string;
  label: string;
  weight: number;
  /** 'aanname' = assumption, not from a source; 'bron' = typed from the named document. */
  status: 'aanname' | 'bron';
  source: string;
}

export const BENEFIT_COST_WEIGHTS: CostWeight[] = [
  {
    column: 'WWB_UITTOT',
    label: 'Bijstandsuitkering (WWB)',
    weight: 1,
    status: 'aanname',
    source: 'Referentie: één bijstandsuitkering = 1.',
  },
  {
    column: 'WW_UIT_TOT',
    label: 'WW-uitkering',
    weight: 1,
    status: 'aanname',
    source: 'Geen kosten per uitkering in de bronkit; gelijk gewicht aangenomen.',
  },
  {
    column: 'AO_UIT_TOT',
    label: 'Arbeidsongeschiktheidsuitkering (AO)',
    weight: 1,
    status: 'aanname',
    source: 'Geen kosten per uitkering in de bronkit; gelijk gewicht aangenomen.',
  },
];
