import { useEffect, useState } from 'preact/hooks';

/** A short note ("Saved", "Status saved") that clears itself after `ms`. */
export function useFlash<T>(ms = 2500): [T | null, (value: T | null) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (value === null) return;
    const timer = setTimeout(() => setValue(null), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return [value, setValue];
}
