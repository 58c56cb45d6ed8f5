import { useEffect, useRef, useState } from 'preact/hooks';
import { sendArticleFeedback } from '../../shared/api/widget.ts';
import type { Nav } from './router.tsx';
import { visitorId } from './visitor.ts';

type Step = 'ask' | 'why' | 'thanks';
// knowledgeLimits.feedbackComment, written out: importing the schemas module would bundle zod.
const commentLimit = 1000;

/**
 * "Was this helpful?" Yes thanks the visitor; No is counted at once and then offers an optional
 * comment. Votes are fire-and-forget: a lost one is not worth an error message.
 */
export function Feedback({ articleId, nav }: { articleId: string; nav: Nav }) {
  const [step, setStep] = useState<Step>('ask');
  const [comment, setComment] = useState('');
  const box = useRef<HTMLDivElement>(null);

  const vote = (helpful: boolean, text?: string) =>
    void sendArticleFeedback(nav.at, articleId, { visitorId: visitorId(), helpful, comment: text }).catch(() => undefined);

  // The button that had focus is gone: move it to what replaced it, so keyboard users stay put.
  useEffect(() => {
    if (step !== 'ask') box.current?.querySelector<HTMLElement>('textarea, [tabindex]')?.focus();
  }, [step]);

  return (
    <div ref={box} class="feedback" aria-live="polite">
      {step === 'ask' ? (
        <div role="group" aria-labelledby="lantern-helpful" class="row">
          <span id="lantern-helpful">Was this helpful?</span>
          <button type="button" class="pill" onClick={() => {
              vote(true);
              setStep('thanks');
            }}>
            Yes
          </button>
          <button type="button" class="pill" onClick={() => {
              vote(false);
              setStep('why');
            }}>
            No
          </button>
        </div>
      ) : step === 'why' ? (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim()) vote(false, comment.trim());
            setStep('thanks');
          }}
        >
          <label for="lantern-why">Thanks. What were you looking for? (optional)</label>
          <textarea id="lantern-why" rows={3} maxLength={commentLimit} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
          <button type="submit" class="pill">
            Send
          </button>
        </form>
      ) : (
        <p tabIndex={-1}>Thanks for your feedback!</p>
      )}
    </div>
  );
}
