import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { useAtlas } from './state/useAtlas';
import { syncUrl } from './state/urlSync';
import { loadForView } from './ui/loadForView';
// maplibre's rules first, so that ours (the map fills its pane) come after them; the map's code
// itself loads lazily.
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles/layout.css';
import './ui/styles/controls.css';
import './ui/styles/legend.css';
import './ui/styles/mapArea.css';
import './ui/styles/compare.css';
import './ui/styles/comparePanel.css';
import './ui/styles/profile.css';
import './ui/styles/print.css';
import './ui/styles/poiPanel.css';
import './ui/styles/ownData.css';
import './ui/styles/socialeKaart.css';
import './ui/styles/rankedList.css';
import './ui/styles/phone.css';

syncUrl(useAtlas);
// Before the first render: the map module (maplibre) and the data of the view start loading at
// once, side by side, instead of after React has drawn the page.
void import('./map/AtlasMap');
const initial = useAtlas.getState();
loadForView({ level: initial.level, year: initial.year, mode: initial.mode, selection: initial.selection !== null });
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
