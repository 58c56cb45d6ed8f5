import { useEffect, useRef, useState } from 'preact/hooks';
import { expandCannedResponse, filterCannedResponses, type CannedContext } from '../../../shared/chat/canned.ts';
import type { ChatAttachment } from '../../../shared/chat/protocol.ts';
import { fileSize } from '../../../shared/file-size.ts';
import { attachmentLimits } from '../../../shared/schemas/attachment-limits.ts';
import type { CannedResponse } from '../../../shared/schemas/canned.ts';
import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { chatLimits } from '../../state/chat-limits.ts';
import type { ChatRoom } from '../../state/chat-rooms.ts';
import { ArticlePicker } from './article-picker.tsx';
import { cannedResponses, loadCannedResponses, shortcutAt, type ShortcutToken } from './canned.ts';
import { ChatIcon } from './chat-icons.tsx';
import { ChatOption } from './chat-option.tsx';

type Mode = 'reply' | 'note';

interface Draft {
  text: string;
  mode: Mode;
}

/** What was typed per chat, so switching to another chat and back loses nothing. */
const drafts = new Map<string, Draft>();

interface Upload {
  key: string;
  fileName: string;
  size: number;
  state: 'uploading' | 'ready' | 'failed';
  attachment: ChatAttachment | null;
  error: string | null;
}

const acceptedTypes = 'image/png,image/jpeg,image/gif,image/webp,application/pdf';
/** The composer tells the room "typing" at most this often, and "stopped" after this long idle. */
const typingEveryMs = 3_000;
const typingIdleMs = 4_000;

function useTypingSignal(room: ChatRoom) {
  const lastSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    if (idle.current) clearTimeout(idle.current);
    idle.current = null;
    if (lastSent.current !== 0) room.setComposing(false);
    lastSent.current = 0;
  };
  useEffect(() => stop, [room]);
  return {
    typed() {
      const now = Date.now();
      if (now - lastSent.current > typingEveryMs) {
        room.setComposing(true);
        lastSent.current = now;
      }
      if (idle.current) clearTimeout(idle.current);
      idle.current = setTimeout(stop, typingIdleMs);
    },
    stop,
  };
}

/**
 * Writing in a chat: a reply to the customer or an internal note (amber, agents only). Enter
 * sends, Shift+Enter starts a new line; `/shortcut` opens the canned responses, with their
 * variables filled for this customer; files and knowledge-base links can be attached.
 */
