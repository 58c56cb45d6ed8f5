import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, ReviewRequest } from '../../../../shared/schemas/knowledge.ts';
import { Alert } from '../../../components/alert.tsx';
import { Button, type ButtonVariant } from '../../../components/button.tsx';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { Field } from '../../../components/field.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { api } from '../../../lib/api.ts';
import { paths } from '../../../lib/paths.ts';
import { navigate } from '../../../lib/router.ts';
import { useSubmit } from '../../../lib/use-submit.ts';
import { currentAgent, isAdmin } from '../../../state/session.ts';

/** "Live version 1, draft version 2": what customers read, and what is being worked on. */
export function versionNote(article: Pick<Article, 'status' | 'live' | 'version' | 'publishedVersion'>): string {
  if (article.status === 'archived') return `Archived: customers cannot read it (version ${article.version})`;
  if (article.live && article.publishedVersion !== null && article.publishedVersion < article.version) {
    return `Live version ${article.publishedVersion}, draft version ${article.version}`;
  }
  if (article.live) return `Version ${article.version} is live`;
  return `Version ${article.version}, not live yet`;
}

function Quote({ text }: { text: string | null }) {
  return text ? <q class="review-note__comment">{text}</q> : null;
}

/** Who asked for a review and when, and who decided and what they said. */
function ReviewNote({ review }: { review: ReviewRequest }) {
  const requester = review.requestedBy?.name ?? 'A former agent';
  const decider = review.decidedBy?.name ?? 'A former agent';
  return (
    <div class={`review-note review-note--${review.decision ?? 'open'}`}>
      <p>
        <strong>{requester}</strong> asked for a review of version {review.version} <RelativeTime iso={review.requestedAt} />
        {review.requestComment ? ': ' : '.'}
        <Quote text={review.requestComment} />
      </p>
      {review.decision && review.decidedAt && (
        <p>
          {review.decision === 'withdrawn' ? (
            <>The request was withdrawn when the text changed</>
          ) : (
            <>
              <strong>{decider}</strong> {review.decision === 'approved' ? 'approved it' : 'asked for changes'}
            </>
          )}{' '}
          <RelativeTime iso={review.decidedAt} />
          {review.decisionComment ? ': ' : '.'}
          <Quote text={review.decisionComment} />
        </p>
      )}
    </div>
  );
}

