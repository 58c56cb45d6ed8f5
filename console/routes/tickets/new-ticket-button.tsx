import { ButtonLink } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { paths } from '../../lib/paths.ts';

/** The page-level "New ticket" action (Home, the ticket list). */
export function NewTicketButton() {
  return (
    <ButtonLink href={paths.newTicket()} variant="primary">
      <Icon name="plus" size={18} />
      New ticket
    </ButtonLink>
  );
}
