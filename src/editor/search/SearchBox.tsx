/** Finds an item by name: type, pick with the arrow keys and Enter (or a click); the canvas selects and centres it. */
import { useId, useState, type Ref } from 'react';
import { useDesignStoreApi } from '../../store/designStoreContext.ts';
import { SearchIcon } from '../icons.tsx';
import { findNodes, KIND_WORD } from './findNodes.ts';

export function SearchBox({ onPick, ref }: { onPick: (id: string) => void; ref?: Ref<HTMLInputElement> }) {
  const store = useDesignStoreApi();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  // read on each keystroke rather than subscribed: the box needs the names only while it is used
  const matches = query ? findNodes(store.getState().design?.nodes ?? [], query) : [];
  const open = matches.length > 0;
  const pick = (id: string) => {
    onPick(id);
    setQuery('');
    setActive(0);
  };
  return (
    <div className="relative">
      <span className="pointer-events-none absolute top-1/2 left-2 -translate-y-1/2 text-slate-400">
        <SearchIcon />
      </span>
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label="Find an item by name"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined}
        placeholder="Find by name…"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && open) pick(matches[Math.min(active, matches.length - 1)]!.id);
          else if (e.key === 'Escape') {
            setQuery('');
            e.currentTarget.blur();
          } else return;
          e.preventDefault();
        }}
        className="h-7 w-52 rounded-md border border-slate-300 bg-white pr-2 pl-7 text-xs text-slate-900 placeholder:text-slate-400 focus:border-sky-500 focus:ring-2 focus:ring-sky-200 focus:outline-none"
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Matching items" className="absolute top-8 right-0 z-30 w-72 overflow-hidden rounded-md border border-slate-200 bg-white py-1 text-xs shadow-lg">
          {matches.map((n, i) => (
            <li
              key={n.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(n.id);
              }}
              onMouseEnter={() => setActive(i)}
              className={`flex cursor-pointer items-baseline justify-between gap-2 px-3 py-1.5 ${i === active ? 'bg-sky-50 text-sky-900' : 'text-slate-700'}`}
            >
              <span className="truncate font-medium">{n.name}</span>
              <span className="shrink-0 text-[10px] text-slate-400 uppercase">{KIND_WORD[n.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
