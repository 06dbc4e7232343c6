// A gemeente (or wijk) as the focus of the map's wijken (or buurten): "Dordrecht — wijken", with
// its areas ranked by the value on the map, bars in their class colour, the gemeente's and
// Nederland's value as reference lines. Hovering or focusing a row outlines the area on the map,
// and the area under the pointer on the map is marked in the list.
import { useEffect, useMemo, useState } from 'react';
import { LEVEL_LABELS, levelOfCode, type Level } from '../../atlas/geography';
import { paletteColors } from '../../atlas/palettes';
import { nationalValue } from '../../atlas/profile';
import { rateOf, type AreaValue } from '../../atlas/indicators';
import { fileReference } from '../../atlas/fileFigures';
import { rankedChildren, type RankOrder } from '../../atlas/rankedList';
import { choroplethExport } from '../../atlas/tableExport';
import { useAtlas } from '../../state/useAtlas';
import { selectChoropleth } from '../../state/selectors';
import { selectContext } from '../../state/profileSelectors';
import { download } from '../download';
import { filesOf, gemeenteNames } from '../tableFiles';
import { RankedBars, referenceLines } from './RankedBars';
import { WithinFunnel } from './WithinFunnel';
import { useDeviationBasis } from './useDeviationBasis';
import { BasisChoice, MapChoice, modelNote } from './WithinTools';

export default function ParentPanel({ code }: { code: string }) {
  const choropleth = useAtlas(selectChoropleth);
  const ctx = useAtlas(selectContext);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const palette = useAtlas((s) => s.palette);
  // Each area against the parent's own rate, and (where a model can be made) against a risk model.
  const { within, lawModel, modelled, basis, setBasis, deviations } = useDeviationBasis(code);
  const { select, setHighlight, ensureLayer } = useAtlas.getState();
  const [order, setOrder] = useState<RankOrder>('waarde');
  const parentLevel = levelOfCode(code) as Level;
  useEffect(() => {
    void ensureLayer(parentLevel, year);
  }, [parentLevel, year, ensureLayer]);
  useEffect(() => () => setHighlight([]), [setHighlight]);

  const rows = useMemo(() => (choropleth ? rankedChildren(choropleth, code, order) : []), [choropleth, code, order]);
  if (!choropleth) return null;
  const { def } = choropleth;
  const parentAreas = ctx.areas(parentLevel);
  const parentRow = parentAreas ? parentAreas.codes.indexOf(code) : -1;
  const parentName = parentRow >= 0 ? parentAreas!.names[parentRow] : code;
  const gemeenten = ctx.areas('gemeente');
  // The atlas's own figure of the parent and Nederland, or else the file's (an own wijk file's
  // gemeente and Nederland rows).
  const own = (v: AreaValue | undefined, code: string) =>
    v?.status === 'ok' ? v : (fileReference(def, code, gemeenten) ?? v);
  const parentValue = own(parentRow >= 0 ? parentAreas!.values(def)[parentRow] : undefined, code);
  const nl = own(gemeenten ? nationalValue(def, gemeenten) : undefined, 'NL01');
  const colors = paletteColors(palette, choropleth.result.classes.length);
  // Without the parent's own figure (an own wijk file), its rate over the wijken with a value.
  const refs =
    within && parentValue?.status !== 'ok'
      ? referenceLines(`${parentName} (gebieden met een cijfer)`, rateOf(def, within.rate, 1), nl)
      : referenceLines(parentName, parentValue, nl);
  const many = LEVEL_LABELS[level].many;
  const save = (which: 'csv' | 'notes') => {
    const s = useAtlas.getState();
    const exported = choroplethExport(
      choropleth,
      { levelText: `${many} van ${parentName}, ${year}`, made: new Date(), dialect: s.csvDialect },
      { gemeenten: gemeenteNames(s), within: code, ...(deviations ? { deviations } : {}) },
    );
    const file = filesOf(exported, [def.label, many, parentName, String(year)])[which];
    download(file.blob, file.name);
  };
  return (
    <div className="parent-panel">
      <p className="info-sub">
        {rows.length} {many} · {def.label} ({def.unit}) · indeling {year}
      </p>
      <div className="ranked-tools" role="group" aria-label="Volgorde">
        <button type="button" aria-pressed={order === 'waarde'} onClick={() => setOrder('waarde')}>
          Op waarde
        </button>
        <button type="button" aria-pressed={order === 'naam'} onClick={() => setOrder('naam')}>
          Op naam
        </button>
        <button type="button" onClick={() => save('csv')}>
          Als CSV
        </button>
        <button type="button" onClick={() => save('notes')} aria-label="Toelichting bij de lijst (tekstbestand)">
          Toelichting
        </button>
      </div>
      {within && modelled ? <BasisChoice basis={basis} onChange={setBasis} parentName={parentName} /> : null}
      <RankedBars
        deviationNote={
          basis === 'gemeente'
            ? `Tegen het gemiddelde van ${parentName}, met de trechter:`
            : `${modelNote(lawModel, year)}, met de trechter:`
        }
        rows={rows.map((r) => ({
          code: r.code,
          naam: r.naam,
          value: r.value,
          color: r.klasse >= 0 ? colors[r.klasse] : undefined,
          deviation: deviations?.get(r.code),
        }))}
        refs={refs}
        def={def}
        label={`${many} van ${parentName}, ${order === 'waarde' ? 'van hoog naar laag' : 'op naam'}`}
        onChoose={select}
      />
      {within ? <MapChoice /> : null}
      {basis === 'gemeente' && within ? <WithinFunnel within={within} def={def} parentName={parentName} /> : null}
      {basis === 'model' && lawModel ? (
        <WithinFunnel within={lawModel.within} def={def} parentName={parentName} model={modelNote(lawModel, year)} />
      ) : null}
    </div>
  );
}
