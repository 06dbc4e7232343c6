// The largest own table is refused before it is read, with its size and the limit in the message.
import { describe, expect, it } from 'vitest';
import { tooLarge } from '../../src/atlas/format';
import { MAX_TABLE_BYTES } from '../../src/atlas/tableLimits';

describe('table limits', () => {
  it('take a large buurt table and refuse anything over 20 MB', () => {
    expect(MAX_TABLE_BYTES).toBe(20 * 1024 * 1024);
    expect(tooLarge(MAX_TABLE_BYTES, MAX_TABLE_BYTES)).toBeNull();
    expect(tooLarge(MAX_TABLE_BYTES + 1, MAX_TABLE_BYTES)).toMatch(/maximum is 20 MB/);
  });
});
