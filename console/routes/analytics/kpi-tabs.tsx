import type { AnalyticsDashboard } from '../../../shared/schemas/analytics.ts';
import { count, decimal, durationOf, percent, rating } from './format.ts';
import { KpiTile } from './kpi-tile.tsx';
import { absoluteTrend, relativeTrend } from './trend.ts';

/** Chat figures for the range, each with its trend. */
export function ChatTab({ dashboard, compare }: { dashboard: AnalyticsDashboard; compare: boolean }) {
  const { chat, csat } = dashboard;
  const previous = (text: string) => (compare ? text : null);
  return (
    <ul class="kpi-grid kpi-grid--small" aria-label="Chat figures">
      <li>
        <KpiTile label="Chats started" value={count(chat.started.value)} trend={relativeTrend(chat.started, 'neutral')} previous={previous(count(chat.started.previous))} />
      </li>
      <li>
        <KpiTile
          label="Median wait"
          value={durationOf(chat.wait.median.value)}
          trend={relativeTrend(chat.wait.median, 'lower-is-better')}
          hint={`p90 ${durationOf(chat.wait.p90.value)}; business hours ${durationOf(chat.waitBusiness.median.value)}`}
          previous={previous(durationOf(chat.wait.median.previous))}
        />
      </li>
      <li>
        <KpiTile
          label="Median chat duration"
          value={durationOf(chat.duration.median.value)}
          trend={relativeTrend(chat.duration.median, 'neutral')}
          hint={`p90 ${durationOf(chat.duration.p90.value)}`}
          previous={previous(durationOf(chat.duration.median.previous))}
        />
      </li>
      <li>
        <KpiTile label="Missed chats" value={count(chat.missed.value)} trend={relativeTrend(chat.missed, 'lower-is-better')} hint="Closed before anyone took them" previous={previous(count(chat.missed.previous))} />
      </li>
      <li>
        <KpiTile
          label="Converted to tickets"
          value={percent(chat.conversionRate.value)}
          trend={relativeTrend(chat.conversionRate, 'neutral')}
          previous={previous(percent(chat.conversionRate.previous))}
        />
      </li>
      <li>
        <KpiTile
          label="Chats per agent"
          value={decimal(chat.chatsPerAgent.value)}
          trend={relativeTrend(chat.chatsPerAgent, 'neutral')}
          hint="Among agents who took one"
          previous={previous(decimal(chat.chatsPerAgent.previous))}
        />
      </li>
      <li>
        <KpiTile
          label="Chat satisfaction"
          value={rating(csat.chats.mean.value)}
          trend={absoluteTrend(csat.chats.mean, 'higher-is-better')}
          hint={`${count(csat.chats.count.value)} ratings`}
          previous={previous(rating(csat.chats.mean.previous))}
        />
      </li>
    </ul>
  );
}

/** Knowledge-base self-service for the range (customers' searches and views; the console's own are not counted). */
export function KnowledgeTab({ dashboard, compare }: { dashboard: AnalyticsDashboard; compare: boolean }) {
  const { knowledge } = dashboard;
  const previous = (text: string) => (compare ? text : null);
  const noResultShare = knowledge.searches.value ? (knowledge.searchesWithoutResult.value ?? 0) / knowledge.searches.value : null;
  return (
    <ul class="kpi-grid kpi-grid--small" aria-label="Knowledge base figures">
      <li>
        <KpiTile label="Searches" value={count(knowledge.searches.value)} trend={relativeTrend(knowledge.searches, 'neutral')} previous={previous(count(knowledge.searches.previous))} />
      </li>
      <li>
        <KpiTile
          label="Searches without a result"
          value={count(knowledge.searchesWithoutResult.value)}
          trend={relativeTrend(knowledge.searchesWithoutResult, 'lower-is-better')}
          hint={noResultShare === null ? undefined : `${percent(noResultShare)} of searches`}
          previous={previous(count(knowledge.searchesWithoutResult.previous))}
        />
      </li>
      <li>
        <KpiTile label="Article views" value={count(knowledge.articleViews.value)} trend={relativeTrend(knowledge.articleViews, 'higher-is-better')} previous={previous(count(knowledge.articleViews.previous))} />
      </li>
      <li>
        <KpiTile label="Helpful votes" value={percent(knowledge.helpfulRate.value)} trend={relativeTrend(knowledge.helpfulRate, 'higher-is-better')} hint={`${count(knowledge.votes.value)} votes`} previous={previous(percent(knowledge.helpfulRate.previous))} />
      </li>
    </ul>
  );
}
