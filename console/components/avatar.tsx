import { useEffect, useState } from 'preact/hooks';
import { initials } from '../lib/format.ts';

/** Initials in a circle; the colour is picked from the name so a person keeps theirs everywhere. */
const palette = ['#4f46e5', '#0891b2', '#059669', '#d97706', '#db2777', '#7c3aed', '#2563eb', '#dc2626'];

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? '#4f46e5';
}

/**
 * The person's picture when they have set one, their initials otherwise (also when the picture
 * cannot be loaded: a dead link, or an address the page's security policy does not allow).
 */
export function Avatar({ name, src, size = 32 }: { name: string; src?: string | null | undefined; size?: number }) {
  const [broken, setBroken] = useState(false);
  useEffect(() => setBroken(false), [src]);
  const box = { width: `${size}px`, height: `${size}px` };
  if (src && !broken) {
    return <img class="avatar avatar--image" src={src} alt="" aria-hidden="true" style={box} onError={() => setBroken(true)} />;
  }
  return (
    <span class="avatar" aria-hidden="true" style={{ ...box, fontSize: `${Math.round(size * 0.4)}px`, background: colourFor(name) }}>
      {initials(name)}
    </span>
  );
}
