import type { ChatListItem } from '../../../shared/schemas/chat.ts';
import { Button } from '../../components/button.tsx';
import { ExportLinks } from './history-export.tsx';

/**
 * How many ticked chats one download takes. Their ids travel in the export's URL (37 characters
 * each), and proxies commonly refuse request lines over 8 KB (Node over 16 KB): 100 stays well
 * inside. For more, export by the filters.
 */
const selectionLimit = 100;

/** The set with `ids` ticked (`on`) or unticked. */
export function toggled(set: ReadonlySet<string>, ids: readonly string[], on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

interface SelectionBarProps {
  /** The rows listed now (more arrive with "Load more"). */
  chats: ChatListItem[];
  selected: ReadonlySet<string>;
  onChange: (selected: ReadonlySet<string>) => void;
}

/** "Select all listed", and once something is ticked: export the ticked chats, or clear the ticks. */
export function SelectionBar({ chats, selected, onChange }: SelectionBarProps) {
  if (!chats.length) return null;
  const all = chats.every((chat) => selected.has(chat.id));
  const count = selected.size;
  return (
    <span class="history-selection">
      <label class="history-selection__all">
        <input
          type="checkbox"
          checked={all}
          indeterminate={count > 0 && !all}
          onChange={(event) => onChange(toggled(selected, chats.map((chat) => chat.id), event.currentTarget.checked))}
        />
        Select all listed
      </label>
      {count > 0 &&
        (count <= selectionLimit ? (
          <ExportLinks id="history-export-selected" label={`Export selected (${count})`} query={{ ids: [...selected].join(',') }} />
        ) : (
          <span class="history-export__label" role="status">
            {count} ticked: export at most {selectionLimit} together, or use the filters
          </span>
        ))}
      {count > 0 && (
        <Button size="sm" variant="ghost" onClick={() => onChange(new Set())}>
          Clear selection
        </Button>
      )}
    </span>
  );
}
