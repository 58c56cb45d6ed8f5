import type { TodayFigures } from '../../../shared/schemas/analytics-extra.ts';
import { Link } from '../../components/link.tsx';
import { duration } from '../../lib/format.ts';
import { paths } from '../../lib/paths.ts';

interface Figure {
  label: string;
  value: string;
  hint: string;
  href?: string;
}

/** One figure; a link when there is a list behind it. */
function FigureCard({ figure }: { figure: Figure }) {
  const id = `today-${figure.label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const body = (
    <>
      <span class="stat-card__label" id={id}>
        {figure.label}
      </span>
      <span class="stat-card__value">{figure.value}</span>
      <span class="stat-card__hint">{figure.hint}</span>
    </>
  );
  return (
    <li>
      {figure.href ? (
        <Link href={figure.href} class="stat-card">
          {body}
        </Link>
      ) : (
        <div class="stat-card" role="group" aria-labelledby={id}>
          {body}
        </div>
      )}
    </li>
  );
}

const csat = (today: TodayFigures) => (today.csat.mean === null ? '—' : today.csat.mean.toFixed(1));

/** Today's tickets, with the analytics definitions, in the browser's time zone. */
export function TodayCards({ today }: { today: TodayFigures }) {
  const figures: Figure[] = [
    {
      label: 'Created today',
      value: today.created.toLocaleString(),
      hint: 'New tickets since midnight',
      href: paths.tickets({ createdFrom: today.since, createdTo: today.until, sort: '-created' }),
    },
    {
      label: 'Resolved today',
      value: today.resolved.toLocaleString(),
      hint: 'Solved or closed today',
      href: paths.tickets({ resolvedFrom: today.since, resolvedTo: today.until }),
    },
    {
      label: 'First response',
      value: today.medianFirstResponseMs === null ? '—' : duration(today.medianFirstResponseMs),
      hint: 'Median of today’s first replies',
    },
    {
      label: 'CSAT today',
      value: csat(today),
      hint: today.csat.count === 1 ? 'From 1 rating' : `From ${today.csat.count.toLocaleString()} ratings`,
    },
  ];
  return <FigureList figures={figures} />;
}

/** Live chat right now. */
export function ChatNowCards({ today }: { today: TodayFigures }) {
  const figures: Figure[] = [
    { label: 'Chats waiting', value: today.chatsWaiting.toLocaleString(), hint: 'Nobody has taken them yet', href: paths.inbox() },
    { label: 'Chats active', value: today.chatsActive.toLocaleString(), hint: 'With an agent now', href: paths.inbox() },
    { label: 'Agents online', value: today.agentsOnline.toLocaleString(), hint: 'Taking chats' },
  ];
  return <FigureList figures={figures} />;
}

function FigureList({ figures }: { figures: Figure[] }) {
  return (
    <ul class="stat-grid">
      {figures.map((figure) => (
        <FigureCard key={figure.label} figure={figure} />
      ))}
    </ul>
  );
}
