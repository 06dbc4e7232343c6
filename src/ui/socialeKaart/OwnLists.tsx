// A wijkteam's own lists: import a CSV or GeoJSON (kept in this browser only; read off the page's
// thread with a bar meanwhile), the import's report row by row, remove a list, and export the
// services shown as CSV.
import { selectVisiblePoints } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import { download } from '../download';
import type { ImportReport } from '../../state/store';

function ImportReportView({ report }: { report: ImportReport }) {
  const skipped = report.errors.filter((e) => !e.kept).length;
  const remarks = report.errors.length - skipped;
  return (
    <div className="import-report" role="status">
      <p>
        <strong>{report.file}</strong>: {report.imported} {report.imported === 1 ? 'punt' : 'punten'} ingelezen
        {skipped > 0 ? `, ${skipped} ${skipped === 1 ? 'fout' : 'fouten'} (die regels zijn overgeslagen)` : ''}
        {remarks > 0 ? `, ${remarks} ${remarks === 1 ? 'opmerking' : 'opmerkingen'} bij ingelezen regels` : ''}.
      </p>
      {report.read ? <p className="value-note import-read">{report.read}</p> : null}
      {report.errors.length > 0 ? (
        <ul className="import-errors">
          {report.errors.slice(0, 50).map((e, i) => (
            <li key={i}>
              {e.row > 0 ? `regel ${e.row}` : 'bestand'}
              {e.column ? `, kolom ${e.column}` : ''}: {e.message}
            </li>
          ))}
          {report.errors.length > 50 ? <li>… en nog {report.errors.length - 50}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

export function OwnLists() {
  const show = useAtlas((s) => s.showPoi);
  const ownLists = useAtlas((s) => s.ownLists);
  const report = useAtlas((s) => s.importReport);
  const importing = useAtlas((s) => s.listImporting);
  const visible = useAtlas(selectVisiblePoints);
  const { importOwnList, removeOwnList } = useAtlas.getState();
  const dialect = useAtlas((s) => s.csvDialect);
  const exportCsv = async () => {
    const { pointsCsv } = await import('../../atlas/pointsCsv');
    download(new Blob([pointsCsv(visible, dialect)], { type: 'text/csv;charset=utf-8' }), 'voorzieningen.csv');
  };
  return (
    <div className="own-lists">
      <h3>Eigen lijst</h3>
      <label htmlFor="own-list-file">Importeer CSV of GeoJSON (naam, categorie, adres, en lat/lon of RD x/y)</label>
      <input
        id="own-list-file"
        type="file"
        accept=".csv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void importOwnList(f);
          e.target.value = '';
        }}
      />
      <p className="legend-note">De lijst blijft in deze browser (IndexedDB) en wordt nergens heen gestuurd.</p>
      {importing ? (
        <p className="import-progress" role="status">
          <label>
            {importing} lezen…
            <progress />
          </label>
        </p>
      ) : report ? (
        <ImportReportView report={report} />
      ) : null}
      {ownLists.length > 0 ? (
        <ul className="own-list-items">
          {ownLists.map((l) => (
            <li key={l.id}>
              {l.name} ({l.points.length}){' '}
              <button type="button" onClick={() => void removeOwnList(l.id)} aria-label={`Lijst ${l.name} verwijderen`}>
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {show && visible.length > 0 ? (
        <button type="button" onClick={() => void exportCsv()}>
          Exporteer de getoonde lijst (CSV, {visible.length})
        </button>
      ) : null}
    </div>
  );
}
