export interface Column {
  label: string;
  /** Shown on wide screens only (its content folds under the first column on phones). */
  wide?: boolean;
  numeric?: boolean;
  /** For screen readers only (an actions column). */
  hidden?: boolean;
}

/** A table's caption (for screen readers) and its column headings; `false` leaves a column out. */
export function TableHead({ caption, columns }: { caption: string; columns: Array<Column | false> }) {
  return (
    <>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns
            .filter((column): column is Column => column !== false)
            .map((column) => (
              <th scope="col" key={column.label} class={[column.wide ? 'wide-only' : '', column.numeric ? 'numeric' : ''].filter(Boolean).join(' ') || undefined}>
                {column.hidden ? <span class="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
        </tr>
      </thead>
    </>
  );
}
