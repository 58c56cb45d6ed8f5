/** A 24-unit icon path, decorative: the button around it carries the name (panel.css sizes and strokes it). */
export function Glyph({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}
