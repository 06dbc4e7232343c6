// The selected area's panel: its name at once, the full profile (and its chart library) loaded
// on first use.
import { lazy, Suspense } from 'react';
import { LEVEL_LABELS, assetName, levelOfCode, type Level } from '../../atlas/geography';
import { isParentCode } from '../../atlas/selection';
import { profileLevels } from '../../state/profileLevels';
import { useAtlas } from '../../state/useAtlas';
import { selectAreas, selectDef } from '../../state/selectors';
import { moduleLoader, useModule } from '../useModule';

const profileCode = moduleLoader(() => import('./Profile'));

/** Starts loading what a profile at this level needs: its code, the parents' areas and the regions. */
export function preloadProfile(level: Level, year: number): void {
  void profileCode.load();
  const { ensureLayer } = useAtlas.getState();
  for (const l of profileLevels(level, year)) void ensureLayer(l, year);
}
const ParentPanel = lazy(() => import('./ParentPanel'));

/** The profile, once its code is there (asked for only when an area is selected). */
function ProfileSlot() {
  const profile = useModule(profileCode);
  if (profile === 'fout') return <p role="alert">Het profiel kon niet worden geladen; herlaad de pagina.</p>;
  return profile ? <profile.default /> : <p>Profiel laden…</p>;
}

export function InfoPanel() {
  const selection = useAtlas((s) => s.selection);
  const areas = useAtlas(selectAreas);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const def = useAtlas(selectDef);
  const { select } = useAtlas.getState();
  const parentName = useAtlas((s) => {
    if (!s.selection || !isParentCode(s.selection, s.level)) return null;
    const t = s.tables[assetName(levelOfCode(s.selection) as 'gemeente' | 'wijk', s.year)];
    const i = t ? t.codes.indexOf(s.selection) : -1;
    return i >= 0 ? t.names[i] : s.selection;
  });
  if (!selection || !areas) return null;
  if (parentName !== null) {
    return (
      <section className="info" aria-labelledby="info-title">
        <div className="info-head">
          <h2 id="info-title">
            {parentName} — {LEVEL_LABELS[level].many}
          </h2>
          <button type="button" className="close" onClick={() => select(null)} aria-label="Selectie sluiten">
            ×
          </button>
        </div>
        <Suspense fallback={<p>Lijst laden…</p>}>
          <ParentPanel code={selection} />
        </Suspense>
      </section>
    );
  }
  const row = areas.codes.indexOf(selection);
  if (row < 0) return null;
  const members = areas.members?.[row];
  return (
    <section className="info" aria-labelledby="info-title">
      <div className="info-head">
        <h2 id="info-title">{areas.names[row]}</h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Selectie sluiten">
          ×
        </button>
      </div>
      <p className="info-sub">
        {LEVEL_LABELS[level].one} {selection} · indeling {year} · cijfer {def.period ?? year}
      </p>
      {members ? (
        <p className="info-members">
          {members.length} {members.length === 1 ? 'gemeente' : 'gemeenten'}
        </p>
      ) : null}
      <ProfileSlot />
    </section>
  );
}