export function Composer({ chatId, room, context, disabledReason }: { chatId: string; room: ChatRoom; context: CannedContext; disabledReason: string | null }) {
  const [draft, setDraftState] = useState<Draft>(() => drafts.get(chatId) ?? { text: '', mode: 'reply' });
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [token, setToken] = useState<ShortcutToken | null>(null);
  const [active, setActive] = useState(0);
  const [articleOpen, setArticleOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const typing = useTypingSignal(room);

  useEffect(loadCannedResponses, []);

  const setDraft = (next: Draft) => {
    drafts.set(chatId, next);
    setDraftState(next);
  };

  const note = draft.mode === 'note';
  const options: CannedResponse[] = token && cannedResponses.value ? filterCannedResponses(cannedResponses.value, token.prefix).slice(0, 8) : [];
  const pickerOpen = token !== null && options.length > 0;
  const uploading = uploads.some((upload) => upload.state === 'uploading');
  const ready = uploads.filter((upload) => upload.state === 'ready' && upload.attachment).map((upload) => upload.attachment as ChatAttachment);
  const body = draft.text.trim();
  const tooLong = draft.text.length > chatLimits.body;
  const canSend = !disabledReason && !uploading && !tooLong && (body !== '' || ready.length > 0);

  /** Replaces [start, end) of the text and puts the caret after the insertion. */
  function insertAt(start: number, end: number, insert: string) {
    const text = draft.text.slice(0, start) + insert + draft.text.slice(end);
    setDraft({ ...draft, text });
    setToken(null);
    requestAnimationFrame(() => {
      const element = textarea.current;
      if (!element) return;
      element.focus();
      element.selectionStart = element.selectionEnd = start + insert.length;
    });
  }

  function pickCanned(response: CannedResponse) {
    if (!token) return;
    insertAt(token.start, token.end, expandCannedResponse(response.body, context));
  }

  function insertArticle(line: string) {
    setArticleOpen(false);
    const element = textarea.current;
    const start = element?.selectionStart ?? draft.text.length;
    const end = element?.selectionEnd ?? start;
    const before = draft.text.slice(0, start);
    const spacer = before && !/\s$/.test(before) ? ' ' : '';
    insertAt(start, end, `${spacer}${line}`);
  }

  function send() {
    if (!canSend) return;
    room.send(body, { internal: note, attachments: ready });
    typing.stop();
    setDraft({ ...draft, text: '' });
    setUploads([]);
    setError(null);
  }

  function upload(files: FileList | null) {
    if (!files) return;
    let count = uploads.length;
    for (const file of Array.from(files)) {
      const key = `${file.name}-${file.size}-${Math.random()}`;
      if (count >= chatLimits.attachments) {
        setError(`At most ${chatLimits.attachments} files in one message.`);
        return;
      }
      if (file.size > attachmentLimits.fileBytes) {
        setError(`${file.name} is larger than ${fileSize(attachmentLimits.fileBytes)}.`);
        continue;
      }
      count++;
      setUploads((list) => [...list, { key, fileName: file.name, size: file.size, state: 'uploading', attachment: null, error: null }]);
      api.chats.uploadAttachment(chatId, file, file.name).then(
        (attachment) =>
          setUploads((list) => list.map((item) => (item.key === key ? { ...item, state: 'ready', attachment } : item))),
        (failure: unknown) =>
          setUploads((list) => list.map((item) => (item.key === key ? { ...item, state: 'failed', error: errorMessage(failure) } : item))),
      );
    }
  }

  return (
    <form
      class={`reply-box chat-composer${note ? ' reply-box--note' : ''}`}
      aria-label="Message"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div class="chat-composer__bar">
        <fieldset class="segmented">
          <legend class="visually-hidden">Message type</legend>
          <label class={`segmented__option${!note ? ' is-selected' : ''}`}>
            <input type="radio" name="chat-mode" value="reply" checked={!note} onChange={() => setDraft({ ...draft, mode: 'reply' })} />
            Reply
          </label>
          <label class={`segmented__option segmented__option--note${note ? ' is-selected' : ''}`}>
            <input type="radio" name="chat-mode" value="note" checked={note} onChange={() => setDraft({ ...draft, mode: 'note' })} />
            Internal note
          </label>
        </fieldset>
        <div class="chat-composer__tools">
          <label class={`button button--ghost button--sm chat-composer__attach${disabledReason ? ' is-disabled' : ''}`}>
            <input
              type="file"
              class="visually-hidden"
              accept={acceptedTypes}
              multiple
              disabled={Boolean(disabledReason)}
              onChange={(event) => {
                upload(event.currentTarget.files);
                event.currentTarget.value = '';
              }}
            />
            <ChatIcon name="paperclip" size={16} />
            <span class="chat-composer__tool-label">Attach</span>
          </label>
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={articleOpen ? 'true' : 'false'}
            disabled={Boolean(disabledReason)}
            onClick={() => setArticleOpen(!articleOpen)}
          >
            <ChatIcon name="article" size={16} />
            <span class="chat-composer__tool-label">Insert article</span>
          </Button>
        </div>
      </div>
      {articleOpen && (
        <ArticlePicker
          onPick={insertArticle}
          onClose={() => {
            setArticleOpen(false);
            textarea.current?.focus();
          }}
        />
      )}
      {pickerOpen && (
        <ul class="chat-popover chat-options" id="canned-options" role="listbox" aria-label="Canned responses">
          {options.map((response, index) => (
            <ChatOption
              key={response.id}
              id={`canned-option-${response.id}`}
              active={index === active}
              onPick={() => pickCanned(response)}
              title={
                <>
                  <span class="chat-option__shortcut">/{response.shortcut}</span> {response.title}
                </>
              }
              detail={expandCannedResponse(response.body, context)}
            />
          ))}
        </ul>
      )}
      <label class="visually-hidden" for="chat-composer-input">
        {note ? 'Internal note' : 'Reply'}
      </label>
      <textarea
        id="chat-composer-input"
        ref={textarea}
        class="textarea reply-box__input chat-composer__input"
        rows={2}
        value={draft.text}
        disabled={Boolean(disabledReason)}
        placeholder={disabledReason ?? (note ? 'Write a note for your team…' : 'Write a reply… (type / for canned responses)')}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={pickerOpen ? 'true' : 'false'}
        aria-controls={pickerOpen ? 'canned-options' : undefined}
        aria-activedescendant={pickerOpen && options[active] ? `canned-option-${options[active].id}` : undefined}
        aria-describedby="chat-composer-hint"
        onInput={(event) => {
          const element = event.currentTarget;
          setDraft({ ...draft, text: element.value });
          setToken(shortcutAt(element.value, element.selectionStart));
          setActive(0);
          if (!note && element.value.trim()) typing.typed();
        }}
        onKeyDown={(event) => {
          if (pickerOpen) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
              return;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              event.preventDefault();
              const response = options[active];
              if (response) pickCanned(response);
              return;
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              setToken(null);
              return;
            }
          }
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            send();
          }
        }}
        onBlur={() => setToken(null)}
      />
      {uploads.length > 0 && (
        <ul class="chat-uploads" aria-label="Files to send">
          {uploads.map((item) => (
            <li key={item.key} class={`chat-upload chat-upload--${item.state}`}>
              <ChatIcon name="file" size={14} />
              <span class="chat-upload__name">{item.fileName}</span>
              <span class="chat-upload__state">
                {item.state === 'uploading' ? 'Uploading…' : item.state === 'failed' ? (item.error ?? 'Upload failed') : fileSize(item.size)}
              </span>
              <button
                type="button"
                class="icon-button chat-upload__remove"
                onClick={() => setUploads((list) => list.filter((upload) => upload.key !== item.key))}
              >
                <Icon name="close" size={14} />
                <span class="visually-hidden">Remove {item.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <div class="chat-composer__foot">
        <p class="reply-box__hint" id="chat-composer-hint">
          {tooLong
            ? `${draft.text.length - chatLimits.body} characters over the limit of ${chatLimits.body}.`
            : note
              ? 'Only your team sees internal notes.'
              : 'Enter sends, Shift+Enter adds a line.'}
        </p>
        <Button type="submit" variant="primary" size="sm" disabled={!canSend}>
          <ChatIcon name="send" size={16} />
          {note ? 'Add note' : 'Send'}
        </Button>
      </div>
    </form>
  );
}
