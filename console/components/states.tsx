import type { ComponentChildren } from 'preact';
import { errorMessage } from '../lib/errors.ts';
import { Button } from './button.tsx';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div class="error-state" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty-state">
      <p class="empty-state__title">{title}</p>
      {children && <div class="empty-state__body">{children}</div>}
    </div>
  );
}

export function LoadMore({ hasMore, busy, onClick }: { hasMore: boolean; busy: boolean; onClick: () => void }) {
  if (!hasMore) return null;
  return (
    <div class="load-more">
      <Button onClick={onClick} busy={busy}>
        Load more
      </Button>
    </div>
  );
}
