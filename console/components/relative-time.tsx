import { useEffect, useState } from 'preact/hooks';
import { dateTime, relativeTime } from '../lib/format.ts';

/** "5 minutes ago" that keeps itself current, with the exact time on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={dateTime(iso)}>
      {relativeTime(iso, now)}
    </time>
  );
}
