// Dropping a CSV anywhere on the atlas opens the table import; other files get a notice.
import { useState, type DragEvent } from 'react';
import { useAtlas } from '../../state/useAtlas';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function useFileDrop() {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragOver(e: DragEvent) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setOver(true);
    },
    onDragLeave(e: DragEvent) {
      if (e.currentTarget === e.target) setOver(false);
    },
    onDrop(e: DragEvent) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer.files[0];
      if (!file) return;
      const { openTableImport, addNotice } = useAtlas.getState();
      if (/\.(csv|txt|tsv)$/i.test(file.name) || file.type === 'text/csv') openTableImport(file);
      else
        addNotice(
          `"${file.name}" is geen CSV-bestand; sleep een .csv (bijvoorbeeld een StatLine-download) op de kaart om een tabel te importeren.`,
        );
    },
  };
  return { over, handlers };
}
