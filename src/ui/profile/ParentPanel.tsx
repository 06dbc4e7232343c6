// A gemeente (or wijk) as the focus of the map's wijken (or buurten): "Dordrecht — wijken", with
// its areas ranked by the value on the map, bars in their class colour, the gemeente's and
// Nederland's value as reference lines. Hovering or focusing a row outlines the area on the map,
// and the area under the pointer on the map is marked in the list.
import { useEffect, useMemo, useState } from 'react';
import { LEVEL_LABELS, levelOfCode, type Level } from '../../atlas/geography';
import { paletteColors } from '../../atlas/palettes';
import { nationalValue } from '../../atlas/profile';
import { rankedChildren, type RankOrder } from '../../atlas/rankedList';
import { choroplethCsv, exportFileName } from '../../atlas/tableExport';
import { useAtlas } from '../../state/useAtlas';
import { selectChoropleth } from '../../state/selectors';
import { selectContext } from '../../state/profileSelectors';
import { download } from '../download';
import { gemeenteNames } from '../ShareExport';
import { RankedBars, referenceLines } from './RankedBars';

export default function ParentPanel({ code }: { code: string }) {
  const choropleth = useAtlas(selectChoropleth);
  const ctx = useAtlas(selectContext);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const palette = useAtlas((s) => s.palette);
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
  const parentValue = parentRow >= 0 ? parentAreas!.values(def)[parentRow] : undefined;
  const gemeenten = ctx.areas('gemeente');
  const nl = gemeenten ? nationalValue(def, gemeenten) : undefined;
  const colors = paletteColors(palette, choropleth.result.classes.length);
  const refs = referenceLines(parentName, parentValue, nl);
  const many = LEVEL_LABELS[level].many;
  const exportCsv = () => {
    const s = useAtlas.getState();
    const text = choroplethCsv(
      choropleth,
      { levelText: `${many} van ${parentName}, ${year}`, made: new Date(), dialect: 'nl' },
      { gemeenten: gemeenteNames(s), within: code },
    );
    download(
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
      exportFileName([def.label, many, parentName, String(year)], 'csv'),
    );
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
        <button type="button" onClick={exportCsv}>
          Als CSV
        </button>
      </div>
      <RankedBars
        rows={rows.map((r) => ({
          code: r.code,
          naam: r.naam,
          value: r.value,
          color: r.klasse >= 0 ? colors[r.klasse] : undefined,
        }))}
        refs={refs}
        def={def}
        label={`${many} van ${parentName}, ${order === 'waarde' ? 'van hoog naar laag' : 'op naam'}`}
        onChoose={select}
      />
    </div>
  );
}
