// Search as an ARIA combobox: areas of every level offline, and, when the online map is on,
// addresses, postcodes and streets from the PDOK Locatieserver. Arrows move through suggestions,
// Enter chooses, Escape closes.
import { useEffect, useId, useMemo, useState } from 'react';
import { NAME_ALIASES } from '../../data/catalogue/nameAliases';
import { buildSearchIndex, kindText, searchAreas, type SearchEntry } from '../atlas/search';
import { ADDRESS_KIND, lookupAddress, type AddressHit } from '../atlas/locatieserver';
import { pickAt, pickIndexOf } from '../atlas/pick';
import { PDOK } from '../map/pdok';
import { useAtlas } from '../state/useAtlas';
import { selectGeometry } from '../state/selectors';
import { useAddressSearch } from './orientation/useAddressSearch';

type Option = { kind: 'area'; entry: SearchEntry } | { kind: 'address'; hit: AddressHit };

const OFFLINE_ADDRESS =
  'Adressen, postcodes en straten zoeken kan alleen online: kies onder Achtergrondkaart een kaart van PDOK.';

/** The area of the current level that contains a spot. */
function areaAt(lon: number, lat: number): string | null {
  const geometry = selectGeometry(useAtlas.getState());
  if (!geometry) return null;
  const index = pickIndexOf(geometry.features);
  const i = pickAt(index, lon, lat);
  return i < 0 ? null : index.features[i].properties.code;
}

function Suggestions({
  id,
  options,
  active,
  choose,
}: {
  id: string;
  options: Option[];
  active: number;
  choose: (i: number) => void;
}) {
  return (
    <ul id={`${id}-list`} role="listbox" className="suggestions" aria-label="Zoekresultaten">
      {options.map((o, i) => (
        <li
          key={o.kind === 'area' ? o.entry.code : o.hit.id}
          id={`${id}-opt-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : undefined}
          data-kind={o.kind}
          onMouseDown={(e) => {
            e.preventDefault();
            choose(i);
          }}
        >
          <span className="s-name">{o.kind === 'area' ? o.entry.naam : o.hit.label}</span>
          <span className="s-context">
            {o.kind === 'area' ? kindText(o.entry) : `${ADDRESS_KIND[o.hit.type] ?? o.hit.type} · PDOK`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One box under the field, above the map and its panels: the suggestions, then a hint or errors. */
function SearchPopup({
  suggestions,
  hint,
  errors,
}: {
  suggestions: React.ReactNode;
  hint: string | null;
  errors: (string | null)[];
}) {
  return (
    <div className="search-popup">
      {suggestions}
      {hint ? (
        <p className="search-empty" role="status">
          {hint}
        </p>
      ) : null}
      {errors.map((e, i) =>
        e ? (
          <p key={i} className="field-error" role="alert">
            {e}
          </p>
        ) : null,
      )}
    </div>
  );
}

export function Search() {
  const id = useId();
  const year = useAtlas((s) => s.year);
  const entries = useAtlas((s) => s.searches[s.year]);
  const error = useAtlas((s) => s.searchError);
  const online = useAtlas((s) => s.basemap !== 'geen');
  const { ensureSearch, selectFound, showAddress } = useAtlas.getState();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  /** The suggestion moved to with the arrows, for the list it was chosen in (a new list starts at 0). */
  const [pointed, setPointed] = useState<{ list: unknown; index: number }>({ list: null, index: 0 });
  const { addresses, addressError } = useAddressSearch(query, online);
  /** A found address that PDOK could not place, for the query it was chosen with. */
  const [lookupError, setLookupError] = useState<{ query: string; message: string } | null>(null);
  const index = useMemo(() => (entries ? buildSearchIndex(entries, NAME_ALIASES) : null), [entries]);
  const areas = useMemo(
    () => (index && query.trim() ? searchAreas(index, query, online ? 8 : 12) : []),
    [index, query, online],
  );
  const options = useMemo<Option[]>(
    () => [
      ...areas.map((entry) => ({ kind: 'area' as const, entry })),
      ...addresses.map((hit) => ({ kind: 'address' as const, hit })),
    ],
    [areas, addresses],
  );

  const active = pointed.list === options ? pointed.index : 0;
  const setActive = (move: (a: number) => number) => setPointed({ list: options, index: move(active) });
  useEffect(() => {
    if (query) void ensureSearch();
  }, [year, query, ensureSearch]);
  const choose = (i: number) => {
    const option = options[i];
    if (!option) return;
    setOpen(false);
    if (option.kind === 'area') {
      selectFound(option.entry);
      setQuery(option.entry.naam);
      return;
    }
    setQuery(option.hit.label);
    lookupAddress(PDOK.locatieserver, option.hit.id)
      .then((place) => showAddress(place, areaAt(place.lon, place.lat)))
      .catch((e: unknown) =>
        setLookupError({ query: option.hit.label, message: e instanceof Error ? e.message : String(e) }),
      );
  };
  const listId = `${id}-list`;
  const expanded = open && options.length > 0;
  const looksLikeAddress = /\d/.test(query);
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {online ? 'Zoek een gebied, adres of postcode' : 'Zoek een gemeente, wijk of buurt'}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={online ? 'Zoek gebied, adres of postcode' : 'Zoek gemeente, wijk of buurt'}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        onFocus={() => {
          void ensureSearch();
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          }
          // Escape closes the suggestions first; only then does it close a panel (App).
          else if (e.key === 'Escape' && expanded) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <SearchPopup
        suggestions={expanded ? <Suggestions id={id} options={options} active={active} choose={choose} /> : null}
        hint={
          open && query.trim() && index && options.length === 0 && !(online && looksLikeAddress)
            ? `Geen gebied gevonden voor "${query}".${online ? '' : ` ${OFFLINE_ADDRESS}`}`
            : open && !online && looksLikeAddress && options.length > 0
              ? OFFLINE_ADDRESS
              : null
        }
        errors={[addressError ?? (lookupError?.query === query ? lookupError.message : null), error]}
      />
    </div>
  );
}
