import { z } from 'zod';
import { email, limits, metadata, pageQuery, requiredText, trimmed, type IsoDate } from './common.ts';

export const companySizes = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export type CompanySize = (typeof companySizes)[number];

export interface Customer {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  industry: string | null;
  companySize: CompanySize | null;
  location: string | null;
  metadata: Record<string, string | number | boolean | null>;
  createdAt: IsoDate;
  lastSeenAt: IsoDate | null;
  updatedAt: IsoDate;
}

const optionalText = (max: number) =>
  trimmed(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

const customerFields = {
  name: requiredText(limits.name),
  email: email.nullable(),
  company: optionalText(limits.shortText),
  industry: optionalText(limits.category),
  companySize: z.enum(companySizes).nullable(),
  location: optionalText(limits.shortText),
  metadata,
};

export const createCustomerInput = z.strictObject({
  name: customerFields.name,
  email: customerFields.email.optional(),
  company: customerFields.company.optional(),
  industry: customerFields.industry.optional(),
  companySize: customerFields.companySize.optional(),
  location: customerFields.location.optional(),
  metadata: customerFields.metadata.optional(),
});
export type CreateCustomerInput = z.input<typeof createCustomerInput>;

export const updateCustomerInput = createCustomerInput.partial();
export type UpdateCustomerInput = z.input<typeof updateCustomerInput>;

export const customerListQuery = z.strictObject({
  q: trimmed(limits.query).optional(),
  ...pageQuery,
});
export type CustomerListQuery = z.input<typeof customerListQuery>;

export interface CustomerSummary {
  id: string;
  name: string;
  email: string | null;
}
