import { describe, expect, it } from 'vitest';
import type { KnowledgeCategory } from '../../../shared/schemas/knowledge.ts';
import { categoryPath, categoryTree, flattenTree } from './category-tree.ts';

const category = (id: string, parentId: string | null, sortOrder: number, articleCount = 0): KnowledgeCategory => ({
  id,
  name: id,
  slug: id,
  description: '',
  parentId,
  sortOrder,
  articleCount,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe('the category tree', () => {
  const list = [category('b', null, 1, 2), category('a', null, 0), category('a2', 'a', 1, 1), category('a1', 'a', 0, 3), category('orphan', 'gone', 5)];

  it('puts each level in its sort order, children under parents, and counts articles below', () => {
    const tree = categoryTree(list);
    expect(flattenTree(tree).map((node) => `${'-'.repeat(node.depth)}${node.category.id}:${node.total}`)).toEqual([
      'a:4',
      '-a1:3',
      '-a2:1',
      'b:2',
      'orphan:0',
    ]);
  });

  it('gives the way down to a category, for breadcrumbs', () => {
    expect(categoryPath(list, 'a2').map((item) => item.id)).toEqual(['a', 'a2']);
    expect(categoryPath(list, 'missing')).toEqual([]);
  });
});
