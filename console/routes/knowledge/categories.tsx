import { useEffect, useRef, useState } from 'preact/hooks';
import type { KnowledgeCategory } from '../../../shared/schemas/knowledge.ts';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { Icon } from '../../components/icon.tsx';
import { BackLink, Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { paths } from '../../lib/paths.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { CategoryOptions } from './category-options.tsx';
import { categoryTree, useCategories, type CategoryNode } from './category-tree.ts';

const categoryFields = ['name', 'parentId', 'description'];

interface CategoryDraft {
  name: string;
  parentId: string;
  description: string;
}

/** Name, parent and description: the same fields to create a category and to change one. */
function CategoryFields({ draft, onDraft, tree, exclude, errorFor }: {
  draft: CategoryDraft;
  onDraft: (draft: CategoryDraft) => void;
  tree: readonly CategoryNode[];
  exclude?: string;
  errorFor: (name: string) => string | undefined;
}) {
  return (
    <div class="form-grid form-grid--3">
      <TextField label="Name" error={errorFor('name')} value={draft.name} maxLength={200} onValue={(name) => onDraft({ ...draft, name })} />
      <SelectField label="Parent" error={errorFor('parentId')} value={draft.parentId} onValue={(parentId) => onDraft({ ...draft, parentId })}>
        <option value="">None (top level)</option>
        <CategoryOptions tree={tree} exclude={exclude} />
      </SelectField>
      <TextField
        label="Description"
        optional
        error={errorFor('description')}
        maxLength={500}
        value={draft.description}
        onValue={(description) => onDraft({ ...draft, description })}
      />
    </div>
  );
}

function NewCategoryForm({ tree, onCreated }: { tree: readonly CategoryNode[]; onCreated: () => void }) {
  const empty: CategoryDraft = { name: '', parentId: '', description: '' };
  const [draft, setDraft] = useState(empty);
  const form = useSubmit(
    async () => {
      await api.knowledge.categories.create({ name: draft.name, parentId: draft.parentId || null, description: draft.description });
      setDraft(empty);
      onCreated();
    },
    { staysOpen: true },
  );
  return (
    <form class="card card--padded form" onSubmit={form.onSubmit} aria-labelledby="new-category-title" noValidate>
      <h2 class="section-title" id="new-category-title">
        New category
      </h2>
      <FormError message={form.error} extra={form.unclaimed(categoryFields)} />
      <CategoryFields draft={draft} onDraft={setDraft} tree={tree} errorFor={form.errorFor} />
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={form.busy}>
          Create category
        </Button>
      </div>
    </form>
  );
}

/** Rename, move (the server refuses a move into its own sub-category) or describe a category. */
function EditCategoryForm({ category, tree, onSaved, onCancel }: {
  category: KnowledgeCategory;
  tree: readonly CategoryNode[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<CategoryDraft>({ name: category.name, parentId: category.parentId ?? '', description: category.description });
  const form = useSubmit(async () => {
    await api.knowledge.categories.update(category.id, {
      ...(draft.name !== category.name ? { name: draft.name } : {}),
      ...(draft.parentId !== (category.parentId ?? '') ? { parentId: draft.parentId || null } : {}),
      ...(draft.description !== category.description ? { description: draft.description } : {}),
    });
    onSaved();
  });
  return (
    <form class="form category-row__form" onSubmit={form.onSubmit} aria-label={`Edit ${category.name}`} noValidate>
      <FormError message={form.error} extra={form.unclaimed(categoryFields)} />
      <CategoryFields draft={draft} onDraft={setDraft} tree={tree} exclude={category.id} errorFor={form.errorFor} />
      <SubmitCancel label="Save category" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}

type Direction = -1 | 1;

interface RowProps {
  node: CategoryNode;
  siblings: readonly CategoryNode[];
  tree: readonly CategoryNode[];
  onChanged: (focus?: string) => void;
}

function CategoryRow({ node, siblings, tree, onChanged }: RowProps) {
  const { category } = node;
  const [editing, setEditing] = useState(false);
  const index = siblings.indexOf(node);

  // Reordering renumbers the siblings 0, 1, 2… so equal or sparse sort orders still move.
  const reorder = useSubmit(
    async () => {
      const direction = pendingDirection.current;
      const order = siblings.map((sibling) => sibling.category);
      const [moved] = order.splice(index, 1);
      if (!moved) return;
      order.splice(index + direction, 0, moved);
      for (const [position, sibling] of order.entries()) {
        if (sibling.sortOrder !== position) await api.knowledge.categories.update(sibling.id, { sortOrder: position });
      }
      onChanged(`move-${direction < 0 ? 'up' : 'down'}-${category.id}`);
    },
    { staysOpen: true },
  );
  const pendingDirection = useRef<Direction>(-1);
  const remove = useSubmit(async () => {
    await api.knowledge.categories.remove(category.id);
    onChanged();
  });
  const move = (direction: Direction) => {
    pendingDirection.current = direction;
    void reorder.run();
  };
  const error = reorder.error ?? remove.error;

  return (
    <li class="category-row" data-category={category.name}>
      <div class="category-row__main">
        <div class="category-row__text">
          <Link href={paths.knowledge({ category: category.id })} class="category-row__name">
            {category.name}
          </Link>
          <span class="category-row__meta">
            {category.articleCount} live {category.articleCount === 1 ? 'article' : 'articles'} · /{category.slug}
          </span>
        </div>
        <div class="category-row__actions">
          <Button
            size="sm"
            variant="ghost"
            id={`move-up-${category.id}`}
            aria-label={`Move ${category.name} up`}
            disabled={index === 0 || reorder.busy}
            onClick={() => move(-1)}
          >
            <Icon name="arrowUp" size={16} />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            id={`move-down-${category.id}`}
            aria-label={`Move ${category.name} down`}
            disabled={index === siblings.length - 1 || reorder.busy}
            onClick={() => move(1)}
          >
            <Icon name="arrowDown" size={16} />
          </Button>
          <Button size="sm" aria-expanded={editing ? 'true' : 'false'} onClick={() => setEditing(!editing)}>
            Edit<span class="visually-hidden"> {category.name}</span>
          </Button>
          <ConfirmButton label="Delete" question={`Delete ${category.name}?`} confirmLabel="Delete" busy={remove.busy} onConfirm={remove.run} />
        </div>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {editing && (
        <EditCategoryForm
          category={category}
          tree={tree}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      {node.children.length > 0 && <CategoryList nodes={node.children} tree={tree} onChanged={onChanged} />}
    </li>
  );
}

function CategoryList({ nodes, tree, onChanged, label }: { nodes: readonly CategoryNode[]; tree: readonly CategoryNode[]; onChanged: RowProps['onChanged']; label?: string }) {
  return (
    <ul class="category-tree" aria-label={label}>
      {nodes.map((node) => (
        <CategoryRow key={node.category.id} node={node} siblings={nodes} tree={tree} onChanged={onChanged} />
      ))}
    </ul>
  );
}

/** The category tree: create, rename, move, reorder and delete (only empty ones). */
export function CategoryBrowserPage() {
  const categories = useCategories();
  const tree = categoryTree(categories.data ?? []);
  // Moving a row re-renders the list; the button that moved it keeps the focus.
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    const button = document.getElementById(id) as HTMLButtonElement | null;
    const other = document.getElementById(id.includes('-up-') ? id.replace('-up-', '-down-') : id.replace('-down-', '-up-'));
    (button && !button.disabled ? button : other)?.focus();
  }, [categories.data]);

  const changed = (focus?: string) => {
    focusAfter.current = focus ?? null;
    categories.reload();
  };

  return (
    <div class="page">
      <PageHeader
        title="Categories"
        above={<BackLink href={paths.knowledge()}>Knowledge base</BackLink>}
        subtitle="Group articles the way customers look for them. Sub-categories show inside their parent in the help centre."
      />
      <NewCategoryForm tree={tree} onCreated={() => categories.reload()} />
      <section class="card card--padded" aria-labelledby="category-tree-title">
        <h2 class="section-title" id="category-tree-title">
          All categories
        </h2>
        <ResourceView resource={categories} loadingLabel="Loading categories…">
          {() =>
            tree.length === 0 ? (
              <EmptyState title="No categories yet">Create one above, then choose it in an article's editor.</EmptyState>
            ) : (
              <CategoryList nodes={tree} tree={tree} onChanged={changed} label="Category tree" />
            )
          }
        </ResourceView>
      </section>
    </div>
  );
}

