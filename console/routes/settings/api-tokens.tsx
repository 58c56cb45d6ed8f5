import { useState } from 'preact/hooks';
import type { ApiToken, CreatedApiToken } from '../../../shared/schemas/tokens.ts';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { CopyField } from '../../components/copy-button.tsx';
import { Field } from '../../components/field.tsx';
import { Icon } from '../../components/icon.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf, type FieldErrors } from '../../lib/errors.ts';
import { useResource } from '../../lib/use-resource.ts';
import { isAdmin } from '../../state/session.ts';

function CreateTokenForm({ onCreated, onCancel }: { onCreated: (created: CreatedApiToken) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      onCreated(await api.apiTokens.create({ name }));
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }
  return (
    <form class="card card--padded form" onSubmit={submit} noValidate aria-labelledby="new-token-title">
      <h3 class="card__title" id="new-token-title">
        New API token
      </h3>
      <FormError message={error} />
      <Field label="Token name" error={errorFor(fields, 'name')} hint="Say what uses it, e.g. “Email gateway” or “CRM sync”.">
        {(control) => <input {...control} class="input" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Create token
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function TokenRow({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <li class="token-row">
      <div class="token-row__main">
        <p class="token-row__name">{token.name}</p>
        <p class="muted">
          <span class="mono">{token.prefix}…</span> · created {token.createdBy ? `by ${token.createdBy.name} ` : ''}
          <RelativeTime iso={token.createdAt} /> · {token.lastUsedAt ? <>last used <RelativeTime iso={token.lastUsedAt} /></> : 'never used'}
        </p>
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <ConfirmButton
        label="Revoke"
        question={`Revoke “${token.name}”? Anything using it stops working.`}
        confirmLabel="Revoke token"
        busy={busy}
        onConfirm={async () => {
          setBusy(true);
          setError(null);
          try {
            await api.apiTokens.revoke(token.id);
            onRevoked();
          } catch (failure) {
            setError(errorMessage(failure));
            setBusy(false);
          }
        }}
      />
    </li>
  );
}

function AdminTokens() {
  const tokens = useResource(() => api.apiTokens.list().then((page) => page.items), 'api-tokens');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const list = tokens.data ?? [];
  return (
    <>
      <div class="section-head">
        <div>
          <h2 class="section-title" id="tokens-title">
            API tokens
          </h2>
          <p class="muted">
            Integrations call the API with <span class="mono">Authorization: Bearer &lt;token&gt;</span>. A token acts for the admin who made it, with
            agent rights.
          </p>
        </div>
        {!creating && (
          <Button
            variant="primary"
            onClick={() => {
              setCreating(true);
              setSecret(null);
            }}
          >
            <Icon name="plus" size={18} />
            New token
          </Button>
        )}
      </div>
      {creating && (
        <CreateTokenForm
          onCreated={(created) => {
            tokens.set([created.token, ...list]);
            setCreating(false);
            setSecret({ name: created.token.name, value: created.secret });
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {secret && (
        <div class="card card--padded one-time">
          <Alert tone="warning" title={`Copy the token for “${secret.name}” now`}>
            This is the only time it is shown. Lantern keeps only a fingerprint of it; if you lose it, revoke it and create another.
          </Alert>
          <CopyField label="API token" value={secret.value} />
          <div class="form-actions">
            <Button size="sm" onClick={() => setSecret(null)}>
              I have copied it
            </Button>
          </div>
        </div>
      )}
      {tokens.error && !tokens.data ? (
        <ErrorState error={tokens.error} onRetry={tokens.reload} />
      ) : !tokens.data ? (
        <Loading label="Loading tokens…" />
      ) : list.length === 0 ? (
        <EmptyState title="No API tokens">Create one for each integration, so you can revoke them one by one.</EmptyState>
      ) : (
        <ul class="card token-list" aria-label="API tokens">
          {list.map((token) => (
            <TokenRow key={token.id} token={token} onRevoked={() => tokens.set(list.filter((item) => item.id !== token.id))} />
          ))}
        </ul>
      )}
    </>
  );
}

export function ApiTokensSettings() {
  return (
    <section aria-labelledby="tokens-title">
      {isAdmin.value ? (
        <AdminTokens />
      ) : (
        <>
          <h2 class="section-title" id="tokens-title">
            API tokens
          </h2>
          <EmptyState title="Only admins manage API tokens">
            Integrations use API tokens to create tickets and read data. Ask an admin if you need one.
          </EmptyState>
        </>
      )}
    </section>
  );
}
