import { useState } from 'preact/hooks';
import type { ApiToken, CreatedApiToken } from '../../../shared/schemas/tokens.ts';
import { Alert, FormError } from '../../components/alert.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { CopyField } from '../../components/copy-button.tsx';
import { TextField } from '../../components/field.tsx';
import { Icon } from '../../components/icon.tsx';
import { SectionHeader } from '../../components/page-heading.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { isAdmin } from '../../state/session.ts';

function CreateTokenForm({ onCreated, onCancel }: { onCreated: (created: CreatedApiToken) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const form = useSubmit(async () => onCreated(await api.apiTokens.create({ name })));
  return (
    <form class="card card--padded form" onSubmit={form.onSubmit} noValidate aria-labelledby="new-token-title">
      <h3 class="card__title" id="new-token-title">
        New API token
      </h3>
      <FormError message={form.error} />
      <TextField
        label="Token name"
        error={form.errorFor('name')}
        hint="Say what uses it, e.g. “Email gateway” or “CRM sync”."
        value={name}
        onValue={setName}
      />
      <SubmitCancel label="Create token" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

function TokenRow({ token, onRevoked }: { token: ApiToken; onRevoked: () => void }) {
  const revoke = useSubmit(async () => {
    await api.apiTokens.revoke(token.id);
    onRevoked();
  });
  return (
    <li class="token-row">
      <div class="token-row__main">
        <p class="token-row__name">{token.name}</p>
        <p class="muted">
          <span class="mono">{token.prefix}…</span> · created {token.createdBy ? `by ${token.createdBy.name} ` : ''}
          <RelativeTime iso={token.createdAt} /> · {token.lastUsedAt ? <>last used <RelativeTime iso={token.lastUsedAt} /></> : 'never used'}
        </p>
        {revoke.error && <Alert tone="error">{revoke.error}</Alert>}
      </div>
      <ConfirmButton
        label="Revoke"
        question={`Revoke “${token.name}”? Anything using it stops working.`}
        confirmLabel="Revoke token"
        busy={revoke.busy}
        onConfirm={revoke.run}
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
      <SectionHeader
        id="tokens-title"
        title="API tokens"
        description={
          <>
            Integrations call the API with <span class="mono">Authorization: Bearer &lt;token&gt;</span>. A token acts for the admin who made it,
            with agent rights.
          </>
        }
        actions={
          !creating && (
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
          )
        }
      />
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
      <ResourceView resource={tokens} loadingLabel="Loading tokens…">
        {(loaded) =>
          loaded.length === 0 ? (
            <EmptyState title="No API tokens">Create one for each integration, so you can revoke them one by one.</EmptyState>
          ) : (
            <ul class="card token-list" aria-label="API tokens">
              {loaded.map((token) => (
                <TokenRow key={token.id} token={token} onRevoked={() => tokens.set(loaded.filter((item) => item.id !== token.id))} />
              ))}
            </ul>
          )
        }
      </ResourceView>
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
