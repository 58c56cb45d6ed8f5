import type { ActivitySentence } from '../lib/activity.ts';
import { Avatar } from './avatar.tsx';
import { Link } from './link.tsx';
import { RelativeTime } from './relative-time.tsx';

/** One line of history: who, what (with a link to it), when, and the details underneath. */
export function ActivityItem({ sentence, at }: { sentence: ActivitySentence; at: string }) {
  const { actor, before, target, after, details } = sentence;
  return (
    <li class="activity-item">
      <Avatar name={actor} size={28} />
      <div class="activity-item__body">
        <p class="activity-item__text">
          <strong>{actor}</strong> {before}
          {target && ' '}
          {target && (target.href ? <Link href={target.href}>{target.label}</Link> : <span>{target.label}</span>)}
          {after && ` ${after}`}
        </p>
        {details.map((line) => (
          <p class="activity-item__detail" key={line}>
            {line}
          </p>
        ))}
        <p class="activity-item__time">
          <RelativeTime iso={at} />
        </p>
      </div>
    </li>
  );
}
