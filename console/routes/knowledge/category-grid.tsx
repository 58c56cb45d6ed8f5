import { Link } from '../../components/link.tsx';
import { paths } from '../../lib/paths.ts';
import type { CategoryNode } from './category-tree.ts';

const articles = (count: number) => `${count} live ${count === 1 ? 'article' : 'articles'}`;

/** Categories as cards, as a help centre shows them: name, what is in it, how many articles. */
export function CategoryGrid({ nodes, label }: { nodes: readonly CategoryNode[]; label: string }) {
  return (
    <ul class="category-grid" aria-label={label}>
      {nodes.map(({ category, children, total }) => (
        <li key={category.id} class="category-card">
          <Link href={paths.knowledge({ category: category.id })} class="category-card__link">
            {category.name}
          </Link>
          {category.description && <p class="category-card__description">{category.description}</p>}
          <p class="category-card__count">{articles(total)}</p>
          {children.length > 0 && (
            <p class="category-card__children">
              <span class="visually-hidden">Sub-categories: </span>
              {children.map((child) => child.category.name).join(' · ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
