// One value column in the import dialog: import it or not, its name, whether it is a count (with
// a reference population from the KWB, and the law whose use it counts) or a figure as given, and
// which direction means more need.
import { useId } from 'react';
import { defaultColumnChoice } from '../../atlas/ownFromFile';
import { DENOMINATORS } from '../../atlas/denominators';
import { LEVEL_YEARS, type AreaLevel } from '../../atlas/geography';
import { LAWS } from '../../atlas/laws';
import { MAX_OWN_NAME, type ColumnChoice } from '../../atlas/ownIndicators';
import type { ColumnValues } from '../../atlas/tableJoin';
import type { TableHead } from './tableWork';

export type Choice = ColumnChoice & { selected: boolean };

export function defaultChoice(
  table: TableHead,
  column: number,
  values: ColumnValues | undefined,
  period: string | null,
  selected: boolean,
): Choice {
  return {
    ...defaultColumnChoice(table.header[column], column, values?.decimals ?? 0, period),
    selected,
  };
}

const NEED: { value: string; label: string; need: boolean | null }[] = [
  { value: 'neutraal', label: 'geen van beide', need: null },
  { value: 'meer', label: 'meer behoefte aan ondersteuning', need: true },
  { value: 'minder', label: 'minder behoefte aan ondersteuning', need: false },
];

interface Props {
  header: string;
  choice: Choice;
  level: AreaLevel;
  year: number;
  onChange: (choice: Choice) => void;
}

export function ColumnChoiceFields({ header, choice, level, year, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<Choice>) => onChange({ ...choice, ...patch });
  const correctable = level === 'gemeente' && year === 2015 && choice.kind === 'count' && choice.denominator !== null;
  return (
    <div className="column-choice" data-column={header}>
      <label className="check">
        <input type="checkbox" checked={choice.selected} onChange={(e) => set({ selected: e.target.checked })} /> Kolom
        "{header}" importeren
      </label>
      {choice.selected ? (
        <div className="import-grid">
          <label htmlFor={`${id}-name`}>Naam</label>
          <input
            id={`${id}-name`}
            type="text"
            value={choice.name}
            maxLength={MAX_OWN_NAME}
            onChange={(e) => set({ name: e.target.value })}
          />
          <label htmlFor={`${id}-kind`}>Soort</label>
          <select
            id={`${id}-kind`}
            value={choice.kind}
            onChange={(e) =>
              set({
                kind: e.target.value as Choice['kind'],
                denominator: e.target.value === 'count' ? 'inwoners' : null,
              })
            }
          >
            <option value="count">aantal (telt op; per inwoners te delen)</option>
            <option value="rate">cijfer zoals gegeven (percentage, gemiddelde)</option>
          </select>
          {choice.kind === 'count' ? (
            <>
              <label htmlFor={`${id}-den`}>Delen door</label>
              <select
                id={`${id}-den`}
                value={choice.denominator ?? ''}
                onChange={(e) => set({ denominator: e.target.value || null })}
              >
                <option value="">niets: het aantal zelf tonen</option>
                {DENOMINATORS.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label}
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-law`}>Telt gebruik van</label>
              <select
                id={`${id}-law`}
                value={choice.law ?? ''}
                onChange={(e) => set({ law: LAWS.find((l) => l === e.target.value) ?? null })}
              >
                <option value="">geen wet (een andere telling)</option>
                <option value="Wmo 2015">Wmo 2015 (cliënten, maatwerkvoorzieningen)</option>
                <option value="Jeugdwet">Jeugdwet (jongeren met jeugdhulp)</option>
              </select>
              {choice.denominator ? (
                <>
                  <label htmlFor={`${id}-per`}>Als</label>
                  <select id={`${id}-per`} value={choice.per} onChange={(e) => set({ per: Number(e.target.value) })}>
                    <option value={1000}>per 1.000</option>
                    <option value={100}>percentage</option>
                  </select>
                </>
              ) : null}
            </>
          ) : (
            <>
              <label htmlFor={`${id}-unit`}>Eenheid</label>
              <input
                id={`${id}-unit`}
                type="text"
                value={choice.unit}
                maxLength={40}
                placeholder="bijv. % of per 1.000 jongeren"
                onChange={(e) => set({ unit: e.target.value })}
              />
            </>
          )}
          <label htmlFor={`${id}-need`}>Hoger betekent</label>
          <select
            id={`${id}-need`}
            value={NEED.find((n) => n.need === choice.higherMeansMoreNeed)?.value}
            onChange={(e) => set({ higherMeansMoreNeed: NEED.find((n) => n.value === e.target.value)?.need ?? null })}
          >
            {NEED.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {choice.selected ? (
        <p className="value-note">
          {choice.kind === 'rate'
            ? "Een gegeven cijfer telt niet op: het staat alleen op dit niveau, niet bij regio's, en zonder risicocorrectie."
            : correctable
              ? "Telt op tot regio's; risicocorrectie (Regio's vergelijken) kan."
              : level === 'gemeente' && year === 2015
                ? "Telt op tot regio's. Kies een noemer voor risicocorrectie."
                : level === 'gemeente' && LEVEL_YEARS.wmoregio.includes(year)
                  ? "Telt op tot regio's; risicocorrectie van eigen tabellen is er voor gemeenten van 2015."
                  : level !== 'gemeente' && choice.law
                    ? `De ${level === 'wijk' ? 'wijken' : 'buurten'} zijn te vergelijken met het gemiddelde van hun ${level === 'wijk' ? 'gemeente' : 'wijk'} en met het ${choice.law}-model van de gemeenten (een extrapolatie).`
                    : "Regio's zijn er voor gemeenten van 2015 en 2022, risicocorrectie voor gemeenten van 2015."}
        </p>
      ) : null}
    </div>
  );
}
