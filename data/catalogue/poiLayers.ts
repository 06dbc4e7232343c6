// The kit's POI layers (poi/*.geojson) as the catalogue knows them: file, category, source and
// the caveat shown with every point. How each layer's properties map onto the Voorziening schema
// is the pipeline's business (data/pipeline/poi.ts).
import type { Category } from '../../src/atlas/socialeKaart';

export interface PoiLayer {
  file: string;
  categorie: Category;
  bron: string;
  bronDatum: string;
  kanttekening: string;
}

const CARE_CAVEAT =
  'Organisatie op haar geregistreerde adres (DigiMV), geen zorglocatie; de laag is niet sectorzuiver.';
const DUO = 'DUO, adressen van scholen 2016';
const CIBG = 'CIBG DigiMV, jaarverantwoordingen van zorgorganisaties 2014';

export const POI_LAYERS: PoiLayer[] = [
  { file: 'poi/ggz.geojson', categorie: 'ggz', bron: CIBG, bronDatum: '2014', kanttekening: CARE_CAVEAT },
  { file: 'poi/ghz.geojson', categorie: 'ghz', bron: CIBG, bronDatum: '2014', kanttekening: CARE_CAVEAT },
  { file: 'poi/vvt.geojson', categorie: 'vvt', bron: CIBG, bronDatum: '2014', kanttekening: CARE_CAVEAT },
  {
    file: 'poi/ziekenhuis.geojson',
    categorie: 'ziekenhuis',
    bron: 'Adressen van ziekenhuislocaties, ca. 2015/16 (oorspronkelijke bron onbekend)',
    bronDatum: '',
    kanttekening: '',
  },
  {
    file: 'poi/gemeentehuizen.geojson',
    categorie: 'gemeentehuis',
    bron: 'Adressen van gemeentehuizen 2016 (oorspronkelijke bron onbekend)',
    bronDatum: '2016',
    kanttekening: '',
  },
  { file: 'poi/scholenonderwijs_bo.geojson', categorie: 'basisschool', bron: DUO, bronDatum: '2016', kanttekening: '' },
  { file: 'poi/scholenonderwijs_vo.geojson', categorie: 'voortgezet', bron: DUO, bronDatum: '2016', kanttekening: '' },
  {
    file: 'poi/scholenonderwijs_bo_spec.geojson',
    categorie: 'speciaal',
    bron: DUO,
    bronDatum: '2016',
    kanttekening: '',
  },
];

export const POI_COUNT_PREFIX = 'POI_';
