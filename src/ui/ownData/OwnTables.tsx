// "Eigen tabellen": import a CSV (picker or drop anywhere on the atlas), list what is kept in this
// browser, show or remove it. The dialog with the join report loads on first use.
import { lazy, Suspense } from 'react';
import { LEVEL_LABELS } from '../../atlas/geography';
import { ownDef } from '../../atlas/ownIndicators';
import { MAX_TABLE_BYTES } from '../../atlas/tableLimits';
import { megabytes } from '../../atlas/format';
import { useAtlas } from '../../state/useAtlas';

const TableImportDialog = lazy(() => import('./TableImportDialog'));

export function OwnTables() {
  const own = useAtlas((s) => s.own);
  const file = useAtlas((s) => s.tableFile);
  const indicator = useAtlas((s) => s.indicator);
  const { openTableImport, removeOwn, setLevel, setYear, setIndicator, setMode } = useAtlas.getState();
  const show = (name: string) => {
    const o = own.find((x) => x.name === name);
    if (!o) return;
    setMode('kaart');
    setLevel(o.level);
    setYear(o.year);
    setIndicator(ownDef(o).id);
  };
  return (
    <section className="own-tables" aria-labelledby="own-tables-title">
      <h2 id="own-tables-title">Eigen tabellen</h2>
      <label htmlFor="own-table-file">
        Importeer een CSV per gemeente, wijk of buurt (bijv. een StatLine-download); of sleep het bestand op de kaart
      </label>
      <input
        id="own-table-file"
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) openTableImport(f);
        }}
      />
      <p className="value-note">
        Tot {megabytes(MAX_TABLE_BYTES)} MB. Cijfers blijven in deze browser en worden nooit verstuurd; een gedeelde
        link noemt alleen de naam.
      </p>
      {own.length > 0 ? (
        <ul className="own-table-items">
          {own.map((o) => (
            <li key={o.name} aria-current={indicator === ownDef(o).id ? 'true' : undefined}>
              <span className="own-table-name">{o.name}</span>
              <span className="value-note">
                {LEVEL_LABELS[o.level].many} {o.year}
                {o.period ? ` · ${o.period}` : ''} · {o.values.length.toLocaleString('nl-NL')} gebieden · {o.file}
              </span>
              <button type="button" onClick={() => show(o.name)}>
                Tonen
              </button>{' '}
              <button
                type="button"
                onClick={() => void removeOwn(o.name)}
                aria-label={`Eigen tabel ${o.name} verwijderen`}
              >
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {file ? (
        <Suspense fallback={<p role="status">Importeren laden…</p>}>
          <TableImportDialog key={`${file.name}:${file.size}:${file.lastModified}`} file={file} />
        </Suspense>
      ) : null}
    </section>
  );
}
