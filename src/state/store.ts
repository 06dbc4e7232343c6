// The one store: the user's choices and the loaded data. Derived values live in selectors.ts.
import { create } from 'zustand';
import { CATALOGUE, DEFAULT_INDICATOR, YEAR_DEFAULT_INDICATOR } from '../../data/catalogue';
import type { Classification } from '../atlas/classify';
import {
  LEVEL_YEARS,
  YEARS,
  assetName,
  isRegionSystem,
  levelOfCode,
  levelTitle,
  selectionAtLevel,
  type AreaLevel,
  type Level,
  type Membership,
} from '../atlas/geography';
import { isAvailable, type AreaTable } from '../atlas/indicators';
import type { PaletteName } from '../atlas/palettes';
import type { SearchEntry } from '../atlas/search';
import {
  loadLayerGeometry,
  loadLayerTable,
  loadMembership,
  loadSearch,
  loadVoorzieningen,
  type Geometry,
} from './loaders';
import { MAX_IMPORT_BYTES, type Category, type Voorziening } from '../atlas/socialeKaart';
import type { RowError } from '../atlas/poiImport';
import { keptLists, readOwnLists, type OwnList } from './ownLists';
import {
  MAX_PINS,
  MIN_OPACITY,
  isBasemap,
  parseQuery,
  type Basemap,
  type Choices,
  type MapView,
  type Mode,
} from './url';
import { CORRECTABLE_TEXT, isCorrectableIn } from '../../data/riskFactors';
import { isOwnId, isOwnIndicator, ownDef, ownNameOf, withOwnColumns, type OwnIndicator } from '../atlas/ownIndicators';
import type { IndicatorDef } from '../atlas/indicators';
import { keptCollection } from './kept';
import { tooLarge } from '../atlas/format';
import { nearAreas, pickIndexOf } from '../atlas/pick';

export interface ImportReport {
  file: string;
  imported: number;
  errors: RowError[];
}

export interface Hover {
  code: string;
  x: number;
  y: number;
  /** Which map the pointer is over (the comparison has two). */
  map: string;
  /** A service point under the pointer (drawn one by one, above the areas). */
  point?: Voorziening;
}

/** A request to move the map, e.g. after a search; the map consumes it. */
export interface FlyTo {
  bbox: [number, number, number, number];
  id: number;
}

/** An address found with the PDOK Locatieserver, marked on the map. */
export interface FoundAddress {
  label: string;
  lon: number;
  lat: number;
}

/** Where the browser keeps the background map choice (a link's choice wins). */
const BASEMAP_KEY = 'wijkatlas-achtergrond';

function storedBasemap(): Basemap | null {
  try {
    const value = globalThis.localStorage?.getItem(BASEMAP_KEY);
    return isBasemap(value) ? value : null;
  } catch {
    return null;
  }
}

export interface AtlasState extends Choices {
  geometries: Record<string, Geometry>;
  tables: Record<string, AreaTable>;
  memberships: Record<number, Membership>;
  loadErrors: Record<string, string>;
  /** Search entries per year, loaded on first use. */
  searches: Record<number, SearchEntry[]>;
  searchError: string | null;
  hover: Hover | null;
  notices: string[];
  flyTo: FlyTo | null;
  /** Counts level changes that keep a place: the map frames the place again (its wijken, its buurten). */
  focusId: number;
  /** The level and year (assetName) whose colours a map has drawn last, and a count of such frames. */
  coloured: { key: string; count: number } | null;
  /** Called by a map once it shows a level's colours: the shapes waiting for it may load. */
  setColoured(key: string): void;

