// Search with autocomplete over labels and aliases (graph/view/search.ts). A searchbox with a listbox
// of suggestions: arrows move, Enter chooses, Escape closes.
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { search, type SearchIndex, type SearchResult } from "../../graph/view/search.ts";

export function SearchBox(props: {
  index: SearchIndex;
  label: string;
  placeholder?: string;
  onChoose: (result: SearchResult) => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  exclude?: ReadonlySet<string>;
  colorOf: (node: string) => string;
}) {
  const { index, label, onChoose, exclude, inputRef, className, placeholder, colorOf } = props;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(
    () =>
      search(index, query, 12)
        .filter((r) => !exclude?.has(r.node))
        .slice(0, 8),
    [index, query, exclude],
  );
  const expanded = open && query.trim() !== "";

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    onChoose(result);
    setQuery("");
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, results.length - 1)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === "Escape") {
      if (query) {
        event.stopPropagation();
        setQuery("");
        setOpen(false);
      } else {
        event.currentTarget.blur();
      }
    }
  };

  return (
    <div className={`search ${className ?? ""}`}>
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="suggestions"
        hidden={!expanded}
      >
        {expanded && results.length === 0 && <li className="suggestion empty">No match</li>}
        {expanded &&
          results.map((result, i) => (
            <li
              key={result.node}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="suggestion"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(result);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="dot" style={{ background: colorOf(result.node) }} aria-hidden="true" />
              <span className="suggestion-label">{result.label}</span>
              {result.alias && <span className="suggestion-alias">“{result.alias}”</span>}
              <span className="suggestion-kind">{result.category}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
