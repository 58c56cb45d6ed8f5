import { useState } from 'preact/hooks';
import type { Site } from '../../../shared/schemas/sites.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Icon } from '../../components/icon.tsx';
import { SectionHeader } from '../../components/page-heading.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { positionLabels } from '../../lib/labels.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { isAdmin } from '../../state/session.ts';
import { EmbedSnippet } from './embed-snippet.tsx';
import { SiteChatSettings } from './site-chat.tsx';
import { SiteForm } from './site-form.tsx';

function SiteCard({ site, onChanged, onDeleted }: { site: Site; onChanged: (site: Site) => void; onDeleted: () => void }) {
  const [editing, setEditing] = useState(false);
  const removal = useSubmit(async () => {
    await api.sites.remove(site.id);
    onDeleted();
  });
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
              busy={removal.busy}
              onConfirm={removal.run}
            />
          </div>
        )}
      </header>
      {removal.error && <Alert tone="error">{removal.error}</Alert>}
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
      {!editing && <SiteChatSettings site={site} onChanged={onChanged} />}
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
      <SectionHeader
        id="sites-title"
        title="Sites"
        description="Each website with the chat widget is a site. Paste its embed code before the closing </body> tag."
        actions={
          admin &&
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Icon name="plus" size={18} />
              New site
            </Button>
          )
        }
      />
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
      <ResourceView resource={sites} loadingLabel="Loading sites…">
        {(loaded) =>
          loaded.length === 0 ? (
            <EmptyState title="No sites yet">{admin ? 'Add a site to get its embed code.' : 'An admin can add one.'}</EmptyState>
          ) : (
            <div class="stack">
              {loaded.map((site) => (
                <SiteCard
                  key={site.id}
                  site={site}
                  onChanged={(saved) => sites.set(loaded.map((item) => (item.id === saved.id ? saved : item)))}
                  onDeleted={() => sites.set(loaded.filter((item) => item.id !== site.id))}
                />
              ))}
            </div>
          )
        }
      </ResourceView>
    </section>
  );
}
