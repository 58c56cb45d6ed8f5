import { initials } from '../lib/format.ts';

/** Initials in a circle; the colour is picked from the name so a person keeps theirs everywhere. */
const palette = ['#4f46e5', '#0891b2', '#059669', '#d97706', '#db2777', '#7c3aed', '#2563eb', '#dc2626'];

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? '#4f46e5';
}

export function Avatar({ name, size = 32 }: { name: string; size?: number }) {
  return (
    <span
      class="avatar"
      aria-hidden="true"
      style={{ width: `${size}px`, height: `${size}px`, fontSize: `${Math.round(size * 0.4)}px`, background: colourFor(name) }}
    >
      {initials(name)}
    </span>
  );
}
