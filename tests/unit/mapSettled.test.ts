// The one coordination between store and map: a level's shapes are read once a map has shown its
// colours and nothing that redraws it was asked for during a quiet moment, at once with a
// selection or for regions, and after SHAPES_WAIT_MS at the latest.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { SHAPES_QUIET_MS, SHAPES_WAIT_MS, whenMapSettled, type SettleState } from '../../src/state/mapSettled';

type S = Omit<SettleState, 'redraw'> & { indicator: string };
const read = (s: S): SettleState => ({ ...s, redraw: [s.level, s.year, s.indicator] });
const make = (s: Partial<S> = {}) =>
  createStore<S>()(() => ({ level: 'buurt', year: 2015, selection: null, coloured: null, indicator: 'a', ...s }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whenMapSettled', () => {
  it('waits for the map to show the level, then for a quiet moment', async () => {
    const store = make();
    let settled = false;
    void whenMapSettled(store, read).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(SHAPES_QUIET_MS * 2);
    expect(settled).toBe(false);
    store.setState({ coloured: { key: 'gemeente_2015', count: 1 } });
    await vi.advanceTimersByTimeAsync(SHAPES_QUIET_MS * 2);
    expect(settled).toBe(false);
    store.setState({ coloured: { key: 'buurt_2015', count: 2 } });
    await vi.advanceTimersByTimeAsync(SHAPES_QUIET_MS - 10);
    expect(settled).toBe(false);
    // A new indicator asked for now goes first: the quiet moment starts again at its frame.
    store.setState({ indicator: 'b' });
    await vi.advanceTimersByTimeAsync(SHAPES_QUIET_MS);
    expect(settled).toBe(false);
    store.setState({ coloured: { key: 'buurt_2015', count: 3 } });
    await vi.advanceTimersByTimeAsync(SHAPES_QUIET_MS);
    expect(settled).toBe(true);
  });

  it('does not wait for quiet when an area is selected (its outline needs the shapes)', async () => {
    const store = make({ selection: 'BU05050702' });
    let settled = false;
    void whenMapSettled(store, read).then(() => (settled = true));
    store.setState({ coloured: { key: 'buurt_2015', count: 1 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('does not wait for regions, and waits no longer than SHAPES_WAIT_MS for a map that cannot draw', async () => {
    await expect(whenMapSettled(make({ level: 'corop' }), read)).resolves.toBeUndefined();
    let settled = false;
    void whenMapSettled(make(), read).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(SHAPES_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
