import type { CompanySize, Customer, CreateCustomerInput } from '../../../shared/schemas/customers.ts';
import { Field } from '../../components/field.tsx';
import { errorFor, type FieldErrors } from '../../lib/errors.ts';
import { companySizeLabels, companySizes } from '../../lib/labels.ts';

/** The editable fields of a customer, as strings the way inputs hold them. */
export interface CustomerDraft {
  name: string;
  email: string;
  company: string;
  industry: string;
  companySize: CompanySize | '';
  location: string;
}

export const customerFieldNames = ['name', 'email', 'company', 'industry', 'companySize', 'location'];

export const emptyCustomerDraft: CustomerDraft = { name: '', email: '', company: '', industry: '', companySize: '', location: '' };

export function draftOf(customer: Customer): CustomerDraft {
  return {
    name: customer.name,
    email: customer.email ?? '',
    company: customer.company ?? '',
    industry: customer.industry ?? '',
    companySize: customer.companySize ?? '',
    location: customer.location ?? '',
  };
}

/** Blank optional fields are sent as null, which clears them. */
export function inputOf(draft: CustomerDraft): CreateCustomerInput {
  const orNull = (value: string) => value.trim() || null;
  return {
    name: draft.name,
    email: orNull(draft.email),
    company: orNull(draft.company),
    industry: orNull(draft.industry),
    companySize: draft.companySize || null,
    location: orNull(draft.location),
  };
}

type TextKey = Exclude<keyof CustomerDraft, 'companySize'>;

export function CustomerFields({
  draft,
  onChange,
  fields,
}: {
  draft: CustomerDraft;
  onChange: (draft: CustomerDraft) => void;
  fields: FieldErrors;
}) {
  const text = (key: TextKey, label: string, type = 'text', optional = true, autoComplete = 'off') => (
    <Field label={label} optional={optional} error={errorFor(fields, key)}>
      {(control) => (
        <input
          {...control}
          class="input"
          type={type}
          name={key}
          autoComplete={autoComplete}
          value={draft[key]}
          onInput={(event) => onChange({ ...draft, [key]: event.currentTarget.value })}
        />
      )}
    </Field>
  );
  return (
    <div class="form-grid">
      {text('name', 'Name', 'text', false)}
      {text('email', 'Email', 'email')}
      {text('company', 'Company')}
      {text('industry', 'Industry')}
      <Field label="Company size" optional error={errorFor(fields, 'companySize')}>
        {(control) => (
          <select
            {...control}
            class="select"
            name="companySize"
            value={draft.companySize}
            onChange={(event) => onChange({ ...draft, companySize: event.currentTarget.value as CompanySize | '' })}
          >
            <option value="">Unknown</option>
            {companySizes.map((size) => (
              <option key={size} value={size}>
                {companySizeLabels[size]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('location', 'Location')}
    </div>
  );
}
