import { useState } from 'preact/hooks';
import type { DiffLine, RevisionDiff } from '../../../shared/schemas/knowledge.ts';
import { Button } from '../../components/button.tsx';

const context = 3;
const signs: Record<DiffLine['kind'], string> = { same: ' ', added: '+', removed: '−' };
const spoken: Record<DiffLine['kind'], string> = { same: '', added: 'Added: ', removed: 'Removed: ' };

interface NumberedLine extends DiffLine {
  old: number | null;
  new: number | null;
}

type Chunk = { kind: 'lines'; lines: NumberedLine[] } | { kind: 'fold'; lines: NumberedLine[] };

/** Line numbers on both sides, and long runs of unchanged lines folded away around the changes. */
function chunksOf(lines: DiffLine[]): Chunk[] {
  let oldNumber = 0;
  let newNumber = 0;
  const numbered = lines.map((line): NumberedLine => {
    if (line.kind !== 'added') oldNumber += 1;
    if (line.kind !== 'removed') newNumber += 1;
    return { ...line, old: line.kind === 'added' ? null : oldNumber, new: line.kind === 'removed' ? null : newNumber };
  });
  const chunks: Chunk[] = [];
  let index = 0;
  while (index < numbered.length) {
    let end = index;
    while (end < numbered.length && numbered[end]?.kind === 'same') end += 1;
    const run = numbered.slice(index, end);
    const keepBefore = index === 0 ? 0 : context;
    const keepAfter = end === numbered.length ? 0 : context;
    // Folding fewer than four lines saves nothing: the button takes a line too.
    if (run.length - keepBefore - keepAfter >= 4) {
      chunks.push({ kind: 'lines', lines: run.slice(0, keepBefore) });
      chunks.push({ kind: 'fold', lines: run.slice(keepBefore, run.length - keepAfter) });
      chunks.push({ kind: 'lines', lines: run.slice(run.length - keepAfter) });
    } else if (run.length > 0) {
      chunks.push({ kind: 'lines', lines: run });
    }
    let changeEnd = end;
    while (changeEnd < numbered.length && numbered[changeEnd]?.kind !== 'same') changeEnd += 1;
    if (changeEnd > end) chunks.push({ kind: 'lines', lines: numbered.slice(end, changeEnd) });
    index = changeEnd;
  }
  return chunks;
}

function Line({ line }: { line: NumberedLine }) {
  return (
    <li class={`diff__line diff__line--${line.kind}`} data-kind={line.kind}>
      <span class="diff__number" aria-hidden="true">
        {line.old ?? ''}
      </span>
      <span class="diff__number" aria-hidden="true">
        {line.new ?? ''}
      </span>
      <span class="diff__sign" aria-hidden="true">
        {signs[line.kind]}
      </span>
      <code class="diff__text">
        {spoken[line.kind] && <span class="visually-hidden">{spoken[line.kind]}</span>}
        {line.text || '\u00a0'}
      </code>
    </li>
  );
}

function Fold({ lines }: { lines: NumberedLine[] }) {
  const [open, setOpen] = useState(false);
  if (open) return <>{lines.map((line, index) => <Line key={index} line={line} />)}</>;
  return (
    <li class="diff__fold">
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        Show {lines.length} unchanged lines
      </Button>
    </li>
  );
}

/** What changed between two versions: the title, the tags, and the markdown line by line. */
export function DiffView({ diff }: { diff: RevisionDiff }) {
  const changed = diff.lines.some((line) => line.kind !== 'same');
  const titleChanged = diff.title.from !== diff.title.to;
  const tagsChanged = diff.tags.added.length > 0 || diff.tags.removed.length > 0;
  return (
    <div class="diff" aria-label={`Changes from version ${diff.from} to version ${diff.to}`} role="group">
      {(titleChanged || tagsChanged) && (
        <dl class="diff__fields">
          {titleChanged && (
            <div>
              <dt>Title</dt>
              <dd>
                <del class="diff__removed">{diff.title.from}</del> <span aria-hidden="true">→</span>
                <span class="visually-hidden">changed to</span> <ins class="diff__added">{diff.title.to}</ins>
              </dd>
            </div>
          )}
          {tagsChanged && (
            <div>
              <dt>Tags</dt>
              <dd class="diff__tags">
                {diff.tags.added.map((tag) => (
                  <ins key={`+${tag}`} class="tag diff__added">
                    + {tag}
                  </ins>
                ))}
                {diff.tags.removed.map((tag) => (
                  <del key={`-${tag}`} class="tag diff__removed">
                    − {tag}
                  </del>
                ))}
              </dd>
            </div>
          )}
        </dl>
      )}
      {changed ? (
        <ol class="diff__lines" aria-label="Content">
          {chunksOf(diff.lines).map((chunk, index) =>
            chunk.kind === 'fold' ? <Fold key={index} lines={chunk.lines} /> : chunk.lines.map((line) => <Line key={`${index}:${line.old}:${line.new}`} line={line} />),
          )}
        </ol>
      ) : (
        <p class="muted">The text is the same in both versions.</p>
      )}
    </div>
  );
}
