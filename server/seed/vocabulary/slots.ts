import type { Random } from '../random.ts';
import type { SlotFiller } from '../templates.ts';

/*
 * The demo company, "Lumen", sells point-of-sale hardware (card readers, printers…) with a
 * subscription back office to shops, cafés and clinics. That one business plausibly produces
 * every category of ticket: shipping and returns for the hardware, billing for the subscription,
 * bugs and how-tos for the software, integrations with accounting and e-commerce tools.
 */

const from =
  (values: readonly string[]): SlotFiller =>
  (rng) =>
    rng.pick(values);

const digits = (rng: Random, count: number) => String(rng.int(10 ** (count - 1), 10 ** count - 1));

export const slotFillers: Readonly<Record<string, SlotFiller>> = {
  device: from([
    'card reader', 'receipt printer', 'barcode scanner', 'cash drawer', 'kitchen display', 'Lumen Terminal',
    'Lumen Terminal Mini', 'label printer', 'customer-facing display', 'tablet stand',
  ]),
  appArea: from([
    'dashboard', 'inventory page', 'sales report', 'end-of-day report', 'checkout screen', 'staff permissions page',
    'loyalty program settings', 'gift card page', 'product catalog', 'tax settings', 'mobile app', 'offline mode',
    'discounts page', 'customer directory', 'timesheets',
  ]),
  integration: from([
    'QuickBooks', 'Xero', 'Shopify', 'WooCommerce', 'Stripe', 'Zapier', 'Mailchimp', 'Slack', 'Google Sheets',
    'the REST API', 'webhooks', 'Square migration tool',
  ]),
  plan: from(['Starter', 'Growth', 'Pro', 'Enterprise']),
  orderNumber: (rng) => `LM-${digits(rng, 6)}`,
  invoiceNumber: (rng) => `INV-${rng.int(2023, 2026)}-${digits(rng, 5)}`,
  serialNumber: (rng) => `SN${digits(rng, 5)}${digits(rng, 5)}`,
  trackingNumber: (rng) => `1Z${digits(rng, 8)}${digits(rng, 8)}`,
  amount: (rng) => `$${rng.int(19, 2400)}.${rng.pick(['00', '50', '99'])}`,
  errorCode: (rng) =>
    rng.chance(0.5)
      ? `E-${rng.int(1000, 9999)}`
      : rng.pick(['HTTP 500', 'HTTP 502', 'HTTP 429', 'TIMEOUT_EXCEEDED', 'SYNC_CONFLICT', 'TOKEN_EXPIRED', 'DEVICE_NOT_PAIRED']),
  version: (rng) => `${rng.int(3, 5)}.${rng.int(0, 12)}.${rng.int(0, 9)}`,
  platform: from(['iOS 17', 'iOS 18', 'Android 14', 'Android 15', 'Windows 11', 'macOS', 'Chrome', 'Safari', 'Firefox', 'Edge']),
  since: from([
    'since this morning', 'since yesterday', 'since the last update', 'after the weekend', 'for about a week',
    'since we upgraded', 'on and off for a few days', 'since we moved to a new location', 'since Friday',
  ]),
  carrier: from(['UPS', 'FedEx', 'DHL', 'USPS', 'Royal Mail', 'DPD', 'Canada Post']),
  quantity: (rng) => String(rng.int(2, 40)),
  count: (rng) => String(rng.int(2, 12)),
  days: (rng) => String(rng.int(3, 14)),
  percent: (rng) => String(rng.pick([5, 10, 12, 15, 20, 25, 30])),
  feature: from([
    'bulk price editing', 'dark mode', 'inventory transfers between locations', 'CSV import for customers',
    'split payments', 'scheduled reports by email', 'custom receipt logos', 'two-factor authentication for staff',
    'tip pooling', 'an API for discounts', 'table maps for restaurants', 'appointment booking', 'multi-currency pricing',
    'per-location tax rules', 'a Spanish translation of the receipts',
  ]),
  staffRole: from(['manager', 'cashier', 'owner', 'shift lead', 'bookkeeper', 'barista', 'front desk']),
  paymentMethod: from(['Visa card', 'Mastercard', 'Amex card', 'bank transfer', 'PayPal account', 'SEPA direct debit']),
  returnReason: from([
    'it arrived damaged', 'we ordered the wrong model', 'it stopped working after a week', 'we no longer need it',
    "it doesn't fit our counter", 'we closed one of our locations',
  ]),
  weekday: from(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']),
  reportName: from(['sales summary', 'tax report', 'payout report', 'inventory valuation', 'staff hours report', 'refunds report']),
  fileFormat: from(['CSV', 'Excel', 'PDF']),
  colleague: from(['our manager', 'my business partner', 'our accountant', 'the owner', 'a new hire', 'our IT contractor']),
};
