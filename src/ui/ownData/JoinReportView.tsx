// The join report of an import, before anything changes: what was found, what not, and why.
import { LEVEL_LABELS } from '../../atlas/geography';
import type { JoinReport } from '../../atlas/tableJoin';

const SHOWN = 100;

function ReportList({ title, items, open = false }: { title: string; items: string[]; open?: boolean }) {
  if (items.length === 0) return null;
  return (
    <details className="report-list" open={open}>
      <summary>
        {title}: {items.length.toLocaleString('nl-NL')}
      </summary>
      <ul>
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
        {items.length > SHOWN ? <li>… en nog {(items.length - SHOWN).toLocaleString('nl-NL')}</li> : null}
      </ul>
    </details>
  );
}

export function JoinReportView({ report }: { report: JoinReport }) {
  const levels = LEVEL_LABELS[report.level];
  const missing = report.areasInReference - report.matched.length;
  return (
    <section className="join-report" aria-labelledby="join-report-title" data-matched={report.matched.length}>
      <h3 id="join-report-title">Koppelverslag</h3>
      <p>
        <strong>
          {report.matched.length.toLocaleString('nl-NL')} van de {report.areasInReference.toLocaleString('nl-NL')}{' '}
          {levels.many}
        </strong>{' '}
        van {report.year} gevonden in {report.rowsRead.toLocaleString('nl-NL')} rijen.
        {missing > 0
          ? ` ${missing.toLocaleString('nl-NL')} ${missing === 1 ? levels.one : levels.many} zonder rij krijgen "geen gegevens".`
          : ''}
      </p>
      {report.columns.map((c) => (
        <p key={c.column} className="value-note">
          Kolom "{c.name}": {c.numbers.toLocaleString('nl-NL')} getallen
          {c.secret > 0 ? `, ${c.secret.toLocaleString('nl-NL')} geheim of onbekend (. of x; blijft geheim)` : ''}
          {c.nihil > 0 ? `, ${c.nihil.toLocaleString('nl-NL')} nihil (-, gelezen als 0)` : ''}
          {c.empty > 0 ? `, ${c.empty.toLocaleString('nl-NL')} leeg (geen gegevens)` : ''}
          {c.national !== null ? `; Nederland: ${c.national.toLocaleString('nl-NL')}` : ''}.
        </p>
      ))}
      <ReportList open title="Niet gevonden" items={report.unmatched.map((u) => `rij ${u.row}: ${u.value}`)} />
      <ReportList
        title="Dubbel (de eerste rij telt)"
        items={report.duplicates.map((d) => `rij ${d.row}: ${d.code}, al in rij ${d.firstRow}`)}
      />
      <ReportList
        open
        title="Horen bij een andere indeling"
        items={report.otherIndeling.map(
          (o) => `rij ${o.row}: ${o.code} bestaat in ${o.years.join(' en ')}, niet in ${report.year}`,
        )}
      />
      <ReportList
        title={`Geen ${levels.one} (ander niveau)`}
        items={report.otherLevel.map((o) => `rij ${o.row}: ${o.code}`)}
      />
      <ReportList
        title="Nederland, provincies en andere gebieden (overgeslagen)"
        items={report.aggregates.map((a) => `rij ${a.row}: ${a.value}`)}
      />
      {report.otherDimension
        .filter((d) => d.rows > 0)
        .map((d) => (
          <p key={d.column} className="value-note">
            {d.rows.toLocaleString('nl-NL')} rijen met een andere waarde van "{d.column}" overgeslagen.
          </p>
        ))}
      {report.otherPeriod > 0 ? (
        <p className="value-note">
          {report.otherPeriod.toLocaleString('nl-NL')} rijen van een andere periode overgeslagen.
        </p>
      ) : null}
      <ReportList
        open
        title="Niet gelezen (rij en kolom)"
        items={report.problems.map(
          (p) => `rij ${p.row}, ${p.column === 'alle kolommen' ? 'hele regel' : `kolom "${p.column}"`}: ${p.message}`,
        )}
      />
    </section>
  );
}
