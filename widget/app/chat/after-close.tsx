import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chat } from './client.ts';

/** After the chat ends: a 1–5 rating, the transcript by email, and a way to start again. */
export function AfterClose({ chat }: { chat: Chat }) {
  const [rated, setRated] = useState(chat.state.session?.rating ?? 0);
  const [mail, setMail] = useState<'ask' | 'busy' | 'sent' | 'failed'>('ask');
  const [email, setEmail] = useState(chat.state.email);
  const thanks = useRef<HTMLParagraphElement>(null);
  const clicked = useRef(false);

  // The star that had focus is gone: keep keyboard users in the panel, on the thanks.
  useEffect(() => {
    if (clicked.current) thanks.current?.focus();
  }, [rated]);

  return (
    <div class="stack after">
      {rated ? (
        <p ref={thanks} role="status" tabIndex={-1}>
          Thanks for your rating!
        </p>
      ) : (
        <div role="group" aria-labelledby="lantern-rate" class="row">
          <span id="lantern-rate">How was this chat?</span>
          {[1, 2, 3, 4, 5].map((stars) => (
            <button
              key={stars}
              type="button"
              class="star"
              aria-label={`${stars} out of 5`}
              onClick={() => {
                chat.rate(stars);
                clicked.current = true;
                setRated(stars);
              }}
            >
              ★
            </button>
          ))}
        </div>
      )}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (mail === 'busy') return;
          setMail('busy');
          chat.emailTranscript(email).then(
            () => setMail('sent'),
            () => setMail('failed'),
          );
        }}
      >
        <label for="lantern-transcript">Email me the transcript</label>
        <input id="lantern-transcript" type="email" required maxLength={254} value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
        <button type="submit" class="pill" aria-disabled={mail === 'busy'}>
          Send
        </button>
        <p class={mail === 'failed' ? 'problem' : 'notice'} role="status">
          {mail === 'sent' ? `The transcript is on its way to ${email}.` : mail === 'failed' ? 'The transcript could not be sent. Please try again.' : ''}
        </p>
      </form>
      <button type="button" class="primary" onClick={chat.restart}>
        Start a new chat
      </button>
    </div>
  );
}