  setLevel(level: Level): void;
  setYear(year: number): void;
  setIndicator(id: string): void;
  setClassification(c: Classification): void;
  setPalette(p: PaletteName): void;
  setMode(mode: Mode): void;
  setFactors(factors: string[] | null): void;
  /** Pins an area for comparison; false when MAX_PINS are pinned already. */
  pin(code: string): boolean;
  unpin(code: string): void;
  setPins(codes: string[]): void;
  /** The sociale kaart's points, loaded when first shown. */
  voorzieningen: Voorziening[] | null;
  voorzieningenError: string | null;
  ensureVoorzieningen(): Promise<void>;
  setShowPoi(show: boolean): void;
  setPoiText(text: string): void;
  setPoiWet(wet: string): void;
  setPoiToegang(toegang: string): void;
  /** "Dichtbij": the spot to measure from, and whether the next map click picks it. */
  pickingNear: boolean;
  setNearFrom(spot: [number, number] | null): void;
  setPickingNear(on: boolean): void;
  /** Lists a team imported, kept in IndexedDB. */
  ownLists: OwnList[];
  importReport: ImportReport | null;
  loadOwnLists(): Promise<void>;
  importOwnList(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  removeOwnList(id: string): Promise<void>;
  setPoiCategories(categories: Category[]): void;
  /** The service point whose details are open (clicked on the map or in a list). */
  poiSelected: Voorziening | null;
  selectPoi(point: Voorziening | null): void;
  setBasemap(basemap: Basemap): void;
  setOpacity(opacity: number): void;
  /** The address chosen in the search (online only). */
  address: FoundAddress | null;
  /** Marks an address, moves the map there and selects the area it lies in (null: none). */
  showAddress(address: FoundAddress | null, area?: string | null): void;
  /** Areas outlined on the map besides the selection (e.g. similar gemeenten). */
  highlight: string[];
  setHighlight(codes: string[]): void;
  /** Indicators imported from the user's own tables, kept in IndexedDB. */
  own: OwnIndicator[];
  /** false until the stored own indicators were read (a shared link may name one). */
  ownLoaded: boolean;
  loadOwn(): Promise<void>;
  /** Adds (or replaces, by name) confirmed columns and shows the first on the map. */
  addOwn(indicators: OwnIndicator[]): Promise<void>;
  removeOwn(name: string): Promise<void>;
  /** Reads a kept collection again after another tab changed it ("lijst" or "tabel"). */
  refreshKept(kind: string): Promise<void>;
  /** A table file dropped or picked, waiting in the import dialog until confirmed or cancelled. */
  tableFile: File | null;
  openTableImport(file: File | null): void;
  select(code: string | null): void;
  selectFound(entry: SearchEntry): void;
  setView(view: MapView): void;
  setHover(hover: Hover | null): void;
  addNotice(text: string): void;
  dismissNotice(index: number): void;
  ensureLayer(level: Level, year: number): Promise<void>;
  ensureSearch(): Promise<void>;
}

/** The built-in indicators followed by the imported ones (one array per list of imports). */
const catalogueOf = new WeakMap<OwnIndicator[], IndicatorDef[]>();
export function catalogueWith(own: OwnIndicator[]): IndicatorDef[] {
  let list = catalogueOf.get(own);
  if (!list) catalogueOf.set(own, (list = [...CATALOGUE, ...own.map(ownDef)]));
  return list;
}

/** Keep the indicator when it exists for the new level and year, else the year's default, else the first that does. */
export function indicatorFor(
  current: string,
  level: Level,
  year: number,
  catalogue: IndicatorDef[],
  test: (d: IndicatorDef) => boolean = () => true,
): string {
  const ok = (d: IndicatorDef | undefined): d is IndicatorDef =>
    d !== undefined && isAvailable(d, level, year) && test(d);
  const def = catalogue.find((d) => d.id === current);
  if (ok(def)) return current;
  const preferred = [YEAR_DEFAULT_INDICATOR[year], DEFAULT_INDICATOR]
    .map((id) => catalogue.find((d) => d.id === id))
    .find(ok);
  return (preferred ?? catalogue.find(ok))?.id ?? current;
}

const correctableIn = (year: number) => (d: IndicatorDef) => isCorrectableIn(d, year);

const labelOf = (catalogue: IndicatorDef[], id: string) => catalogue.find((d) => d.id === id)?.label ?? id;

/** Where earlier versions kept every own table as one array. */
const OWN_LEGACY_KEY = 'wijkatlas-eigen-indicatoren';
const keptTables = keptCollection('tabel', OWN_LEGACY_KEY, isOwnIndicator, (o) => o.name);

const pending = new Map<string, Promise<void>>();

/** The longest the shapes of a level wait for the map to show its colours (a map that cannot draw,
 *  a hidden tab): then they load anyway. */
const SHAPES_WAIT_MS = 3000;
/** How long the map must have shown its colours, without a new request, before the shapes load. */
const SHAPES_QUIET_MS = 300;
/** The choices that make the map draw anew. */
const REDRAWING = ['level', 'year', 'indicator', 'classification', 'palette', 'mode', 'opacity', 'own'] as const;

/** Runs a load once at a time per key: concurrent callers share the request in flight. */
function shared(key: string, start: () => Promise<void>): Promise<void> {
  const existing = pending.get(key);
  if (existing) return existing;
  const promise = start().finally(() => pending.delete(key));
  pending.set(key, promise);
  return promise;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
let flyId = 0;

export function createAtlasStore(search: string) {
  const { choices, notices } = parseQuery(search, CATALOGUE, DEFAULT_INDICATOR);
  if (!new URLSearchParams(search).has('achtergrond')) choices.basemap = storedBasemap() ?? choices.basemap;
  return create<AtlasState>()((set, get, api) => {
    /** Resolves once a map has shown the current level's colours and nothing that changes them was
     *  asked for during SHAPES_QUIET_MS after it (a user changing indicators goes first; with an area
     *  selected, as soon as the colours show); at once
     *  when the level needs shapes to be drawn at all (regions are dissolved from the gemeente
     *  shapes); after SHAPES_WAIT_MS at the latest. */
    function whenMapSettled(): Promise<void> {
      if (isRegionSystem(get().level)) return Promise.resolve();
      return new Promise((resolve) => {
        let quiet: ReturnType<typeof setTimeout> | undefined;
        const done = () => {
          clearTimeout(quiet);
          clearTimeout(latest);
          unsubscribe();
          resolve();
        };
        const latest = setTimeout(done, SHAPES_WAIT_MS);
        const unsubscribe = api.subscribe((s, prev) => {
          if (isRegionSystem(s.level)) {
            done();
            return;
          }
          if (s.coloured !== prev.coloured && s.coloured?.key === assetName(s.level, s.year)) settle(s);
          else if (REDRAWING.some((k) => s[k] !== prev[k])) clearTimeout(quiet);
        });
        /** The map shows the level: with an area selected its outline (and printed extract) wait for
         *  the shapes, so they load at once; else after a quiet moment. */
        const settle = (s: AtlasState) => {
          clearTimeout(quiet);
          if (s.selection !== null) done();
          else quiet = setTimeout(done, SHAPES_QUIET_MS);
        };
        if (get().coloured?.key === assetName(get().level, get().year)) settle(get());
      });
    }
    /** Table and shapes of an area level, loaded once (concurrent callers share the request). The
     *  map colours a level's tiles from its table alone; the shapes (names, picking, outlines) are
     *  read after the map shows the colours: parsed at once, a buurt topology took the main thread
     *  from the table and the map for most of a second while maplibre's worker decoded the tiles. */
    const hasArea = (level: AreaLevel, year: number) =>
      Boolean(get().tables[assetName(level, year)] && get().geometries[assetName(level, year)]);
    function loadArea(level: AreaLevel, year: number): Promise<void> {
      const key = assetName(level, year);
      if (hasArea(level, year)) return Promise.resolve();
      return shared(`area:${key}`, async () => {
        if (!get().tables[key]) {
          const table = await loadLayerTable(level, year);
          set((s) => ({ tables: { ...s.tables, [key]: withOwnColumns(table, s.own) } }));
        }
        if (!get().geometries[key]) {
          await whenMapSettled();
          const geometry = await loadLayerGeometry(level, year);
          set((s) => ({ geometries: { ...s.geometries, [key]: geometry } }));
        }
      });
    }
    function loadRegions(year: number): Promise<void> {
      if (get().memberships[year]) return Promise.resolve();
      return shared(`regio:${year}`, () =>
        loadMembership(year).then((m) => set((s) => ({ memberships: { ...s.memberships, [year]: m } }))),
      );
    }
    /** Stores the imported indicators and gives every loaded table their columns. */
    function applyOwn(own: OwnIndicator[]): void {
      set((s) => ({
        own,
        tables: Object.fromEntries(Object.entries(s.tables).map(([k, t]) => [k, withOwnColumns(t, own)])),
      }));
    }
    return {
      ...choices,
      geometries: {},
      tables: {},
      memberships: {},
      loadErrors: {},
      searches: {},
      searchError: null,
      hover: null,
      notices,
      flyTo: null,
      focusId: 0,
      coloured: null,

      setColoured(key) {
        set({ coloured: { key, count: (get().coloured?.count ?? 0) + 1 } });
      },

      setLevel(level) {
        const { year, indicator } = get();
        const nextYear = LEVEL_YEARS[level].includes(year) ? year : LEVEL_YEARS[level][0];
        if (year !== nextYear)
          get().addNotice(
            `${levelTitle(level)} zijn er alleen voor ${LEVEL_YEARS[level].join(', ')}; jaar ${nextYear} wordt getoond.`,
          );
        // The place stays: a gemeente becomes the focus of its wijken, a wijk selects its gemeente.
        const current = get().selection;
        const selection = current ? selectionAtLevel(current, level) : null;
        set({
          level,
          year: nextYear,
          indicator: indicatorFor(indicator, level, nextYear, catalogueWith(get().own)),
          selection,
          hover: null,
          focusId: selection ? ++flyId : get().focusId,
        });
      },
      setYear(year) {
        const { level, indicator, mode, year: from } = get();
        if (!YEARS.includes(year) || year === from) return;
        const said: string[] = [];
        const nextLevel: Level = LEVEL_YEARS[level].includes(year) ? level : 'gemeente';
        if (nextLevel !== level) said.push(`${levelTitle(level)} zijn er niet voor ${year}; de kaart toont gemeenten.`);
        const catalogue = catalogueWith(get().own);
        let nextMode = mode;
        if (
          mode === 'vergelijken' &&
          !catalogue.some((d) => isAvailable(d, nextLevel, year) && correctableIn(year)(d))
        ) {
          nextMode = 'kaart';
          said.push(`Voor ${year} is er geen gebruikscijfer om te corrigeren; de gewone kaart wordt getoond.`);
        }
        const next = indicatorFor(
          indicator,
          nextLevel,
          year,
          catalogue,
          nextMode === 'vergelijken' ? correctableIn(year) : undefined,
        );
        if (next !== indicator)
          said.push(
            `"${labelOf(catalogue, indicator)}" is er niet voor ${year}; "${labelOf(catalogue, next)}" wordt getoond.`,
          );
        for (const text of said) get().addNotice(text);
        // The selection stays when its code exists in the new year (App checks once the year is
        // loaded); a wijk or buurt gives way to its gemeente (the code holds the gemeente number).
        const current = get().selection;
        let selection = nextLevel === level ? current : null;
        if (current && nextLevel !== level && (level === 'wijk' || level === 'buurt'))
          selection = selectionAtLevel(current, 'gemeente');
        set({
          year,
          level: nextLevel,
          indicator: next,
          mode: nextMode,
          factors: next === indicator ? get().factors : null,
          selection,
          hover: null,
        });
      },
      setIndicator(id) {
        const { level, year, mode } = get();
        const def = catalogueWith(get().own).find((d) => d.id === id);
        if (!def || !isAvailable(def, level, year) || (mode === 'vergelijken' && !correctableIn(year)(def))) return;
        set({ indicator: id, factors: null });
      },
      setClassification(classification) {
        set({ classification });
      },
      setPalette(palette) {
        set({ palette });
      },
      setMode(mode) {
        if (mode === 'vergelijken') {
          const { indicator, level, own, year } = get();
          const catalogue = catalogueWith(own);
          // The year stays when it has something to correct (2015, 2022); 2023 falls back to 2015.
          const nextYear = catalogue.some((d) => correctableIn(year)(d)) ? year : 2015;
          const nextLevel = LEVEL_YEARS[level].includes(nextYear) ? level : 'gemeente';
          const next = indicatorFor(indicator, nextLevel, nextYear, catalogue, correctableIn(nextYear));
          if (next !== indicator)
            get().addNotice(`${CORRECTABLE_TEXT} "${labelOf(catalogue, next)}" ${nextYear} wordt getoond.`);
          set({
            mode,
            indicator: next,
            year: nextYear,
            level: nextLevel,
            factors: next === indicator ? get().factors : null,
          });
        } else {
          set({ mode });
        }
      },
      setFactors(factors) {
        set({ factors });
      },
      pin(code) {
        const { pins } = get();
        if (pins.includes(code)) return true;
        if (pins.length >= MAX_PINS) {
          get().addNotice(`Er kunnen ten hoogste ${MAX_PINS} gebieden naast elkaar; maak eerst een plek vrij.`);
          return false;
        }
        set({ pins: [...pins, code] });
        return true;
      },
      unpin(code) {
        set((s) => ({ pins: s.pins.filter((p) => p !== code) }));
      },
      setPins(codes) {
        set({ pins: [...new Set(codes)].slice(0, MAX_PINS) });
      },
      highlight: [],
      voorzieningen: null,
      voorzieningenError: null,
      ensureVoorzieningen() {
        if (get().voorzieningen) return Promise.resolve();
        return shared('voorzieningen', () =>
          loadVoorzieningen()
            .then((points) => set({ voorzieningen: points, voorzieningenError: null }))
            .catch((error: unknown) => set({ voorzieningenError: message(error) })),
        );
      },
      setShowPoi(showPoi) {
        set({ showPoi });
        if (showPoi) void get().ensureVoorzieningen();
      },
      setPoiCategories(poiCategories) {
        set({ poiCategories });
      },
      poiSelected: null,
      selectPoi(poiSelected) {
        set({ poiSelected });
      },
      setBasemap(basemap) {
        set({ basemap });
        try {
          globalThis.localStorage?.setItem(BASEMAP_KEY, basemap);
        } catch {
          /* private mode: the link still carries it */
        }
        if (basemap === 'geen') set({ address: null });
      },
      setOpacity(opacity) {
        set({ opacity: Math.round(Math.min(100, Math.max(MIN_OPACITY, opacity))) });
      },
      address: null,
      showAddress(address, area) {
        if (!address) {
          set({ address: null });
          return;
        }
        const d = 0.004;
        set({
          address,
          selection: area ?? null,
          flyTo: {
            bbox: [address.lon - d, address.lat - d / 1.6, address.lon + d, address.lat + d / 1.6],
            id: ++flyId,
          },
        });
      },
      setPoiText(poiText) {
        set({ poiText });
      },
      setPoiWet(poiWet) {
        set({ poiWet });
      },
      setPoiToegang(poiToegang) {
        set({ poiToegang });
      },
      pickingNear: false,
      setNearFrom(nearFrom) {
        set({ nearFrom, pickingNear: false });
        if (nearFrom) get().setShowPoi(true);
      },
      setPickingNear(pickingNear) {
        set({ pickingNear });
      },
      ownLists: [],
      importReport: null,
      async loadOwnLists() {
        try {
          set({ ownLists: await readOwnLists() });
        } catch {
          get().addNotice('Eigen lijsten konden niet uit deze browser worden gelezen (IndexedDB niet beschikbaar).');
        }
      },
      async importOwnList(file) {
        const refused = tooLarge(file.size, MAX_IMPORT_BYTES);
        if (refused) {
          set({ importReport: { file: file.name, imported: 0, errors: [{ row: 0, column: '', message: refused }] } });
          return;
        }
        const { decodeBytes } = await import('../atlas/decode');
        const text = decodeBytes(new Uint8Array(await file.arrayBuffer()));
        const id = `eigen-${Date.now().toString(36)}`;
        const name = file.name.replace(/\.(csv|geojson|json)$/i, '');
        // The importer (CSV parser, proj4) loads on first use, not before the first map frame.
        const { importCsv, importGeoJson } = await import('../atlas/poiImport');
        // Points are checked against the land of the gemeenten on the map (a coarse box until they are loaded).
        const gemeenten =
          get().geometries[assetName('gemeente', get().year)] ?? get().geometries[assetName('gemeente', 2015)];
        const onLand = gemeenten ? nearAreas(pickIndexOf(gemeenten.features)) : undefined;
        const result = /\.(geo)?json$/i.test(file.name)
          ? importGeoJson(text, name, id, onLand)
          : importCsv(text, name, id, onLand);
        set({ importReport: { file: file.name, imported: result.points.length, errors: result.errors } });
        if (result.points.length === 0) return;
        const list: OwnList = { id, name, importedAt: new Date().toISOString(), points: result.points };
        set({ ownLists: [...get().ownLists, list], showPoi: true });
        void get().ensureVoorzieningen();
        try {
          await keptLists.put(list);
        } catch {
          get().addNotice(
            `De lijst "${name}" staat op de kaart, maar is niet bewaard in deze browser (IndexedDB niet beschikbaar of gewist); na herladen is hij weg.`,
          );
        }
      },
      async removeOwnList(id) {
        set({ ownLists: get().ownLists.filter((l) => l.id !== id) });
        try {
          await keptLists.remove(id);
        } catch {
          get().addNotice('Het verwijderen kon niet in deze browser worden bewaard.');
        }
      },
      setHighlight(codes) {
        set({ highlight: codes });
      },
      own: [],
      ownLoaded: false,
      async loadOwn() {
        let stored: OwnIndicator[] = [];
        try {
          stored = await keptTables.readAll();
        } catch {
          get().addNotice('Eigen tabellen konden niet uit deze browser worden gelezen (IndexedDB niet beschikbaar).');
        }
        // A table imported while the store was being read wins over a stored one of the same name.
        const added = get().own;
        const own = [...stored.filter((o) => !added.some((a) => a.name === o.name)), ...added];
        applyOwn(own);
        set({ ownLoaded: true });
        // A shared link may name an imported indicator this browser does not have.
        const { indicator, level, year, mode } = get();
        const catalogue = catalogueWith(own);
        const def = catalogue.find((d) => d.id === indicator);
        if (isOwnId(indicator) && !def) {
          get().addNotice(
            `Deze link toont de eigen tabel "${ownNameOf(indicator)}", maar die staat niet in deze browser: eigen cijfers gaan niet mee in een link. Importeer het bestand onder dezelfde naam (Eigen tabel importeren) om deze kaart te zien; nu wordt een standaardindicator getoond.`,
          );
        } else if (def && !isAvailable(def, level, year)) {
          get().addNotice(
            `De eigen tabel "${def.label}" is er niet voor ${levelTitle(level).toLowerCase()} ${year}; een standaardindicator wordt getoond.`,
          );
        }
        const next = indicatorFor(indicator, level, year, catalogue);
        if (next !== indicator) set({ indicator: next, factors: null });
        if (mode === 'vergelijken' && !catalogue.some((d) => d.id === get().indicator && correctableIn(year)(d)))
          set({ mode: 'kaart' });
      },
      async addOwn(indicators) {
        if (indicators.length === 0) return;
        const names = new Set(indicators.map((o) => o.name));
        const own = [...get().own.filter((o) => !names.has(o.name)), ...indicators];
        applyOwn(own);
        const first = indicators[0];
        const same = first.level === get().level && first.year === get().year;
        set({
          level: first.level,
          year: first.year,
          indicator: ownDef(first).id,
          factors: null,
          selection: same ? get().selection : null,
          hover: null,
          mode: 'kaart',
          tableFile: null,
        });
        try {
          for (const o of indicators) await keptTables.put(o);
        } catch {
          get().addNotice(
            `De eigen tabel "${first.name}" staat op de kaart, maar is niet bewaard in deze browser (IndexedDB niet beschikbaar of gewist); na herladen is hij weg.`,
          );
        }
      },
      async removeOwn(name) {
        const own = get().own.filter((o) => o.name !== name);
        applyOwn(own);
        const { indicator, level, year, mode } = get();
        const next = indicatorFor(indicator, level, year, catalogueWith(own));
        if (next !== indicator) set({ indicator: next, factors: null, mode: mode === 'vergelijken' ? 'kaart' : mode });
        try {
          await keptTables.remove(name);
        } catch {
          get().addNotice('Het verwijderen kon niet in deze browser worden bewaard.');
        }
      },
      async refreshKept(kind) {
        try {
          if (kind === 'lijst') {
            set({ ownLists: await readOwnLists() });
            return;
          }
          if (kind !== 'tabel') return;
          const own = await keptTables.readAll();
          applyOwn(own);
          const { indicator, level, year, mode } = get();
          const catalogue = catalogueWith(own);
          if (isOwnId(indicator) && !catalogue.some((d) => d.id === indicator)) {
            get().addNotice(
              `De eigen tabel "${ownNameOf(indicator)}" is in een ander tabblad verwijderd; een standaardindicator wordt getoond.`,
            );
            set({
              indicator: indicatorFor(indicator, level, year, catalogue),
              factors: null,
              mode: mode === 'vergelijken' ? 'kaart' : mode,
            });
          }
        } catch {
          get().addNotice('Wat een ander tabblad bewaarde, kon hier niet worden gelezen (IndexedDB).');
        }
      },
      tableFile: null,
      openTableImport(tableFile) {
        set({ tableFile });
      },
      select(code) {
        set({ selection: code });
      },
      selectFound(entry) {
        const level = levelOfCode(entry.code);
        if (!level) return;
        if (level !== get().level) get().setLevel(level);
        set({ selection: entry.code, flyTo: { bbox: entry.bbox, id: ++flyId } });
      },
      setView(view) {
        set({ view });
      },
      setHover(hover) {
        set({ hover });
      },
      addNotice(text) {
        set((s) => ({ notices: s.notices.includes(text) ? s.notices : [...s.notices, text] }));
      },
      dismissNotice(index) {
        set((s) => ({ notices: s.notices.filter((_, i) => i !== index) }));
      },

      ensureLayer(level, year) {
        const key = assetName(level, year);
        const loaded = isRegionSystem(level)
          ? hasArea('gemeente', year) && Boolean(get().memberships[year])
          : hasArea(level, year);
        if (loaded) return Promise.resolve();
        return shared(key, () => {
          set((s) => {
            const loadErrors = { ...s.loadErrors };
            delete loadErrors[key];
            return { loadErrors };
          });
          const load = isRegionSystem(level)
            ? Promise.all([loadArea('gemeente', year), loadRegions(year)]).then(() => undefined)
            : loadArea(level, year);
          return load.catch((error: unknown) =>
            set((s) => ({ loadErrors: { ...s.loadErrors, [key]: message(error) } })),
          );
        });
      },
      ensureSearch() {
        const year = get().year;
        if (get().searches[year]) return Promise.resolve();
        return shared(`search_${year}`, () =>
          loadSearch(year)
            .then((entries) => set((s) => ({ searches: { ...s.searches, [year]: entries }, searchError: null })))
            .catch((error: unknown) => set({ searchError: message(error) })),
        );
      },
    };
  });
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
