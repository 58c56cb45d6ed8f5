import { useState } from 'preact/hooks';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { parseTags } from '../../lib/format.ts';

/** Tags as removable chips plus a box to add more (commas add several at once). */
export function TagEditor({ tags, onChange, busy }: { tags: string[]; onChange: (tags: string[]) => void; busy: boolean }) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const added = parseTags(draft).map((tag) => tag.toLowerCase());
    if (added.length === 0) return;
    onChange([...new Set([...tags, ...added])]);
    setDraft('');
  };
  return (
    <div class="tag-editor">
      {tags.length > 0 ? (
        <ul class="tag-editor__list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} class="tag tag--removable">
              {tag}
              <button
                type="button"
                class="tag__remove"
                aria-label={`Remove tag ${tag}`}
                disabled={busy}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                <Icon name="close" size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No tags</p>
      )}
      <div class="inline-input">
        <label class="visually-hidden" for="add-tag">
          Add tag
        </label>
        <input
          id="add-tag"
          class="input input--sm"
          placeholder="Add a tag"
          autoComplete="off"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <Button size="sm" onClick={add} disabled={busy || draft.trim() === ''}>
          Add
        </Button>
      </div>
    </div>
  );
}
