// The text of an imported file: UTF-8, UTF-16 (with or without BOM) and Windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/atlas/decode';
import { parseTable } from '../../src/atlas/tableParse';

describe('a StatLine file saved as UTF-16', () => {
  it('is read like the UTF-8 one', () => {
    const text =
      '"Perioden";"RegioS";"Cliënten_1"\r\n"2015JJ00";"GM0505  ";"  1234"\r\n"2015JJ00";"GM0642  ";"   567"\r\n';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.from(text, 'utf16le'),
    ]) {
      const parsed = parseTable(decodeBytes(new Uint8Array(bytes)));
      expect(parsed.table?.header).toEqual(['Perioden', 'RegioS', 'Cliënten_1']);
      expect(parsed.table?.rows.map((r) => r.cells[1].trim())).toEqual(['GM0505', 'GM0642']);
    }
  });
});
