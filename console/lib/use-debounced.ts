import { useEffect, useState } from 'preact/hooks';

/** The value, once it has stopped changing for `ms`: keeps search boxes from firing per keystroke. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
