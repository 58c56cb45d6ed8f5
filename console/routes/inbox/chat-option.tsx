import type { ComponentChildren } from 'preact';

interface ChatOptionProps {
  id: string;
  /** The one the arrow keys are on (aria-activedescendant of the text box). */
  active: boolean;
  onPick: () => void;
  title: ComponentChildren;
  detail: ComponentChildren;
}

/**
 * One choice in the composer's pop-up lists (canned responses, articles). Picking it with the
 * mouse must not take the focus from the text box, where typing goes on.
 */
export function ChatOption({ id, active, onPick, title, detail }: ChatOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active ? 'true' : 'false'}
      class={`chat-option${active ? ' chat-option--active' : ''}`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span class="chat-option__title">{title}</span>
      <span class="chat-option__detail">{detail}</span>
    </li>
  );
}
