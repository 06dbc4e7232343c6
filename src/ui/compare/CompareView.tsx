// "Regio's vergelijken": observed, corrected and deviation maps on one camera, the sortable table
// and, beside it, the funnel plot of observed / expected with the selected area's profile below.
import { useMemo } from 'react';
import { MapSync } from '../../map/mapSync';
import { useAtlas } from '../../state/useAtlas';
import { selectCompareColors, selectComparison, type CompareVariant } from '../../state/comparisonSelectors';
import type { FeatureColors } from '../../state/selectors';
import type { AtlasState } from '../../state/store';
import { CompareTooltip } from './CompareTooltip';
import { CompareTable } from './CompareTable';
import { ErrorBoundary } from '../ErrorBoundary';
import { InfoPanel } from '../profile/InfoPanel';
import { MapPane } from '../MapPane';
import { FunnelPlot } from './FunnelPlot';
import { mapCaption } from './mapCaption';
import { PrintCompare } from '../print/PrintCompare';

const observedColors = (s: AtlasState) => selectCompareColors(s, 'observed');
const correctedColors = (s: AtlasState) => selectCompareColors(s, 'corrected');
const deviationColors = (s: AtlasState) => selectCompareColors(s, 'deviation');

/** One of the three maps; without a model the corrected and deviation maps say why they are empty. */
function CompareMap(props: {
  id: string;
  caption: React.ReactNode;
  title?: string;
  colors: (s: AtlasState) => FeatureColors | null;
  variant: CompareVariant;
  sync: MapSync;
  label: string;
  empty: string | null;
}) {
  return (
    <figure className="compare-map" data-map-figure={props.id}>
      <figcaption title={props.title}>{props.caption}</figcaption>
      <div className="compare-map-body">
        <MapPane id={props.id} colors={props.colors} variant={props.variant} sync={props.sync} label={props.label}>
          <CompareTooltip map={props.id} />
        </MapPane>
        {props.empty ? (
          <p className="compare-empty" role="note">
            {props.empty}
          </p>
        ) : null}
      </div>
    </figure>
  );
}

export default function CompareView() {
  const sync = useMemo(() => new MapSync(), []);
  const error = useAtlas((s) => selectComparison(s)?.error ?? null);
  const national = useAtlas((s) => s.correctedScale === 'landelijk');
  const why = (what: string) => (error ? `Geen ${what} zonder model. ${error}` : null);
  return (
    <div className="compare">
      <PrintCompare />
      <div className="compare-maps">
        <CompareMap
          id="waargenomen"
          caption={mapCaption('observed', national)}
          colors={observedColors}
          variant="observed"
          sync={sync}
          label="Kaart van het waargenomen gebruik"
          empty={null}
        />
        <CompareMap
          id="gecorrigeerd"
          caption={mapCaption('corrected', national)}
          title="Gecorrigeerd voor de bevolkingssamenstelling"
          colors={correctedColors}
          variant="corrected"
          sync={sync}
          label="Kaart van het gecorrigeerde gebruik"
          empty={why('gecorrigeerd gebruik')}
        />
        <CompareMap
          id="afwijking"
          caption={
            <>
              {mapCaption('deviation', national)}{' '}
              <span className="caption-note">
                <span className="swatch swatch-small swatch-lager" /> lager{' '}
                <span className="swatch swatch-small swatch-hoger" /> hoger dan verwacht
              </span>
            </>
          }
          colors={deviationColors}
          variant="deviation"
          sync={sync}
          label="Kaart van de afwijking van het verwachte gebruik"
          empty={why('afwijking van verwacht')}
        />
      </div>
      <div className="compare-bottom">
        <CompareTable />
        <div className="compare-side">
          <FunnelPlot />
          <ErrorBoundary what="Het profiel">
            <InfoPanel />
          </ErrorBoundary>
        </div>
      </div>
    </div>
  );
}
