import { useEffect, useRef, useState } from 'preact/hooks';
import { suggestKnowledge } from '../../shared/api/widget.ts';
import type { Nav } from './router.tsx';

const listboxId = 'lantern-suggestions';
const optionId = (index: number) => `lantern-suggestion-${index}`;
// Fast typists send one request per pause, not per key; short enough to feel instant.
const debounceMs = 150;

/** A completion of the words typed (runs a search) or an article whose title fits (opens it). */
type Option = { query: string } | { title: string; slug: string };

/**
 * The search field with autocomplete, following the ARIA combobox pattern (list autocomplete,
 * manual selection): typing shows suggestions in a listbox, ↓/↑ move through them while focus
 * stays in the field (aria-activedescendant), Enter picks the highlighted one or searches for
 * what was typed, Escape closes the list (and, with the list closed, the panel, as everywhere).
 */
export function SearchBox({ initial, nav }: { initial: string; nav: Nav }) {
  const [text, setText] = useState(initial);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && options.length > 0 && text.trim() !== '';
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const q = text.trim();
    // Only while the visitor types: not for the text a search view starts with, nor a picked completion.
    if (!open || !q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      suggestKnowledge(nav.at, q, nav.locale, controller.signal).then(
        ({ queries, articles }) => {
          setOptions([...queries.map((query) => ({ query })), ...articles.map(({ title, slug }) => ({ title, slug }))]);
          setActive(-1);
        },
        () => undefined, // suggestions are a nicety: a failure keeps the field working without them
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]); // `open` is read, not watched: closing the list must not fetch

  // Keep the highlighted option visible when the list scrolls.
  useEffect(() => {
    list.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const search = (q: string) => {
    setOpen(false);
    setOptions([]);
    if (q.trim()) nav.go({ name: 'search', q: q.trim() });
  };

  const pick = (option: Option) => {
    if ('query' in option) {
      setText(option.query);
      search(option.query);
    } else {
      setOpen(false);
      setOptions([]);
      nav.go({ name: 'article', locale: nav.locale, slug: option.slug });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault(); // not the caret to the start or end
        const down = event.key === 'ArrowDown';
        setOpen(true);
        // Wraps around; from nothing highlighted (or a closed list) ↓ starts at the top, ↑ at the bottom.
        setActive(!expanded || active < 0 ? (down ? 0 : count - 1) : (active + (down ? 1 : count - 1)) % count);
        return;
      }
      case 'Enter': {
        const option = expanded ? options[active] : undefined;
        if (!option) return; // the form submits: a search for what was typed
        event.preventDefault();
        pick(option);
        return;
      }
      case 'Escape':
        if (!expanded) return; // the panel's own Escape closes it
        event.stopPropagation();
        event.preventDefault(); // Chrome would also clear a search field
        setOpen(false);
    }
  };

  return (
    <form
      class="search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        search(text);
      }}
    >
      <input
        type="search"
        role="combobox"
        aria-label="Search help articles"
        placeholder="Search help articles"
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul ref={list} id={listboxId} role="listbox" aria-label="Suggestions" class="suggestions" hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={index}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            class={'query' in option ? 'option' : 'option article'}
            // mousedown would blur the field and close the list before the click lands
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
          >
            {'query' in option ? option.query : option.title}
          </li>
        ))}
      </ul>
    </form>
  );
}
