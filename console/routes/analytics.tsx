import { ButtonLink } from '../components/button.tsx';
import { ComingSoon } from '../components/coming-soon.tsx';
import { paths } from '../lib/paths.ts';

export function AnalyticsPage() {
  return (
    <ComingSoon
      title="Analytics"
      icon="chart"
      summary="Reports are coming, computed from your real tickets and chats. No sample data, no estimates."
      points={[
        'First response and resolution times, by team member and channel',
        'SLA compliance over any date range',
        'Customer satisfaction (CSAT) from ticket ratings',
      ]}
    >
      <p class="coming-soon__now">Today, Home shows what needs attention right now.</p>
      <ButtonLink href={paths.home()}>Go to Home</ButtonLink>
    </ComingSoon>
  );
}