/** A step that takes a comment (submit, approve, reject): the button opens a small form in place. */
function CommentAction({
  label,
  submitLabel,
  commentLabel,
  required = false,
  variant = 'secondary',
  warning,
  busy,
  onSubmit,
}: {
  label: string;
  submitLabel: string;
  commentLabel: string;
  required?: boolean;
  variant?: ButtonVariant;
  warning?: string | null;
  busy: boolean;
  onSubmit: (comment: string) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <Button variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div class="workflow__form" role="group" aria-label={label}>
      <Field label={commentLabel} optional={!required} error={missing ? 'is required' : undefined}>
        {(control) => (
          <textarea
            {...control}
            ref={box}
            class="textarea"
            rows={3}
            maxLength={2000}
            value={comment}
            onInput={(event) => {
              setComment(event.currentTarget.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      {warning && <Alert tone="warning">{warning}</Alert>}
      <div class="form-actions">
        <Button
          variant="primary"
          busy={busy}
          onClick={async () => {
            if (required && !comment.trim()) {
              setMissing(true);
              box.current?.focus();
              return;
            }
            if (await onSubmit(comment.trim())) {
              setOpen(false);
              setComment('');
            }
          }}
        >
          {warning ? `${submitLabel} anyway` : submitLabel}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

interface WorkflowProps {
  article: Article;
  /** Unsaved edits: the steps act on what is saved, so they wait until it is. */
  dirty: boolean;
  /** Links in the text that need attention (checked under the editor). */
  linkWarnings: number;
  onChanged: (article: Article) => void;
}

/**
 * Where the article stands, and the steps open to this agent: submit for review; approve or
 * reject for a reviewer (an admin, or an agent who neither wrote nor submitted it); publish,
 * unpublish, archive and restore for admins. The server checks every step again.
 */
export function ArticleWorkflow({ article, dirty, linkWarnings, onChanged }: WorkflowProps) {
  const me = currentAgent.value;
  const admin = isAdmin.value;
  const step = useRef<() => Promise<Article | undefined>>(async () => undefined);
  const action = useSubmit(
    async () => {
      const next = await step.current();
      if (next) onChanged(next);
    },
    { staysOpen: true },
  );
  // One step at a time; a step that fails shows why and leaves its form open to try again.
  const run = (call: () => Promise<Article | undefined>): Promise<boolean> => {
    step.current = call;
    return action.run();
  };

  const { id } = article;
  const review = article.review;
  const open = article.status === 'in_review' && review?.decision === null ? review : null;
  const ownWork = Boolean(open && me && (open.requestedBy?.id === me.id || article.author?.id === me.id));
  const unpublished = article.publishedVersion !== article.version;
  const linkWarning = linkWarnings > 0 ? `${linkWarnings} ${linkWarnings === 1 ? 'link needs' : 'links need'} attention (listed under the editor).` : null;
  const canDelete = admin || (article.author?.id === me?.id && article.publishedAt === null);
  const archived = article.status === 'archived';
  // The steps that move it towards customers: the main action, and they warn about broken links.
  const forward = { variant: 'primary' as const, warning: linkWarning, busy: action.busy };
  // Taking an article offline asks first.
  const adminSteps = [
    { show: admin && article.live, label: 'Unpublish', question: 'Take it offline for customers?', call: () => api.knowledge.articles.unpublish(id) },
    { show: admin && !archived, label: 'Archive', question: 'Archive it? Customers can no longer read it.', call: () => api.knowledge.articles.archive(id) },
  ].filter((candidate) => candidate.show);

  return (
    <section class="card card--padded workflow" aria-labelledby="workflow-title">
      <h2 class="section-title" id="workflow-title">
        Review and publishing
      </h2>
      {review && <ReviewNote review={review} />}
      {action.error && <Alert tone="error">{action.error}</Alert>}
      {dirty && !archived && <p class="muted">Save your changes to submit, approve or publish them.</p>}
      {archived && !admin && <p class="muted">Archived articles are read-only. An admin can restore it.</p>}
      {open && ownWork && !admin && <p class="muted">Waiting for another agent or an admin to review it: you wrote or submitted this version.</p>}
      {article.status === 'published' && (
        <p class="muted">Editing makes a new draft; version {article.version} stays live until the draft is approved.</p>
      )}
      <div class="workflow__actions">
        {!dirty && !archived && article.status === 'draft' && unpublished && (
          <CommentAction
            label="Submit for review"
            submitLabel="Submit for review"
            commentLabel="Note for the reviewer"
            {...forward}
            onSubmit={(comment) => run(() => api.knowledge.articles.submit(id, comment || undefined))}
          />
        )}
        {!dirty && open && (admin || !ownWork) && (
          <>
            <CommentAction
              label="Approve"
              submitLabel="Approve and publish"
              commentLabel="Comment"
              {...forward}
              onSubmit={(comment) => run(() => api.knowledge.articles.approve(id, comment || undefined))}
            />
            <CommentAction
              label="Reject"
              submitLabel="Reject"
              commentLabel="What needs to change"
              required
              busy={action.busy}
              onSubmit={(comment) => run(() => api.knowledge.articles.reject(id, comment))}
            />
          </>
        )}
        {admin && !dirty && !archived && unpublished && (
          linkWarning ? (
            <ConfirmButton
              label="Publish now"
              question={`${linkWarning} Publish anyway?`}
              confirmLabel="Publish anyway"
              size="md"
              variant="secondary"
              busy={action.busy}
              onConfirm={() => void run(() => api.knowledge.articles.publish(id))}
            />
          ) : (
            <Button busy={action.busy} onClick={() => void run(() => api.knowledge.articles.publish(id))}>
              Publish now
            </Button>
          )
        )}
        {adminSteps.map((adminStep) => (
          <ConfirmButton
            key={adminStep.label}
            label={adminStep.label}
            question={adminStep.question}
            confirmLabel={adminStep.label}
            size="md"
            variant="secondary"
            busy={action.busy}
            onConfirm={() => void run(adminStep.call)}
          />
        ))}
        {admin && archived && (
          <Button variant="primary" busy={action.busy} onClick={() => void run(() => api.knowledge.articles.unarchive(id))}>
            Restore
          </Button>
        )}
        {canDelete && (
          <ConfirmButton
            label="Delete"
            question="Delete this article and its history?"
            confirmLabel="Delete for good"
            size="md"
            busy={action.busy}
            onConfirm={async () => {
              if (await run(async () => {
                await api.knowledge.articles.remove(id);
                return undefined;
              })) navigate(paths.knowledge(), { replace: true });
            }}
          />
        )}
      </div>
    </section>
  );
}
