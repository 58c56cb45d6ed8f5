import { useMemo, useRef, useState } from 'preact/hooks';
import type { ControlProps } from '../../../components/field.tsx';
import { Icon, type IconName } from '../../../components/icon.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useDebounced } from '../../../lib/use-debounced.ts';
import { formatEdit, insertEdit, type FormatKind, type TextEdit } from './format.ts';
import { renderMarkdown, sanitizeHtml } from './render.ts';
import { acceptedTypes, fileNameOf, fileProblem, uploadFile } from './upload.ts';

const tools: Array<{ kind: FormatKind; label: string; icon: IconName; key?: string }> = [
  { kind: 'bold', label: 'Bold', icon: 'bold', key: 'b' },
  { kind: 'italic', label: 'Italic', icon: 'italic', key: 'i' },
  { kind: 'heading', label: 'Heading', icon: 'heading' },
  { kind: 'bulleted', label: 'Bulleted list', icon: 'list' },
  { kind: 'numbered', label: 'Numbered list', icon: 'listOrdered' },
  { kind: 'link', label: 'Link', icon: 'link', key: 'k' },
  { kind: 'code', label: 'Code', icon: 'code' },
  { kind: 'image', label: 'Image', icon: 'image' },
];

type Mode = 'write' | 'preview';

/** Applies one edit as if typed, so Ctrl+Z undoes it; falls back to setRangeText where that is refused. */
function applyEdit(area: HTMLTextAreaElement, edit: TextEdit, onValue: (value: string) => void) {
  area.focus();
  area.setSelectionRange(edit.from, edit.to);
  const expected = area.value.slice(0, edit.from) + edit.text + area.value.slice(edit.to);
  const typed = edit.text !== '' && document.execCommand('insertText', false, edit.text);
  if (!typed || area.value !== expected) {
    area.value = expected;
    onValue(expected);
  }
  area.setSelectionRange(edit.selectFrom, edit.selectTo);
}

interface MarkdownEditorProps {
  control: ControlProps;
  value: string;
  onValue: (value: string) => void;
  title: string;
  locale: string;
  articleId: string | undefined;
  /** What is saved, with the server's HTML for it: shown while the text is unchanged. */
  saved: { content: string; html: string } | null;
}

/**
 * Markdown on the left, the sanitized preview on the right (under it on phones), a toolbar that
 * edits the selection, and images by button, drag-and-drop or paste. "Preview" shows the article
 * full width, as customers will read it.
 */
