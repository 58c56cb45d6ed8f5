import { chatExportUrl } from '../../../shared/api/support.ts';
import type { ChatExportQuery, TranscriptFormat } from '../../../shared/schemas/transcripts.ts';

/**
 * Download links for the chats a query names, as text or PDF. Plain links: the browser streams the
 * file to disk, so a thousand transcripts never sit in the page's memory.
 */
export function ExportLinks({ id, label, query }: { id: string; label: string; query: Omit<ChatExportQuery, 'format'> }) {
  const href = (format: TranscriptFormat) => chatExportUrl('', { ...query, format });
  return (
    <span class="history-export" role="group" aria-labelledby={id}>
      <span class="history-export__label" id={id}>
        {label}
      </span>
      <a class="button button--secondary button--sm" href={href('txt')} download>
        Text
      </a>
      <a class="button button--secondary button--sm" href={href('pdf')} download>
        PDF
      </a>
    </span>
  );
}
