import { useRef, useState } from 'preact/hooks';
import { Glyph } from '../glyph.tsx';
import type { Chat } from './client.ts';
import { acceptedTypes, fileProblem, maxFiles } from './files.ts';
import { Problem } from './problem.tsx';

/**
 * Where the visitor writes. Enter sends, Shift+Enter starts a new line. Files are checked here
 * against the upload limits (the server checks again, by their bytes) and sent with the message.
 */
export function Composer({ chat }: { chat: Chat }) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState('');
  const picker = useRef<HTMLInputElement>(null);

  const send = () => {
    const body = text.trim();
    if (!body && !files.length) return;
    chat.send(body, files);
    setText('');
    setFiles([]);
    setProblem('');
  };

  const pick = (picked: File[]) => {
    const problems = picked.map(fileProblem).filter(Boolean);
    const ok = picked.filter((file) => !fileProblem(file));
    const all = [...files, ...ok];
    if (all.length > maxFiles) problems.push(`At most ${maxFiles} files per message.`);
    setFiles(all.slice(0, maxFiles));
    setProblem(problems.join(' '));
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <Problem text={problem} />
      {files.length > 0 && (
        <ul class="picked" aria-label="Files to send">
          {files.map((file, index) => (
            <li key={index}>
              {file.name}
              <button type="button" aria-label={`Remove ${file.name}`} onClick={() => setFiles(files.filter((_, other) => other !== index))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <input
          ref={picker}
          type="file"
          accept={acceptedTypes}
          multiple
          hidden
          onChange={(event) => {
            pick([...(event.currentTarget.files ?? [])]);
            event.currentTarget.value = ''; // picking the same file again still counts
          }}
        />
        <button type="button" class="icon" aria-label="Attach a file" onClick={() => picker.current?.click()}>
          <Glyph d="m21 11-8.5 8.5a5 5 0 0 1-7-7L14 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L15 7" />
        </button>
        <textarea
          aria-label="Message"
          placeholder="Write a message…"
          rows={1}
          maxLength={4000}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            chat.typing();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              send();
            }
          }}
        />
        <button type="submit" class="icon send" aria-label="Send">
          <Glyph d="M4 12 20 4l-6 16-3-7z" />
        </button>
      </div>
    </form>
  );
}
