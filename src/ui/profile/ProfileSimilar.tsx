// Gemeenten with a similar risk profile (outlined on the map), with a button that pins the three
// nearest next to the selected one.
import { useEffect } from 'react';
import { formatNumber } from '../../atlas/format';
import { selectSimilar } from '../../state/profileSelectors';
import { useAtlas } from '../../state/useAtlas';

export function ProfileSimilar({ selection }: { selection: string }) {
  const similar = useAtlas(selectSimilar);
  const { setPins, setHighlight, select } = useAtlas.getState();
  useEffect(() => {
    setHighlight(similar.map((s) => s.code));
    return () => setHighlight([]);
  }, [similar, setHighlight]);
  return (
    <>
      {similar.length > 0 ? (
        <div>
          <h3 id="profile-similar">Gemeenten met een vergelijkbaar risicoprofiel</h3>
          <ol className="similar-list">
            {similar.map((s) => (
              <li key={s.code}>
                <button type="button" className="link" onClick={() => select(s.code)}>
                  {s.naam}
                </button>{' '}
                <span className="distance">(afstand {formatNumber(s.distance, 2)})</span>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setPins([selection, ...similar.slice(0, 3).map((s) => s.code)])}>
            Vergelijk met de 3 meest gelijkende
          </button>
          <p className="legend-note">
            Afstand in gestandaardiseerde risicofactoren (z-scores over alle gemeenten) van het model; omlijnd op de
            kaart.
          </p>
        </div>
      ) : null}
    </>
  );
}
