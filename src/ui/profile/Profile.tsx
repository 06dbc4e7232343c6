// The profile of the selected area: the indicator on the map with parents, rank and chart;
// expected and corrected use; similar gemeenten; its services; every indicator; pin, print.
import { PROFILE_LEVEL_NAME } from '../../atlas/profile';
import { selectContext, selectProfile, selectRisk } from '../../state/profileSelectors';
import { useAtlas } from '../../state/useAtlas';
import { AreaPoints } from '../socialeKaart/AreaPoints';
import { PrintMap } from '../print/PrintMap';
import { ProfileCurrent } from './ProfileCurrent';
import { ProfileRisk } from './ProfileRisk';
import { ProfileSimilar } from './ProfileSimilar';
import { ProfileTable } from './ProfileTable';

export default function Profile() {
  const selection = useAtlas((s) => s.selection);
  const indicator = useAtlas((s) => s.indicator);
  const profile = useAtlas(selectProfile);
  const risk = useAtlas(selectRisk);
  const pins = useAtlas((s) => s.pins);
  const ctx = useAtlas(selectContext);
  const { pin } = useAtlas.getState();

  // The parents, the region memberships and the gemeenten of the risk model are loaded with the
  // selection (loadForView → preloadProfile), before this component's code arrives.
  if (!selection || !profile) return <p>Profiel laden…</p>;
  const current = profile.find((r) => r.def.id === indicator) ?? profile[0];
  const parentsLine = current.parents
    .filter((p) => p.level !== 'nederland')
    .map((p) => `${PROFILE_LEVEL_NAME[p.level]} ${p.naam}`)
    .join(' · ');

  return (
    <div className="profile">
      <p className="info-sub">{parentsLine}</p>
      <div className="profile-actions">
        <button type="button" onClick={() => pin(selection)} disabled={pins.includes(selection)}>
          {pins.includes(selection) ? 'Vastgepind' : 'Vastpinnen om te vergelijken'}
        </button>
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>
      <PrintMap code={selection} />
      <ProfileCurrent current={current} code={selection} ctx={ctx} />
      <ProfileRisk risk={risk} code={selection} />
      <ProfileSimilar selection={selection} />
      <AreaPoints code={selection} />
      <ProfileTable profile={profile} selection={selection} />
    </div>
  );
}
