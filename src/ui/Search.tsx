// Name search as an ARIA combobox: arrows move through suggestions, Enter chooses, Escape closes.
import { useEffect, useId, useMemo, useState } from 'react';
import { LEVEL_LABELS } from '../atlas/geography';
import { buildSearchIndex, searchAreas } from '../atlas/search';
import { useAtlas } from '../state/useAtlas';

export function Search() {
  const id = useId();
  const year = useAtlas((s) => s.year);
  const entries = useAtlas((s) => s.searches[s.year]);
  const error = useAtlas((s) => s.searchError);
  const { ensureSearch, selectFound } = useAtlas.getState();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const index = useMemo(() => (entries ? buildSearchIndex(entries) : null), [entries]);
  const results = useMemo(() => (index && query.trim() ? searchAreas(index, query, 12) : []), [index, query]);

  useEffect(() => { setActive(0); }, [results]);
  useEffect(() => { if (query) void ensureSearch(); }, [year, query, ensureSearch]);

  const choose = (i: number) => {
    const entry = results[i];
    if (!entry) return;
    selectFound(entry);
    setQuery(entry.naam);
    setOpen(false);
  };
  const listId = `${id}-list`;
  const expanded = open && results.length > 0;
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">Zoek een gemeente, wijk of buurt</label>
      <input
        id={`${id}-input`} type="search" role="combobox" autoComplete="off" placeholder="Zoek gemeente, wijk of buurt"
        aria-expanded={expanded} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        onFocus={() => { void ensureSearch(); setOpen(true); }}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, results.length - 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === 'Enter') { e.preventDefault(); choose(active); }
          else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {expanded ? (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Zoekresultaten">
          {results.map((r, i) => (
            <li
              key={r.code} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => { e.preventDefault(); choose(i); }}
            >
              <span className="s-name">{r.naam}</span>
              <span className="s-context">{LEVEL_LABELS[r.level].one}{r.context ? `, ${r.context}` : ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {open && query.trim() && index && results.length === 0 ? <p className="search-empty" role="status">Geen gebied gevonden voor "{query}".</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
