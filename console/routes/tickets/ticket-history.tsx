import type { ActivityEntry } from '../../../shared/schemas/activity.ts';
import { ActivityItem } from '../../components/activity-item.tsx';
import { describeTicketActivity } from '../../lib/activity.ts';
import { useActivityNames } from '../../lib/use-activity-names.ts';

/** Everything that happened to this ticket, newest first, in words. */
export function TicketHistory({ entries }: { entries: ActivityEntry[] }) {
  const names = useActivityNames(entries);
  const lines = entries.flatMap((entry) => {
    const sentence = describeTicketActivity(entry, names);
    return sentence ? [{ entry, sentence }] : [];
  });
  return (
    <section class="card card--padded" aria-labelledby="history-title">
      <h2 class="section-title" id="history-title">
        History
      </h2>
      {lines.length === 0 ? (
        <p class="muted">No changes yet.</p>
      ) : (
        <ol class="activity-list activity-list--compact">
          {lines.map(({ entry, sentence }) => (
            <ActivityItem key={entry.id} sentence={sentence} at={entry.createdAt} />
          ))}
        </ol>
      )}
    </section>
  );
}
