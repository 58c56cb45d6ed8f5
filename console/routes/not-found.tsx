import { ButtonLink } from '../components/button.tsx';
import { PageHeader } from '../components/page-heading.tsx';
import { paths } from '../lib/paths.ts';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <div class="page">
      <PageHeader title="Not found" />
      <div class="card card--padded">
        <p>There is no {what} at this address. It may have been deleted, or the link is mistyped.</p>
        <ButtonLink href={paths.home()} variant="primary">
          Go to Home
        </ButtonLink>
      </div>
    </div>
  );
}
