import { useState } from 'preact/hooks';
import type { Site, WidgetPosition } from '../../../shared/schemas/sites.ts';
import { FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { positionLabels, widgetPositions } from '../../lib/labels.ts';

const siteFields = ['name', 'allowedOrigins', 'themeColor', 'greeting', 'position'];
const hexColour = /^#[0-9a-fA-F]{6}$/;

interface SiteFormProps {
  /** Absent: create a new site. */
  site?: Site;
  onSaved: (site: Site) => void;
  onCancel: () => void;
}

/** Create or edit a site: its name, where the widget may run, and how it looks. */
export function SiteForm({ site, onSaved, onCancel }: SiteFormProps) {
  const [name, setName] = useState(site?.name ?? '');
  const [origins, setOrigins] = useState((site?.allowedOrigins ?? []).join('\n'));
  const [themeColor, setThemeColor] = useState(site?.themeColor ?? '#4f46e5');
  const [greeting, setGreeting] = useState(site?.greeting ?? 'Hi! How can we help?');
  const [position, setPosition] = useState<WidgetPosition>(site?.position ?? 'bottom-right');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    const input = {
      name,
      allowedOrigins: origins
        .split(/[\n,]/)
        .map((line) => line.trim())
        .filter(Boolean),
      themeColor,
      greeting,
      position,
    };
    try {
      onSaved(site ? await api.sites.update(site.id, input) : await api.sites.create(input));
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  return (
    <form class="form site-form" onSubmit={submit} noValidate aria-label={site ? `Edit ${site.name}` : 'New site'}>
      <FormError message={error} extra={unclaimedErrors(fields, siteFields)} />
      <Field label="Site name" error={errorFor(fields, 'name')}>
        {(control) => <input {...control} class="input" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field
        label="Allowed origins"
        error={errorFor(fields, 'allowedOrigins', 'Line')}
        hint="One per line, like https://www.example.com. The widget only loads on these sites."
      >
        {(control) => (
          <textarea
            {...control}
            class="textarea textarea--mono"
            rows={3}
            placeholder="https://www.example.com"
            value={origins}
            onInput={(e) => setOrigins(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form-grid">
        <Field label="Theme colour" error={errorFor(fields, 'themeColor')}>
          {(control) => (
            <div class="colour-input">
              <input
                type="color"
                class="colour-input__swatch"
                aria-label="Pick theme colour"
                value={hexColour.test(themeColor) ? themeColor : '#4f46e5'}
                onInput={(e) => setThemeColor(e.currentTarget.value)}
              />
              <input {...control} class="input" value={themeColor} maxLength={7} onInput={(e) => setThemeColor(e.currentTarget.value)} />
            </div>
          )}
        </Field>
        <Field label="Position" error={errorFor(fields, 'position')}>
          {(control) => (
            <select {...control} class="select" value={position} onChange={(e) => setPosition(e.currentTarget.value as WidgetPosition)}>
              {widgetPositions.map((value) => (
                <option key={value} value={value}>
                  {positionLabels[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Greeting" error={errorFor(fields, 'greeting')} hint="The first thing visitors read when they open the widget.">
        {(control) => <input {...control} class="input" maxLength={300} value={greeting} onInput={(e) => setGreeting(e.currentTarget.value)} />}
      </Field>
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {site ? 'Save site' : 'Create site'}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
