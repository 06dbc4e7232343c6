// Page layout: the header with views and search, the side panel beside the map area.
import { useState } from 'react';
import { useAtlas } from '../state/useAtlas';
import { MainArea } from './MainArea';
import { useFileDrop } from './ownData/useFileDrop';
import { Search } from './Search';
import { SidePanel } from './SidePanel';
import { useAppEffects } from './useAppEffects';

export function App() {
  const mode = useAtlas((s) => s.mode);
  const { setMode } = useAtlas.getState();
  useAppEffects();
  // On a phone the side panel is a bottom sheet, opened and closed from the header.
  const [sheetOpen, setSheetOpen] = useState(false);
  const drop = useFileDrop();
  return (
    <div className="app" {...drop.handlers} data-dropping={drop.over || undefined}>
      <header className="top">
        <h1>
          Wijkatlas <span className="subtitle">sociaal domein</span>
        </h1>
        <nav className="modes" aria-label="Weergave">
          <button type="button" aria-pressed={mode === 'kaart'} onClick={() => setMode('kaart')}>
            Kaart
          </button>
          <button type="button" aria-pressed={mode === 'vergelijken'} onClick={() => setMode('vergelijken')}>
            Regio's vergelijken
          </button>
        </nav>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={sheetOpen}
          aria-controls="instellingen"
          onClick={() => setSheetOpen(!sheetOpen)}
        >
          {sheetOpen ? 'Kaart tonen' : 'Instellingen'}
        </button>
        <Search />
      </header>
      <SidePanel open={sheetOpen} />
      <MainArea />
    </div>
  );
}
