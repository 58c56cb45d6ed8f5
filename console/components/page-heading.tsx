import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { headingFocusPending } from '../lib/router.ts';

interface PageHeadingProps {
  /** Also the document title. */
  title: string;
  children?: ComponentChildren;
}

/**
 * The page's <h1>. After a navigation it takes focus, so keyboard and screen-reader users land on
 * the new page instead of the link they clicked (which may no longer exist).
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Lantern`;
  }, [title]);
  useEffect(() => {
    if (headingFocusPending.peek() && ref.current) {
      headingFocusPending.value = false;
      ref.current.focus({ preventScroll: true });
    }
  }, []);
  return (
    <h1 class="page-title" tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}

/** Title row of a page: heading, optional line under it, and actions on the right. */
export function PageHeader({
  title,
  heading,
  above,
  subtitle,
  actions,
}: {
  title: string;
  heading?: ComponentChildren;
  /** Over the heading: a back link or breadcrumbs. */
  above?: ComponentChildren;
  subtitle?: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <header class="page-header">
      <div class="page-header__text">
        {above}
        <PageHeading title={title}>{heading}</PageHeading>
        {subtitle && <p class="page-header__subtitle">{subtitle}</p>}
      </div>
      {actions && <div class="page-header__actions">{actions}</div>}
    </header>
  );
}

/** Title row of a section inside a page (a settings tab): heading, what it is for, and an action on the right. */
export function SectionHeader({
  id,
  title,
  description,
  actions,
}: {
  /** For the section's aria-labelledby. */
  id: string;
  title: string;
  description: ComponentChildren;
  actions?: ComponentChildren;
}) {
  return (
    <div class="section-head">
      <div>
        <h2 class="section-title" id={id}>
          {title}
        </h2>
        <p class="muted">{description}</p>
      </div>
      {actions}
    </div>
  );
}
