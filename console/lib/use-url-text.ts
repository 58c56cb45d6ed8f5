import { useEffect, useRef, useState } from 'preact/hooks';
import { currentQuery, navigate, withQuery } from './router.ts';
import { useDebounced } from './use-debounced.ts';

/**
 * A text box mirrored into one query parameter (a search, a tag filter): typing updates the URL
 * once the user pauses, and the back button or a link puts the URL's value back in the box.
 */
export function useUrlText(param: string, ms = 300): [string, (value: string) => void] {
  const urlValue = currentQuery.value.get(param) ?? '';
  const [text, setText] = useState(urlValue);
  const settled = useDebounced(text, ms);
  const lastWritten = useRef(urlValue);

  useEffect(() => {
    if (urlValue !== lastWritten.current) {
      lastWritten.current = urlValue;
      setText(urlValue);
    }
  }, [urlValue]);

  useEffect(() => {
    const value = settled.trim();
    if (settled === text && value !== lastWritten.current) {
      lastWritten.current = value;
      navigate(withQuery({ [param]: value }), { replace: true });
    }
    // Only a settled value writes the URL; `text` is read to skip a settle that typing overtook.
  }, [settled]);

  return [text, setText];
}
