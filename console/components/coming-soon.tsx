import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './icon.tsx';
import { PageHeader } from './page-heading.tsx';

/** An honest page for a part of Lantern that is not built yet: what it will do, no fake numbers. */
export function ComingSoon({
  title,
  icon,
  summary,
  points,
  children,
}: {
  title: string;
  icon: IconName;
  summary: string;
  points: string[];
  children?: ComponentChildren;
}) {
  return (
    <div class="page">
      <PageHeader title={title} />
      <section class="card coming-soon" aria-labelledby="coming-soon-title">
        <span class="coming-soon__icon">
          <Icon name={icon} size={28} />
        </span>
        <h2 id="coming-soon-title" class="coming-soon__title">
          Arrives in a later release
        </h2>
        <p class="coming-soon__summary">{summary}</p>
        <ul class="coming-soon__points">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
        {children}
      </section>
    </div>
  );
}
