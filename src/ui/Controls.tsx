// Choice of level, year, indicator, classification and palette; each is one store action.
import { useId, useState } from 'react';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, isValidClassification, type ClassMethod } from '../atlas/classify';
import { AREA_LEVELS, LEVEL_YEARS, REGION_SYSTEMS, YEARS, isLevel, levelTitle } from '../atlas/geography';
import { isAvailable, type IndicatorDef } from '../atlas/indicators';
import { isCorrectable } from '../../data/catalogue/riskFactors';
import { PALETTES, type PaletteName } from '../atlas/palettes';
import { useAtlas } from '../state/useAtlas';
import { selectCatalogue, selectDef } from '../state/selectors';

const METHOD_LABELS: Record<ClassMethod, string> = {
  kwantiel: 'Kwantielen (gelijke aantallen)',
  gelijk: 'Gelijke intervallen',
  natuurlijk: 'Natuurlijke grenzen (ckmeans)',
  handmatig: 'Handmatige grenzen',
};

const INDICATOR_GROUPS: { label: string; test: (d: IndicatorDef) => boolean }[] = [
  { label: 'Eigen tabellen (alleen in deze browser)', test: (d) => d.own === true },
  {
    label: 'CBS Kerncijfers wijken en buurten',
    test: (d) => !d.own && d.kind !== 'fact' && !d.id.startsWith('voorzieningen_'),
  },
  { label: 'Sociale kaart: voorzieningen per 1.000 inwoners', test: (d) => d.id.startsWith('voorzieningen_') },
  { label: 'Drechtsteden, 1e helft 2016 (monitor 3D)', test: (d) => !d.own && d.kind === 'fact' },
];

/** What a year has, for a year the chosen level does not: "alleen gemeenten", "gemeenten en regio's". */
function yearLevelsText(year: number): string {
  const regions = REGION_SYSTEMS.some((r) => LEVEL_YEARS[r].includes(year));
  return regions ? "gemeenten en regio's" : 'alleen gemeenten';
}

/** "10; 20,5; 30" → [10, 20.5, 30]; Dutch decimal comma, separated by ; or spaces. */
export function parseBreaks(text: string): number[] | null {
  const parts = text.split(/[;\s]+/).filter(Boolean);
  const values = parts.map((p) => (/^-?\d+([.,]\d+)?$/.test(p) ? Number(p.replace(',', '.')) : Number.NaN));
  return values.some(Number.isNaN) ? null : values;
}

/** Method, number of classes and manual breaks (in Dutch notation: "10; 20,5; 30"). */
function ClassificationFields({ id }: { id: string }) {
  const classification = useAtlas((s) => s.classification);
  const { setClassification } = useAtlas.getState();
  const [breaksText, setBreaksText] = useState((classification.breaks ?? []).join('; ').replace(/\./g, ','));
  const [breaksError, setBreaksError] = useState<string | null>(null);

  const applyBreaks = (text: string) => {
    const breaks = parseBreaks(text);
    const c = breaks ? { method: 'handmatig' as const, count: breaks.length + 1, breaks } : null;
    if (!c || !isValidClassification(c)) {
      setBreaksError(
        `Geef ${MIN_CLASSES - 1} tot ${MAX_CLASSES - 1} oplopende getallen, gescheiden door een puntkomma (bijv. 10; 20,5; 30).`,
      );
      return;
    }
    setBreaksError(null);
    setClassification(c);
  };

  return (
    <>
      <label htmlFor={`${id}-method`}>Klassenindeling</label>
      <select
        id={`${id}-method`}
        value={classification.method}
        onChange={(e) => {
          const method = e.target.value as ClassMethod;
          if (method === 'handmatig') applyBreaks(breaksText);
          else setClassification({ method, count: classification.method === 'handmatig' ? 5 : classification.count });
        }}
      >
        {CLASS_METHODS.map((m) => (
          <option key={m} value={m}>
            {METHOD_LABELS[m]}
          </option>
        ))}
      </select>
      {classification.method !== 'handmatig' ? (
        <>
          <label htmlFor={`${id}-count`}>Aantal klassen</label>
          <select
            id={`${id}-count`}
            value={classification.count}
            onChange={(e) => setClassification({ method: classification.method, count: Number(e.target.value) })}
          >
            {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {classification.method === 'handmatig' || breaksError ? (
        <>
          <label htmlFor={`${id}-breaks`}>Grenzen (bovengrens per klasse)</label>
          <input
            id={`${id}-breaks`}
            type="text"
            inputMode="decimal"
            value={breaksText}
            aria-invalid={breaksError ? true : undefined}
            aria-describedby={breaksError ? `${id}-breaks-error` : undefined}
            onChange={(e) => setBreaksText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyBreaks(breaksText);
            }}
            onBlur={() => applyBreaks(breaksText)}
          />
          {breaksError ? (
            <p id={`${id}-breaks-error`} className="field-error" role="alert">
              {breaksError}
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

export function Controls() {
  const id = useId();
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const indicator = useAtlas((s) => s.indicator);
  const palette = useAtlas((s) => s.palette);
  const comparing = useAtlas((s) => s.mode === 'vergelijken');
  const catalogue = useAtlas(selectCatalogue);
  const ordinal = useAtlas((s) => (selectDef(s).kind === 'ordinal' ? (selectDef(s).categories?.length ?? 0) : 0));
  const { setLevel, setYear, setIndicator, setPalette } = useAtlas.getState();

  return (
    <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Kaartinstellingen">
      <fieldset className="levels">
        <legend>Niveau</legend>
        {[AREA_LEVELS, REGION_SYSTEMS].map((group, g) => (
          <div key={g} className="level-group">
            {group.map((l) => (
              <label key={l} className="radio">
                <input
                  type="radio"
                  name={`${id}-level`}
                  value={l}
                  checked={level === l}
                  onChange={(e) => isLevel(e.target.value) && setLevel(e.target.value)}
                />
                {levelTitle(l)}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <label htmlFor={`${id}-year`}>Jaar</label>
      <select id={`${id}-year`} value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
            {LEVEL_YEARS[level].includes(y) ? '' : ` (${yearLevelsText(y)})`}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-indicator`}>Indicator</label>
      <select id={`${id}-indicator`} value={indicator} onChange={(e) => setIndicator(e.target.value)}>
        {INDICATOR_GROUPS.map((group) => {
          const defs = catalogue.filter(
            (d) => group.test(d) && isAvailable(d, level, year) && (!comparing || isCorrectable(d)),
          );
          return defs.length === 0 ? null : (
            <optgroup key={group.label} label={group.label}>
              {defs.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                  {d.unit !== 'inwoners' ? ` (${d.unit})` : ''}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      {comparing ? null : ordinal ? (
        <p className="legend-note">Klassen: de {ordinal} klassen van CBS, niet te herindelen.</p>
      ) : (
        <ClassificationFields id={id} />
      )}
      <label htmlFor={`${id}-palette`}>Kleuren</label>
      <select id={`${id}-palette`} value={palette} onChange={(e) => setPalette(e.target.value as PaletteName)}>
        {(Object.keys(PALETTES) as PaletteName[]).map((p) => (
          <option key={p} value={p}>
            {PALETTES[p].label}
          </option>
        ))}
      </select>
    </form>
  );
}
