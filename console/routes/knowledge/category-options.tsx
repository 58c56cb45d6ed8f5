import type { CategoryNode } from './category-tree.ts';
import { flattenTree } from './category-tree.ts';

/**
 * The categories as <option>s, indented to show the hierarchy (a select cannot nest deeper than
 * one optgroup). `exclude` leaves one category out, e.g. the one being moved.
 */
export function CategoryOptions({ tree, exclude }: { tree: readonly CategoryNode[]; exclude?: string }) {
  return (
    <>
      {flattenTree(tree)
        .filter((node) => node.category.id !== exclude)
        .map((node) => (
          <option key={node.category.id} value={node.category.id}>
            {`${'\u00a0\u00a0\u00a0'.repeat(node.depth)}${node.depth > 0 ? '└ ' : ''}${node.category.name}`}
          </option>
        ))}
    </>
  );
}