export function MarkdownEditor({ control, value, onValue, title, locale, articleId, saved }: MarkdownEditorProps) {
  const [mode, setMode] = useState<Mode>('write');
  const [focusIndex, setFocusIndex] = useState(0);
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);

  const shown = useDebounced(value, 120);
  const html = useMemo(
    () => (saved && shown === saved.content ? sanitizeHtml(saved.html) : renderMarkdown(shown, locale)),
    [shown, locale, saved?.content, saved?.html],
  );

  const format = (kind: FormatKind) => {
    const element = area.current;
    if (!element) return;
    applyEdit(element, formatEdit(kind, element.value, element.selectionStart, element.selectionEnd), onValue);
  };

  /** Each file gets a placeholder where the caret is, replaced by its markdown once uploaded. */
  async function upload(files: File[]) {
    setUploadError(null);
    for (const file of files) {
      const problem = fileProblem(file);
      const element = area.current;
      if (problem || !element) {
        setUploadError(problem);
        continue;
      }
      const placeholder = `![Uploading ${fileNameOf(file)}…]()`;
      applyEdit(element, insertEdit(element.value, element.selectionStart, element.selectionEnd, placeholder), onValue);
      setUploading((count) => count + 1);
      let markdown = '';
      try {
        markdown = await uploadFile(file, articleId);
      } catch (failure) {
        setUploadError(`${file.name || 'The image'} could not be uploaded: ${errorMessage(failure)}`);
      } finally {
        setUploading((count) => count - 1);
      }
      const at = element.value.indexOf(placeholder);
      if (at >= 0) {
        const caret = [element.selectionStart, element.selectionEnd];
        const next = element.value.slice(0, at) + markdown + element.value.slice(at + placeholder.length);
        element.value = next;
        onValue(next);
        const shift = (position: number) => (position > at ? position + markdown.length - placeholder.length : position);
        element.setSelectionRange(shift(caret[0] ?? 0), shift(caret[1] ?? 0));
      }
    }
  }

  const filesOf = (list: FileList | null | undefined) => Array.from(list ?? []);

  function onToolbarKey(event: KeyboardEvent) {
    const keys: Record<string, (index: number, count: number) => number> = {
      ArrowRight: (index, count) => (index + 1) % count,
      ArrowLeft: (index, count) => (index - 1 + count) % count,
      Home: () => 0,
      End: (_index, count) => count - 1,
    };
    const move = keys[event.key];
    const buttons = Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>('.md-toolbar__button') ?? []);
    if (!move || buttons.length === 0) return;
    event.preventDefault();
    const next = move(focusIndex, buttons.length);
    setFocusIndex(next);
    buttons[next]?.focus();
  }

  const textareaId = control.id;
  return (
    <div class={`md-editor md-editor--${mode}${dragging ? ' md-editor--dragging' : ''}`}>
      <div class="md-editor__bar">
        <div class="md-toolbar" role="toolbar" aria-label="Formatting" aria-controls={textareaId} ref={toolbar} onKeyDown={onToolbarKey}>
          {[...tools, { kind: 'upload' as const, label: 'Upload image', icon: 'plus' as IconName }].map((tool, index) => (
            <button
              key={tool.kind}
              type="button"
              class={`md-toolbar__button${tool.kind === 'upload' ? ' md-toolbar__button--text' : ''}`}
              tabIndex={index === focusIndex ? 0 : -1}
              aria-label={tool.kind === 'upload' ? undefined : tool.label}
              title={'key' in tool && tool.key ? `${tool.label} (Ctrl+${tool.key.toUpperCase()})` : tool.label}
              disabled={mode === 'preview'}
              // Keep the textarea's selection: the button acts on it.
              onMouseDown={(event) => event.preventDefault()}
              onFocus={() => setFocusIndex(index)}
              onClick={() => (tool.kind === 'upload' ? fileInput.current?.click() : format(tool.kind))}
            >
              <Icon name={tool.kind === 'upload' ? 'image' : tool.icon} size={18} />
              {tool.kind === 'upload' && <span>Upload image</span>}
            </button>
          ))}
        </div>
        <input
          ref={fileInput}
          type="file"
          accept={acceptedTypes}
          multiple
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = filesOf(event.currentTarget.files);
            event.currentTarget.value = '';
            void upload(files);
          }}
        />
        <fieldset class="segmented md-editor__mode">
          <legend class="visually-hidden">Editor view</legend>
          {(['write', 'preview'] as const).map((option) => (
            <label key={option} class={`segmented__option${mode === option ? ' is-selected' : ''}`}>
              <input type="radio" name="editor-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              {option === 'write' ? 'Write' : 'Preview'}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="md-editor__panes">
        <div class="md-editor__code">
          <textarea
            {...control}
            ref={area}
            class="md-editor__textarea"
            spellcheck
            value={value}
            onInput={(event) => onValue(event.currentTarget.value)}
            onKeyDown={(event) => {
              const tool = (event.ctrlKey || event.metaKey) && !event.altKey ? tools.find((item) => item.key === event.key.toLowerCase()) : undefined;
              if (tool) {
                event.preventDefault();
                format(tool.kind);
              }
            }}
            onPaste={(event) => {
              const files = filesOf(event.clipboardData?.files);
              if (files.length === 0) return;
              event.preventDefault();
              void upload(files);
            }}
            onDragOver={(event) => {
              if (!event.dataTransfer?.types.includes('Files')) return;
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              setDragging(false);
              const files = filesOf(event.dataTransfer?.files);
              if (files.length === 0) return;
              event.preventDefault();
              void upload(files);
            }}
          />
        </div>
        <section class="md-editor__preview" aria-label="Preview" tabIndex={0}>
          <p class="md-editor__preview-label" aria-hidden="true">
            <Icon name="eye" size={14} />
            Preview
          </p>
          <h2 class="article-body__title">{title.trim() || 'Untitled article'}</h2>
          <div class="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      </div>
      <p class="md-editor__status" aria-live="polite">
        {uploading > 0 ? `Uploading ${uploading === 1 ? 'a file' : `${uploading} files`}…` : ''}
      </p>
      {uploadError && (
        <p class="field__error" role="alert">
          {uploadError}
        </p>
      )}
    </div>
  );
}
