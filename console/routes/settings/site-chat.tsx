import { useState } from 'preact/hooks';
import type { Site, WidgetMode } from '../../../shared/schemas/sites.ts';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { CopyButton, CopyField } from '../../components/copy-button.tsx';
import { EnumOptions, SelectField } from '../../components/field.tsx';
import { SaveActions } from '../../components/form-actions.tsx';
import { Icon } from '../../components/icon.tsx';
import { api } from '../../lib/api.ts';
import { widgetModeLabels } from '../../lib/labels.ts';
import { useEditForm } from '../../lib/use-edit-form.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { isAdmin } from '../../state/session.ts';

/** How a site owner's backend signs a user for `Lantern.identify()`; the secret stays on their server. */
const signingSamples = [
  {
    label: 'Node.js',
    code: "const hash = require('node:crypto').createHmac('sha256', process.env.LANTERN_IDENTITY_SECRET).update(String(user.id)).digest('hex');",
  },
  { label: 'PHP', code: "$hash = hash_hmac('sha256', (string) $user->id, getenv('LANTERN_IDENTITY_SECRET'));" },
  {
    label: 'In your page, once the user is signed in',
    code: "Lantern.identify({ id: '42', email: 'ada@example.com', name: 'Ada Lovelace', hash: '<hash from your server>' });",
  },
];

function WidgetModeForm({ site, onChanged }: { site: Site; onChanged: (site: Site) => void }) {
  const edit = useEditForm<WidgetMode>(site.widgetMode, async (widgetMode) => {
    const saved = await api.sites.update(site.id, { widgetMode });
    onChanged(saved);
    return saved.widgetMode;
  });
  return (
    <form class="form site-chat__mode" onSubmit={edit.onSubmit} noValidate aria-label={`Widget mode of ${site.name}`}>
      <FormError message={edit.error} extra={edit.unclaimed(['widgetMode'])} />
      <SelectField
        label="The widget shows"
        error={edit.errorFor('widgetMode')}
        hint="Chat only hides help articles; help only hides chat. A page can also choose with data-mode on the script tag."
        value={edit.draft}
        onValue={edit.setDraft}
      >
        <EnumOptions labels={widgetModeLabels} />
      </SelectField>
      <SaveActions edit={edit} />
    </form>
  );
}

/** The secret, hidden until asked for: it is often on screen while someone shares it or records a demo. */
function IdentitySecret({ site, onChanged }: { site: Site & { identitySecret: string }; onChanged: (site: Site) => void }) {
  const [revealed, setRevealed] = useState(false);
  const [rotated, setRotated] = useState(false);
  const rotation = useSubmit(
    async () => {
      onChanged(await api.sites.rotateIdentitySecret(site.id));
      setRotated(true);
    },
    { staysOpen: true },
  );
  const secret = site.identitySecret;
  const label = `Identity secret of ${site.name}`;
  return (
    <div class="secret-field">
      <div class="copy-field__head">
        <span class="copy-field__label" id={`secret-${site.id}`}>
          Identity secret
        </span>
        <div class="secret-field__actions">
          <Button size="sm" aria-pressed={revealed ? 'true' : 'false'} onClick={() => setRevealed(!revealed)}>
            <Icon name="eye" size={16} />
            {revealed ? 'Hide' : 'Reveal'}
          </Button>
          <CopyButton text={secret} label="Copy secret" />
          <ConfirmButton
            label="Rotate"
            question="Make a new secret? Hashes signed with the current one stop working until your server uses the new one."
            confirmLabel="Rotate secret"
            busy={rotation.busy}
            onConfirm={async () => {
              setRotated(false);
              await rotation.run();
            }}
          />
        </div>
      </div>
      <code class="secret-field__value" aria-label={label} aria-describedby={`secret-${site.id}`} data-revealed={revealed ? 'true' : 'false'}>
        {revealed ? secret : `${'•'.repeat(24)}${secret.slice(-4)}`}
      </code>
      {rotation.error && <Alert tone="error">{rotation.error}</Alert>}
      {rotated && (
        <Alert tone="success" title="New secret made">
          Put it on your server now: visitors signed with the old one are treated as anonymous until then.
        </Alert>
      )}
    </div>
  );
}

/** A site's chat settings: which panels its widget shows, the full-page chat link, and identity verification. */
export function SiteChatSettings({ site, onChanged }: { site: Site; onChanged: (site: Site) => void }) {
  const admin = isAdmin.value;
  const headingId = `site-chat-${site.id}`;
  return (
    <section class="site-chat" aria-labelledby={headingId}>
      <h4 class="site-chat__title" id={headingId}>
        Chat
      </h4>
      {admin ? (
        <WidgetModeForm site={site} onChanged={onChanged} />
      ) : (
        <p>
          The widget shows: <strong>{widgetModeLabels[site.widgetMode]}</strong>
        </p>
      )}
      <CopyField label={`Full-page chat link for ${site.name}`} value={`${window.location.origin}/chat/${site.publicKey}`} />
      <div class="site-chat__identity">
        <h5 class="site-chat__subtitle">Identity verification</h5>
        <p class="muted">
          Call <span class="mono">Lantern.identify()</span> with a hash your server makes from the user's id and this site's secret: signed-in
          customers then keep their chats on every device, and nobody can pose as them. Keep the secret on your server, never in page code.
        </p>
        {admin && site.identitySecret !== undefined ? (
          <>
            <IdentitySecret site={{ ...site, identitySecret: site.identitySecret }} onChanged={onChanged} />
            <details class="code-samples">
              <summary>How to sign identify() on your server</summary>
              {signingSamples.map((sample) => (
                <div key={sample.label} class="code-samples__item">
                  <p class="code-samples__label">{sample.label}</p>
                  <pre class="copy-field__value">
                    <code>{sample.code}</code>
                  </pre>
                </div>
              ))}
            </details>
          </>
        ) : (
          <p class="muted">Only admins can see the secret.</p>
        )}
      </div>
    </section>
  );
}
