import { useState } from 'preact/hooks';
import { cannedLimits, cannedShortcutPattern, cannedVariables, expandCannedResponse, normalizeCannedShortcut } from '../../../shared/chat/canned.ts';
import type { CannedResponse } from '../../../shared/schemas/canned.ts';
import { FormError } from '../../components/alert.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { Field, TextField } from '../../components/field.tsx';
import { api } from '../../lib/api.ts';
import type { FieldErrors } from '../../lib/errors.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { currentAgent } from '../../state/session.ts';

const cannedFields = ['shortcut', 'title', 'body'];

/** The preview fills variables with a made-up customer, so a typo like {{customer.nmae}} stands out. */
const previewCustomer = { name: 'Jamie Rivera', email: 'jamie@example.com' };

interface CannedResponseFormProps {
  /** Absent: a new response. */
  response?: CannedResponse;
  onSaved: (response: CannedResponse) => void;
  onCancel: () => void;
}

/**
 * Create or edit a canned response. The browser checks what it can (the server says the same, and
 * has the last word, e.g. on a shortcut someone else just took).
 */
export function CannedResponseForm({ response, onSaved, onCancel }: CannedResponseFormProps) {
  const [shortcut, setShortcut] = useState(response ? `/${response.shortcut}` : '/');
  const [title, setTitle] = useState(response?.title ?? '');
  const [body, setBody] = useState(response?.body ?? '');

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    const normalized = normalizeCannedShortcut(shortcut);
    if (!normalized) problems.shortcut = 'is required';
    else if (!cannedShortcutPattern.test(normalized)) {
      problems.shortcut =
        normalized.length > cannedLimits.shortcut
          ? `must be at most ${cannedLimits.shortcut} characters`
          : 'may hold only lowercase letters, digits, - and _';
    }
    if (!title.trim()) problems.title = 'is required';
    if (!body.trim()) problems.body = 'is required';
    else if (body.trim().length > cannedLimits.body) problems.body = `must be at most ${cannedLimits.body} characters`;
    return problems;
  };

  const form = useSubmit(
    async () => {
      const input = { shortcut: normalizeCannedShortcut(shortcut), title, body };
      onSaved(response ? await api.cannedResponses.update(response.id, input) : await api.cannedResponses.create(input));
    },
    { validate },
  );
  const preview = expandCannedResponse(body, { customer: previewCustomer, agent: currentAgent.value, site: { name: 'Your site' } });
  const label = response ? `Edit /${response.shortcut}` : 'New canned response';

  return (
    <form class="form canned-form" onSubmit={form.onSubmit} noValidate aria-label={label}>
      <FormError message={form.error} extra={form.unclaimed(cannedFields)} />
      <div class="form-grid">
        <Field label="Shortcut" error={form.errorFor('shortcut')} hint="Typed in a chat, e.g. /refund: lowercase letters, digits, - and _.">
          {(control) => (
            <input
              {...control}
              class="input mono"
              autoComplete="off"
              spellcheck={false}
              maxLength={cannedLimits.shortcut + 1}
              value={shortcut}
              onInput={(event) => setShortcut(event.currentTarget.value)}
            />
          )}
        </Field>
        <TextField label="Title" error={form.errorFor('title')} maxLength={cannedLimits.title} value={title} onValue={setTitle} />
      </div>
      <Field
        label="Message"
        error={form.errorFor('body')}
        hint={
          <>
            {body.length.toLocaleString()} / {cannedLimits.body.toLocaleString()} characters. Variables:{' '}
            {cannedVariables.map((name, index) => (
              <span key={name}>
                {index > 0 && ', '}
                <code>{`{{${name}}}`}</code>
              </span>
            ))}
            . Give a fallback for empty values: <code>{'{{customer.first_name | there}}'}</code>.
          </>
        }
      >
        {(control) => (
          <textarea {...control} class="textarea" rows={5} value={body} onInput={(event) => setBody(event.currentTarget.value)} />
        )}
      </Field>
      {body.trim() && (
        <div class="canned-preview">
          <p class="canned-preview__label">Preview (for a customer named {previewCustomer.name})</p>
          <p class="canned-preview__text">{preview}</p>
        </div>
      )}
      <SubmitCancel label={response ? 'Save response' : 'Create response'} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
