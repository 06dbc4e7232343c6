// A map with its own tooltip and keyboard crosshair.
import { AtlasMap, type AtlasMapProps } from '../map/AtlasMap';
import { Tooltip } from './Tooltip';

export function MapPane(props: AtlasMapProps) {
  return (
    <div className="map-pane">
      <AtlasMap {...props} />
      <div className="crosshair" aria-hidden="true" />
      <Tooltip map={props.id} />
    </div>
  );
}
