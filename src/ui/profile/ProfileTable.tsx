// Every indicator of the selected area, with its parents' values and its rank; a row's name shows
// that indicator on the map.
import { LEVEL_LABELS, isRegionSystem } from '../../atlas/geography';
import type { ProfileRow } from '../../atlas/profile';
import { useAtlas } from '../../state/useAtlas';
import { numberText, rankWords, shortSource } from '../format';

/** A parent in the comparison line: "NL", "Dordrecht", or a region with its system ("Wmo-regio Drechtsteden"). */
function parentName(p: ProfileRow['parents'][number]): string {
  if (p.level === 'nederland') return 'NL';
  return isRegionSystem(p.level) ? `${LEVEL_LABELS[p.level].one} ${p.naam}` : p.naam;
}

export function ProfileTable({ profile, selection }: { profile: ProfileRow[]; selection: string }) {
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const indicator = useAtlas((s) => s.indicator);
  const { setIndicator } = useAtlas.getState();
  return (
    <div>
      <h3 id="profile-all">Alle indicatoren</h3>
      <table className="profile-table">
        <caption className="visually-hidden">
          Waarde, waarden van de bovenliggende gebieden en rang per indicator
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicator, ter vergelijking</th>
            <th scope="col" className="num">
              Waarde
            </th>
          </tr>
        </thead>
        <tbody>
          {profile.map((r) => (
            <tr key={r.def.id} className={r.def.id === indicator ? 'current' : undefined} data-indicator={r.def.id}>
              <th scope="row">
                <button type="button" className="link" onClick={() => setIndicator(r.def.id)} title="Toon op de kaart">
                  {r.def.label}
                </button>
                <span className="value-note">
                  {r.def.unit}, {r.def.period ?? year} · bron: {shortSource(r.def)}
                </span>
                <span className="profile-compare">
                  {r.parents.map((p) => `${parentName(p)} ${numberText(p.value, r.def)}`).join(' · ')}
                  {r.rank ? ` · ${rankWords(r.rank)}` : ''}
                </span>
              </th>
              <td className="num">
                {numberText(r.value, r.def)}
                {r.value.note ? <span className="value-note">{r.value.note}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="legend-source">
        Peildatum inwoners 1 januari {year}; {LEVEL_LABELS[level].one} {selection}. Afgedrukt of bekeken op{' '}
        {new Date().toLocaleDateString('nl-NL')}.
      </p>
    </div>
  );
}
