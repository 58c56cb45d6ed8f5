import { useEffect, useState } from 'preact/hooks';
import type { Chat, ChatForm } from './client.ts';
import { Conversation } from './conversation.tsx';
import { Problem } from './problem.tsx';

/** The chat screen: whichever step the visitor's chat is at. */
export function ChatView({ chat, baseUrl }: { chat: Chat; baseUrl: string }) {
  // On screen: load the chat (the first time) and count what is shown as read.
  useEffect(() => {
    chat.seen(true);
    return () => chat.seen(false);
  }, []);
  const { state } = chat;

  switch (state.phase) {
    case 'idle':
    case 'loading':
      return <p class="notice pad" role="status">Connecting…</p>;
    case 'down':
      return (
        <div class="stack pad">
          <p class="notice" role="alert">Chat is not available right now.</p>
          <button type="button" class="pill" onClick={chat.load}>
            Try again
          </button>
        </div>
      );
    case 'start':
      return <StartForm chat={chat} offline={false} />;
    case 'offline':
      return <StartForm chat={chat} offline />;
    case 'ticket':
      return (
        <p class="notice pad" role="status" tabIndex={-1}>
          Thanks! We'll reply by email to {state.email}, ticket #{state.ticket}.
        </p>
      );
    case 'live':
      return <Conversation chat={chat} baseUrl={baseUrl} />;
  }
}

/**
 * Before the first message: name and email, both optional (skipped for identified visitors), and
 * the message. With nobody online it is the offline form instead, where the email is how we reply.
 */
function StartForm({ chat, offline }: { chat: Chat; offline: boolean }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const askWho = offline || !chat.state.verified;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const form: ChatForm = { name: field('name'), email: field('email'), message: field('message') };
    setBusy(true);
    setProblem('');
    try {
      await (offline ? chat.leaveMessage(form) : chat.start(form));
    } catch {
      setProblem(offline ? 'Your message could not be sent. Please try again.' : 'The chat could not be started. Please try again.');
      setBusy(false);
    }
  };

  return (
    <form class="stack pad" onSubmit={submit}>
      <p class="notice">
        {offline ? "Nobody is online right now. Leave a message and we'll reply by email." : 'Ask us anything: an agent will reply here.'}
      </p>
      {askWho && (
        <>
          <label class="field">
            Name{offline ? '' : ' (optional)'}
            <input name="name" autocomplete="name" maxLength={200} required={offline} />
          </label>
          <label class="field">
            Email{offline ? '' : ' (optional)'}
            <input name="email" type="email" autocomplete="email" maxLength={254} required={offline} defaultValue={chat.state.email} />
          </label>
        </>
      )}
      <label class="field">
        Message
        <textarea name="message" rows={4} maxLength={4000} required />
      </label>
      <Problem text={problem} />
      {/* aria-disabled, not disabled: a disabled button drops focus, and the keyboard user with it. */}
      <button type="submit" class="primary" aria-disabled={busy}>
        {offline ? 'Send message' : 'Start chat'}
      </button>
    </form>
  );
}
