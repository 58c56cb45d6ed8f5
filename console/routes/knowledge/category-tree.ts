import type { KnowledgeCategory } from '../../../shared/schemas/knowledge.ts';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/use-resource.ts';

/**
 * Categories arrive as a flat list with parent ids; every view of them (the browser, the editor's
 * picker, the home grid, breadcrumbs) works on the tree built here.
 */
export interface CategoryNode {
  category: KnowledgeCategory;
  depth: number;
  children: CategoryNode[];
  /** Live articles in it and every category below it. */
  total: number;
}

const bySortOrder = (a: KnowledgeCategory, b: KnowledgeCategory) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);

/** Roots first, each level in its sort order. A category whose parent is gone is shown as a root. */
export function categoryTree(categories: readonly KnowledgeCategory[]): CategoryNode[] {
  const known = new Set(categories.map((category) => category.id));
  const childrenOf = new Map<string | null, KnowledgeCategory[]>();
  for (const category of categories) {
    const parent = category.parentId && known.has(category.parentId) ? category.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), category]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): CategoryNode[] =>
    [...(childrenOf.get(parent) ?? [])].sort(bySortOrder).flatMap((category) => {
      // The server refuses cycles; this only guards against drawing one forever.
      if (seen.has(category.id)) return [];
      seen.add(category.id);
      const children = build(category.id, depth + 1);
      const total = category.articleCount + children.reduce((sum, child) => sum + child.total, 0);
      return [{ category, depth, children, total }];
    });
  return build(null, 0);
}

/** Depth-first, in the order the tree is drawn: for indented selects. */
export function flattenTree(nodes: readonly CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

export function findNode(nodes: readonly CategoryNode[], id: string): CategoryNode | undefined {
  return flattenTree(nodes).find((node) => node.category.id === id);
}

/** The chain from a root down to the category, for breadcrumbs. */
export function categoryPath(categories: readonly KnowledgeCategory[], id: string): KnowledgeCategory[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const path: KnowledgeCategory[] = [];
  let current = byId.get(id);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/** Every page of the knowledge base needs the categories; one request each time a page opens. */
export function useCategories() {
  return useResource(() => api.knowledge.categories.list().then((page) => page.items), 'categories');
}
