import { ButtonLink } from '../components/button.tsx';
import { ComingSoon } from '../components/coming-soon.tsx';
import { paths } from '../lib/paths.ts';

export function InboxPage() {
  return (
    <ComingSoon
      title="Inbox"
      icon="chat"
      summary="Live chat is coming. Conversations your customers start in the website widget will land here, in real time."
      points={[
        'A queue of waiting chats, with who is online to take them',
        'Typing indicators, read receipts and internal notes inside a chat',
        'Turn any chat into a ticket when it needs follow-up',
      ]}
    >
      <p class="coming-soon__now">Until then, customer requests arrive as tickets.</p>
      <ButtonLink href={paths.tickets({ status: 'open' })} variant="primary">
        See open tickets
      </ButtonLink>
    </ComingSoon>
  );
}
