import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/sites.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Icon } from '../../components/icon.tsx';
import { EmptyState, ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { positionLabels } from '../../lib/labels.ts';
import { useResource } from '../../lib/use-resource.ts';
import { isAdmin } from '../../state/session.ts';
import { EmbedSnippet } from './embed-snippet.tsx';
import { SiteForm } from './site-form.tsx';

function SiteCard({ site, onChanged, onDeleted }: { site: Site; onChanged: (site: Site) => void; onDeleted: () => void }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const admin = isAdmin.value;

  return (
    <article class="card card--padded site-card" aria-labelledby={`site-${site.id}`}>
      <header class="site-card__head">
        <span class="site-card__swatch" style={{ background: site.themeColor }} aria-hidden="true" />
        <div class="site-card__title">
          <h3 id={`site-${site.id}`}>{site.name}</h3>
          <p class="muted mono">{site.publicKey}</p>
        </div>
        {admin && !editing && (
          <div class="site-card__actions">
            <Button size="sm" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <ConfirmButton
              label="Delete"
              question={`Delete ${site.name}? Its widget stops working.`}
              confirmLabel="Delete site"
              busy={deleting}
              onConfirm={async () => {
                setDeleting(true);
                setError(null);
                try {
                  await api.sites.remove(site.id);
                  onDeleted();
                } catch (failure) {
                  setError(errorMessage(failure));
                  setDeleting(false);
                }
              }}
            />
          </div>
        )}
      </header>
      {error && <Alert tone="error">{error}</Alert>}
      {editing ? (
        <SiteForm
          site={site}
          onSaved={(saved) => {
            onChanged(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl class="facts">
          <div>
            <dt>Allowed origins</dt>
            <dd>
              {site.allowedOrigins.length ? (
                <ul class="plain-list mono">
                  {site.allowedOrigins.map((origin) => (
                    <li key={origin}>{origin}</li>
                  ))}
                </ul>
              ) : (
                <span class="muted">None yet: the widget will not load anywhere.</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Greeting</dt>
            <dd>{site.greeting || <span class="muted">None</span>}</dd>
          </div>
          <div>
            <dt>Look</dt>
            <dd>
              <span class="mono">{site.themeColor}</span> · {positionLabels[site.position]}
            </dd>
          </div>
        </dl>
      )}
      <EmbedSnippet site={site} />
    </article>
  );
}

export function SitesSettings() {
  const sites = useResource(() => api.sites.list().then((page) => page.items), 'sites');
  const [creating, setCreating] = useState(false);
  const admin = isAdmin.value;
  const list = sites.data ?? [];

  return (
    <section aria-labelledby="sites-title">
      <div class="section-head">
        <div>
          <h2 class="section-title" id="sites-title">
            Sites
          </h2>
          <p class="muted">Each website with the chat widget is a site. Paste its embed code before the closing &lt;/body&gt; tag.</p>
        </div>
        {admin && !creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={18} />
            New site
          </Button>
        )}
      </div>
      {creating && (
        <div class="card card--padded">
          <h3 class="card__title">New site</h3>
          <SiteForm
            onSaved={(site) => {
              sites.set([...list, site]);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </div>
      )}
      {sites.error && !sites.data ? (
        <ErrorState error={sites.error} onRetry={sites.reload} />
      ) : !sites.data ? (
        <Loading label="Loading sites…" />
      ) : list.length === 0 ? (
        <EmptyState title="No sites yet">{admin ? 'Add a site to get its embed code.' : 'An admin can add one.'}</EmptyState>
      ) : (
        <div class="stack">
          {list.map((site) => (
            <SiteCard
              key={site.id}
              site={site}
              onChanged={(saved) => sites.set(list.map((item) => (item.id === saved.id ? saved : item)))}
              onDeleted={() => sites.set(list.filter((item) => item.id !== site.id))}
            />
          ))}
        </div>
      )}
    </section>
  );
}
