// Property-based tests of the table importer (fast-check): random and mutated CSV never make it
// throw, never change the tables it joins to, and every rejection names a row and a column.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTable } from '../../src/cli/generated';
import { joinOptionsFor, joinTable, type JoinReport } from '../../src/atlas/tableJoin';
import { detectColumns } from '../../src/atlas/tableDetect';
import { type AreaReference } from '../../src/atlas/tableKeys';
import { parseTable } from '../../src/atlas/tableParse';
import { choiceProblems, ownFromColumn, withOwnColumns } from '../../src/atlas/ownIndicators';
import type { RowError } from '../../src/atlas/poiImport';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const gemeente2015 = deepFreeze(readTable('gemeente', 2015));
const buurt2015 = deepFreeze(readTable('buurt', 2015));
const REFS: AreaReference[] = deepFreeze([
  { level: 'gemeente', year: 2015, codes: gemeente2015.codes, names: gemeente2015.names },
  { level: 'gemeente', year: 2023, codes: readTable('gemeente', 2023).codes, names: readTable('gemeente', 2023).names },
  { level: 'buurt', year: 2015, codes: buurt2015.codes, names: buurt2015.names },
]);

type Outcome = { error: RowError } | { report: JoinReport; header: string[]; records: number };

/** The whole importer with the detected defaults, as the dialog runs it. */
function run(text: string): Outcome {
  const parsed = parseTable(text);
  if (parsed.error) return { error: parsed.error };
  const detected = detectColumns(deepFreeze(parsed.table), REFS);
  if (detected.error) return { error: detected.error };
  const options = joinOptionsFor(detected.detection);
  return {
    report: joinTable(parsed.table, options, REFS),
    header: parsed.table.header,
    records: parsed.table.rows.length,
  };
}

function expectWellFormed(outcome: Outcome): void {
  const problems = 'error' in outcome ? [outcome.error] : outcome.report.problems;
  for (const p of problems) {
    expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
    expect(p.column.length).toBeGreaterThan(0);
    expect(p.message.length).toBeGreaterThan(0);
    if ('report' in outcome && p.column !== 'alle kolommen') expect(outcome.header).toContain(p.column);
  }
  if ('report' in outcome) {
    const r = outcome.report;
    expect(
      r.matched.length +
        r.duplicates.length +
        r.unmatched.length +
        r.otherIndeling.length +
        r.otherLevel.length +
        r.aggregates.length,
    ).toBe(r.rowsRead);
    // Every data record is read, or skipped for its period or another dimension value.
    expect(r.rowsRead + r.otherPeriod + r.otherDimension.reduce((n, d) => n + d.rows, 0)).toBe(outcome.records);
    // A confirmed import builds and joins without touching the frozen tables.
    for (const col of r.columns) {
      const own = ownFromColumn(
        r,
        {
          column: col.column,
          name: col.name,
          kind: 'rate',
          denominator: null,
          per: 1,
          unit: '',
          higherMeansMoreNeed: null,
        },
        'f.csv',
        null,
        '2026-01-01',
      );
      if (r.level === 'gemeente' && r.year === 2015) withOwnColumns(gemeente2015, [own]);
    }
    choiceProblems([], r);
  }
}

/** A valid StatLine-like base file over some real gemeenten. */
const baseFile = fc
  .record({
    rows: fc.uniqueArray(fc.integer({ min: 0, max: gemeente2015.codes.length - 1 }), { minLength: 1, maxLength: 60 }),
    values: fc.array(fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constant('.')), {
      minLength: 60,
      maxLength: 60,
    }),
  })
  .map(({ rows, values }) =>
    [
      '"Perioden";"RegioS";"Clienten_1"',
      ...rows.map((r, i) => `"2015JJ00";"${gemeente2015.codes[r].padEnd(8)}";"${values[i]}"`),
    ].join('\n'),
  );

type Mutation = (text: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>((t) => `\uFEFF${t}`),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.replace(/;/g, ',')),
  fc.constant<Mutation>((t) => t.replace(/;/g, '\t')),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\n\n')),
  fc.constant<Mutation>((t) => `${t}\n\n  \n`),
  fc.nat().map<Mutation>((n) => (t) => {
    const i = n % (t.length + 1);
    return `${t.slice(0, i)}"${t.slice(i)}`;
  }),
  fc.nat().map<Mutation>((n) => (t) => {
    const i = n % (t.length + 1);
    return `${t.slice(0, i)}${t.slice(i + 1)}`;
  }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('1e308', '9'.repeat(40), '-0', '1.234,5', '1,234.5', 'NaN', 'Infinity', ';;;', '\n'),
    )
    .map<Mutation>(([n, s]) => (t) => {
      const i = n % (t.length + 1);
      return `${t.slice(0, i)}${s}${t.slice(i)}`;
    }),
);

