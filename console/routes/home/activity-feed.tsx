import type { ActivityEntry } from '../../../shared/schemas/activity.ts';
import { ActivityItem } from '../../components/activity-item.tsx';
import { EmptyState } from '../../components/states.tsx';
import { describeActivity } from '../../lib/activity.ts';
import { useActivityNames } from '../../lib/use-activity-names.ts';

export function ActivityFeed({ entries }: { entries: ActivityEntry[] }) {
  const names = useActivityNames(entries);
  const lines = entries.flatMap((entry) => {
    const sentence = describeActivity(entry, names);
    return sentence ? [{ entry, sentence }] : [];
  });
  if (lines.length === 0) {
    return <EmptyState title="Nothing has happened yet">New tickets, replies and changes by your team will show up here.</EmptyState>;
  }
  return (
    <ol class="activity-list">
      {lines.map(({ entry, sentence }) => (
        <ActivityItem key={entry.id} sentence={sentence} at={entry.createdAt} />
      ))}
    </ol>
  );
}
