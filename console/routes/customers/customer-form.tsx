import type { CompanySize, Customer, CreateCustomerInput } from '../../../shared/schemas/customers.ts';
import { EnumOptions, SelectField, TextField } from '../../components/field.tsx';
import { errorFor, type FieldErrors } from '../../lib/errors.ts';
import { companySizeLabels } from '../../lib/labels.ts';

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
  const text = (key: TextKey, label: string, type = 'text', optional = true) => (
    <TextField
      label={label}
      optional={optional}
      error={errorFor(fields, key)}
      type={type}
      name={key}
      autoComplete="off"
      value={draft[key]}
      onValue={(value) => onChange({ ...draft, [key]: value })}
    />
  );
  return (
    <div class="form-grid">
      {text('name', 'Name', 'text', false)}
      {text('email', 'Email', 'email')}
      {text('company', 'Company')}
      {text('industry', 'Industry')}
      <SelectField
        label="Company size"
        optional
        error={errorFor(fields, 'companySize')}
        name="companySize"
        value={draft.companySize}
        onValue={(companySize) => onChange({ ...draft, companySize })}
      >
        <option value="">Unknown</option>
        <EnumOptions labels={companySizeLabels} />
      </SelectField>
      {text('location', 'Location')}
    </div>
  );
}
