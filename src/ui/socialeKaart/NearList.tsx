// "Dichtbij": pick a spot on the map, and the ten nearest services with their straight-line distance.
import { formatNumber } from '../../atlas/format';
import { CATEGORIES, addressText } from '../../atlas/socialeKaart';
import { selectNearest } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import { PoiDot } from './PoiDot';

const distanceText = (metres: number) =>
  metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${formatNumber(metres / 1000, 1)} km`;

export function NearList() {
  const near = useAtlas(selectNearest);
  const nearFrom = useAtlas((s) => s.nearFrom);
  const picking = useAtlas((s) => s.pickingNear);
  const { setPickingNear, setNearFrom, selectPoi } = useAtlas.getState();
  return (
    <>
      <div className="near">
        <button type="button" aria-pressed={picking} onClick={() => setPickingNear(!picking)}>
          {picking ? 'Klik nu een plek op de kaart…' : 'Dichtbij: kies een plek op de kaart'}
        </button>
        {nearFrom ? (
          <button type="button" onClick={() => setNearFrom(null)}>
            Wissen
          </button>
        ) : null}
      </div>
      {nearFrom ? (
        <ol className="near-list" aria-label="Dichtstbijzijnde voorzieningen">
          {near.map(({ point, metres }) => (
            <li key={point.id}>
              <PoiDot categorie={point.categorie} />{' '}
              <button type="button" className="link-button" onClick={() => selectPoi(point)}>
                {point.naam}
              </button>
              <span className="value-note">
                {distanceText(metres)} hemelsbreed · {CATEGORIES[point.categorie]} · {addressText(point, false)}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
