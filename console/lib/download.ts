import { useRef, useState } from 'preact/hooks';
import type { DownloadedFile, DownloadOptions, DownloadProgress } from '../../shared/api/reports.ts';
import { errorMessage } from './errors.ts';

/** Hands a downloaded Blob to the browser as a file to save, under the server's file name. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the save before the Blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "12,300 of 48,000 tickets" or "3.2 MB". */
export function progressText(progress: DownloadProgress): string {
  const number = new Intl.NumberFormat('en-US');
  if (progress.unit === 'rows') return `${number.format(progress.done)}${progress.total !== null ? ` of ${number.format(progress.total)}` : ''} tickets`;
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  return progress.total ? `${mb(progress.done)} of ${mb(progress.total)}` : mb(progress.done);
}

export interface Download {
  /** The label of what is downloading (e.g. "CSV"), or null when idle. */
  active: string | null;
  progress: DownloadProgress | null;
  error: string | null;
  /** Fetches through `fetchFile` (a typed client call), reporting progress, then saves the file. */
  start(label: string, fetchFile: (options: DownloadOptions) => Promise<DownloadedFile>): Promise<void>;
  cancel(): void;
}

/** One download at a time, with its progress and a way to cancel it. */
export function useDownload(): Download {
  const [active, setActive] = useState<string | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function start(label: string, fetchFile: (options: DownloadOptions) => Promise<DownloadedFile>) {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setActive(label);
    setError(null);
    setProgress(null);
    try {
      saveFile(await fetchFile({ signal: abort.signal, onProgress: setProgress }));
    } catch (failure) {
      if (!abort.signal.aborted) setError(errorMessage(failure));
    } finally {
      controller.current = null;
      setActive(null);
      setProgress(null);
    }
  }

  return { active, progress, error, start, cancel: () => controller.current?.abort() };
}