describe('importer properties', () => {
  it('never throws on arbitrary text and names a row and a column for every rejection', () => {
    const csvish = fc.string({
      unit: fc.constantFrom(
        'a',
        '1',
        '2',
        ',',
        ';',
        '.',
        '"',
        '\n',
        '\r',
        '\t',
        ' ',
        'G',
        'M',
        '0',
        '5',
        'é',
        '\uFEFF',
        '-',
        'x',
      ),
    });
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary' })), (text) => expectWellFormed(run(text))),
      { numRuns: 400 },
    );
  });

  it('never throws on mutated StatLine files, and harmless mutations do not change the values', () => {
    fc.assert(
      fc.property(baseFile, fc.array(mutation, { minLength: 1, maxLength: 4 }), (base, mutations) => {
        const text = mutations.reduce((t, m) => m(t), base);
        expectWellFormed(run(text));
      }),
      { numRuns: 300 },
    );
    const harmless: Mutation[] = [
      (t) => `\uFEFF${t}`,
      (t) => t.replace(/\n/g, '\r\n'),
      (t) => t.replace(/\n/g, '\n\n'),
      (t) => t.replace(/;/g, '\t'),
    ];
    fc.assert(
      fc.property(baseFile, fc.subarray(harmless, { minLength: 1 }), (base, mutations) => {
        const before = run(base);
        const after = run(mutations.reduce((t, m) => m(t), base));
        if (!('report' in before) || !('report' in after)) throw new Error('a valid file was refused');
        expect([...after.report.columns[0].values]).toEqual([...before.report.columns[0].values]);
      }),
      { numRuns: 100 },
    );
  });

  it('reads 1.234,5 and 1,234.5 as the same number', () => {
    const amount = fc
      .integer({ min: -10_000_000_000, max: 10_000_000_000 })
      .chain((n) => fc.integer({ min: 0, max: 3 }).map((d) => n / 10 ** d));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 30 }), (numbers) => {
        const codes = gemeente2015.codes.slice(0, numbers.length);
        const dutch = numbers.map((n) => n.toLocaleString('nl-NL', { maximumFractionDigits: 3 }));
        const english = numbers.map((n) => n.toLocaleString('en-US', { maximumFractionDigits: 3 }));
        // One unambiguous cell fixes the file's decimal sign, as a real column usually has.
        const nl = run(['gemeente;aantal', ...codes.map((c, i) => `${c};${dutch[i]}`), 'GM0590;0,5'].join('\n'));
        const en = run(['gemeente,aantal', ...codes.map((c, i) => `${c},"${english[i]}"`), 'GM0590,0.5'].join('\n'));
        for (const outcome of [nl, en]) {
          if (!('report' in outcome)) throw new Error(outcome.error.message);
          codes.forEach((c, i) => expect(outcome.report.columns[0].values.get(c)).toBeCloseTo(numbers[i], 6));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('handles 50,000 rows of buurt codes, mutated, with every row accounted for', () => {
    const n = 50_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(mutation, { maxLength: 2 }), (seed, mutations) => {
        const lines = ['buurtcode;meldingen;bewoners'];
        const real = new Set<string>();
        for (let i = 0; i < n; i++) {
          const code =
            i % 7 === 3
              ? `BU${String(99990000 + i).padStart(8, '0')}`
              : buurt2015.codes[(i * 31 + seed) % buurt2015.codes.length];
          if (i % 7 !== 3) real.add(code);
          lines.push(`${code};${(i * 13 + seed) % 500};${i % 11 === 0 ? '.' : (i % 97) * 1.5}`);
        }
        const base = lines.join('\n');
        const clean = run(base);
        if (!('report' in clean)) throw new Error(clean.error.message);
        expect(clean.report.level).toBe('buurt');
        expect(clean.report.rowsRead).toBe(n);
        expect(clean.report.matched.length).toBe(real.size);
        expect(clean.report.unmatched.length).toBe(Math.floor((n - 4) / 7) + 1);
        expectWellFormed(clean);
        expectWellFormed(run(mutations.reduce((t, m) => m(t), base)));
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});
