// One service, opened by clicking its point on the map or its name in a list: what it is, where,
// how to reach it, where the record comes from, and "Dichtbij vanaf hier".
import { useEffect, useRef } from 'react';
import { CATEGORIES, addressText } from '../../atlas/socialeKaart';
import { PoiDot } from './PoiDot';
import { useAtlas } from '../../state/useAtlas';
import { NearResults } from './NearList';

/** The host of a website for its link text; the address itself when it is not a URL. */
function hostOf(website: string): string {
  try {
    return new URL(website).host;
  } catch {
    return website;
  }
}

export function ServicePanel() {
  const point = useAtlas((s) => s.poiSelected);
  const { selectPoi, setNearFrom } = useAtlas.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [point]);
  if (!point) return null;
  const rows: [string, string][] = [
    [
      'Categorie',
      point.teamCategorie ? `${CATEGORIES[point.categorie]}: ${point.teamCategorie}` : CATEGORIES[point.categorie],
    ],
    ['Organisatie', point.organisatie !== point.naam ? point.organisatie : ''],
    ['Adres', addressText(point)],
    ['Telefoon', point.telefoon],
    ['Wet', point.wet],
    ['Toegang', point.toegang],
    ['Leeftijd', point.leeftijd],
    ['Werkgebied', point.werkgebied],
    ['Inloop', point.inloop],
  ];
  return (
    <section className="service-panel" aria-labelledby="service-title" data-service={point.id}>
      <div className="info-head">
        <h2 id="service-title" ref={heading} tabIndex={-1}>
          <PoiDot categorie={point.categorie} /> {point.naam}
        </h2>
        <button type="button" className="close" onClick={() => selectPoi(null)} aria-label="Voorziening sluiten">
          ×
        </button>
      </div>
      <dl className="info-list">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        {point.website ? (
          <div>
            <dt>Website</dt>
            <dd>
              <a href={point.website} target="_blank" rel="noopener noreferrer">
                {hostOf(point.website)}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {point.kanttekening ? <p className="legend-note">Let op: {point.kanttekening}</p> : null}
      <p className="legend-note">
        Bron: {point.bron}
        {point.bronDatum && !point.bron.includes(point.bronDatum) ? ` (${point.bronDatum})` : ''}.
      </p>
      <div className="profile-actions">
        <button
          type="button"
          onClick={() => {
            setNearFrom([point.lon, point.lat], 'voorziening');
          }}
        >
          Dichtbij vanaf hier
        </button>
      </div>
      <NearResults origin="voorziening" />
    </section>
  );
}
