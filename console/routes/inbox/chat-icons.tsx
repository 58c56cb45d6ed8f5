import { PathIcon } from '../../components/icon.tsx';

/** Icons only the inbox uses (kept in its lazily loaded code), drawn like components/icon.tsx. */
const shapes = {
  paperclip: 'M20 11.5l-8.1 8.1a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8',
  file: 'M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h6',
  send: 'M4 12l16-8-6 16-2.5-6.5zM11.5 13.5 20 4',
  article: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  back: 'M15 6l-6 6 6 6',
  details: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18M12 11v5M12 8h.01',
} as const;

export type ChatIconName = keyof typeof shapes;

export function ChatIcon({ name, size = 18 }: { name: ChatIconName; size?: number }) {
  return <PathIcon d={shapes[name]} size={size} />;
}
