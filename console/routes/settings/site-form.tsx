import { useState } from 'preact/hooks';
import type { Site, WidgetPosition } from '../../../shared/schemas/sites.ts';
import { FormError } from '../../components/alert.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { EnumOptions, Field, SelectField, TextField } from '../../components/field.tsx';
import { api } from '../../lib/api.ts';
import { positionLabels } from '../../lib/labels.ts';
import { useSubmit } from '../../lib/use-submit.ts';

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
  const form = useSubmit(async () => {
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
    onSaved(site ? await api.sites.update(site.id, input) : await api.sites.create(input));
  });

  return (
    <form class="form site-form" onSubmit={form.onSubmit} noValidate aria-label={site ? `Edit ${site.name}` : 'New site'}>
      <FormError message={form.error} extra={form.unclaimed(siteFields)} />
      <TextField label="Site name" error={form.errorFor('name')} value={name} onValue={setName} />
      <Field
        label="Allowed origins"
        error={form.errorFor('allowedOrigins', 'Line')}
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
        <Field label="Theme colour" error={form.errorFor('themeColor')}>
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
        <SelectField label="Position" error={form.errorFor('position')} value={position} onValue={setPosition}>
          <EnumOptions labels={positionLabels} />
        </SelectField>
      </div>
      <TextField
        label="Greeting"
        error={form.errorFor('greeting')}
        hint="The first thing visitors read when they open the widget."
        maxLength={300}
        value={greeting}
        onValue={setGreeting}
      />
      <SubmitCancel label={site ? 'Save site' : 'Create site'} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
