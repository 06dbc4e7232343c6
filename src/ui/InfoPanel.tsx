// The selected area's panel: its name at once, the full profile (and its chart library) loaded
// on first use.
import { lazy, Suspense } from 'react';
import { LEVEL_LABELS } from '../atlas/geography';
import { useAtlas } from '../state/useAtlas';
import { selectAreas, selectDef } from '../state/selectors';

const Profile = lazy(() => import('./Profile'));

export function InfoPanel() {
  const selection = useAtlas((s) => s.selection);
  const areas = useAtlas(selectAreas);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const def = useAtlas(selectDef);
  const { select } = useAtlas.getState();
  if (!selection || !areas) return null;
  const row = areas.codes.indexOf(selection);
  if (row < 0) return null;
  const members = areas.members?.[row];
  return (
    <section className="info" aria-labelledby="info-title">
      <div className="info-head">
        <h2 id="info-title">{areas.names[row]}</h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Selectie sluiten">×</button>
      </div>
      <p className="info-sub">{LEVEL_LABELS[level].one} {selection} · indeling {year} · cijfer {def.period ?? year}</p>
      {members ? <p className="info-members">{members.length} {members.length === 1 ? 'gemeente' : 'gemeenten'}</p> : null}
      <Suspense fallback={<p>Profiel laden…</p>}><Profile /></Suspense>
    </section>
  );
}
