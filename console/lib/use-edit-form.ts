import { useState } from 'preact/hooks';
import { useFlash } from './use-flash.ts';
import { useSubmit, type Submit } from './use-submit.ts';

export interface EditForm<D> extends Submit {
  /** The values as typed. */
  draft: D;
  setDraft: (draft: D) => void;
  /** The draft differs from what is saved. */
  dirty: boolean;
  /** Back to what is saved. */
  discard: () => void;
  /** For a moment after a save, to say "Saved". */
  justSaved: boolean;
}

/**
 * A form that edits something already saved (a customer, your own profile) and stays on screen:
 * the draft, whether it has changed, and a save whose answer becomes the new draft. `saved` is
 * what the server last said, as the form's values; `save` sends a draft and returns the answer
 * in the same shape.
 */
export function useEditForm<D>(saved: D, save: (draft: D) => Promise<D>): EditForm<D> {
  const [draft, setDraft] = useState<D>(saved);
  const [justSaved, setJustSaved] = useFlash<true>();
  const submit = useSubmit(
    async () => {
      setDraft(await save(draft));
      setJustSaved(true);
    },
    { staysOpen: true },
  );
  return {
    ...submit,
    draft,
    setDraft,
    dirty: JSON.stringify(draft) !== JSON.stringify(saved),
    discard: () => setDraft(saved),
    justSaved: justSaved !== null,
  };
}
