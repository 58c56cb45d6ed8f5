import { useState } from 'preact/hooks';
import { filterCannedResponses } from '../../../shared/chat/canned.ts';
import type { CannedResponse } from '../../../shared/schemas/canned.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { Icon } from '../../components/icon.tsx';
import { SectionHeader } from '../../components/page-heading.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { isAdmin } from '../../state/session.ts';
import { CannedResponseForm } from './canned-response-form.tsx';

function CannedRow({
  response,
  onChanged,
  onDeleted,
}: {
  response: CannedResponse;
  onChanged: (response: CannedResponse) => void;
  onDeleted: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const removal = useSubmit(async () => {
    await api.cannedResponses.remove(response.id);
    onDeleted();
  });
  const admin = isAdmin.value;
  const titleId = `canned-${response.id}`;

  if (editing) {
    return (
      <li class="canned-row canned-row--editing">
        <CannedResponseForm
          response={response}
          onSaved={(saved) => {
            onChanged(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li class="canned-row" aria-labelledby={titleId}>
      <div class="canned-row__main">
        <p class="canned-row__head" id={titleId}>
          <span class="canned-row__shortcut mono">/{response.shortcut}</span> <span class="canned-row__title">{response.title}</span>
        </p>
        <p class="canned-row__body">{response.body}</p>
        <p class="muted canned-row__meta">
          {response.createdBy ? `By ${response.createdBy.name} · ` : ''}updated <RelativeTime iso={response.updatedAt} />
        </p>
        {removal.error && <Alert tone="error">{removal.error}</Alert>}
      </div>
      {admin && (
        <div class="canned-row__actions">
          <Button size="sm" onClick={() => setEditing(true)} aria-label={`Edit /${response.shortcut}`}>
            Edit
          </Button>
          <ConfirmButton
            label="Delete"
            question={`Delete /${response.shortcut}?`}
            confirmLabel="Delete response"
            busy={removal.busy}
            onConfirm={removal.run}
          />
        </div>
      )}
    </li>
  );
}

/** Settings → Canned responses: everyone can look them up; admins write them. */
export function CannedResponsesSettings() {
  const responses = useResource(() => api.cannedResponses.list().then((page) => page.items), 'canned-responses');
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState('');
  const admin = isAdmin.value;
  const list = responses.data ?? [];
  const q = search.trim();
  // The list is short and fully loaded: filter as the agent types, with the composer's own matching.
  // An empty prefix keeps everything, ordered by shortcut as the API lists them.
  const inListOrder = (items: CannedResponse[]) => filterCannedResponses(items, '');

  return (
    <section aria-labelledby="canned-title">
      <SectionHeader
        id="canned-title"
        title="Canned responses"
        description={
          <>
            Saved replies for chats: type <span class="mono">/</span> and a shortcut in the message box to insert one.
            {admin ? '' : ' Only admins can add or change them.'}
          </>
        }
        actions={
          admin &&
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Icon name="plus" size={18} />
              New response
            </Button>
          )
        }
      />
      {creating && (
        <div class="card card--padded">
          <h3 class="card__title">New canned response</h3>
          <CannedResponseForm
            onSaved={(created) => {
              responses.set(inListOrder([...list, created]));
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </div>
      )}
      <ResourceView resource={responses} loadingLabel="Loading canned responses…">
        {(loaded) => {
          if (loaded.length === 0) {
            return (
              <EmptyState title="No canned responses yet">
                {admin ? 'Add the answers your team gives most often, like refunds or opening hours.' : 'An admin can add them.'}
              </EmptyState>
            );
          }
          const shown = q ? filterCannedResponses(loaded, q) : loaded;
          return (
            <>
              <div class="filters" role="search" aria-label="Search canned responses">
                <SearchBox label="Search canned responses" placeholder="Search by shortcut or title" value={search} onValue={setSearch} />
              </div>
              {shown.length === 0 ? (
                <EmptyState title={`No canned response starts with “${q}”`}>Try the first letters of a shortcut or a title.</EmptyState>
              ) : (
                <ul class="card canned-list" aria-label="Canned responses">
                  {shown.map((response) => (
                    <CannedRow
                      key={response.id}
                      response={response}
                      onChanged={(saved) => responses.set(inListOrder(loaded.map((item) => (item.id === saved.id ? saved : item))))}
                      onDeleted={() => responses.set(loaded.filter((item) => item.id !== response.id))}
                    />
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}
