import { z } from 'zod';
import { limits, requiredText, trimmed, type IsoDate } from './common.ts';

export const widgetPositions = ['bottom-right', 'bottom-left'] as const;
export type WidgetPosition = (typeof widgetPositions)[number];

/** Which panels the widget shows: help articles and chat, only chat, or only help. */
export const widgetModes = ['both', 'chat', 'help'] as const;
export type WidgetMode = (typeof widgetModes)[number];

export interface Site {
  id: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  themeColor: string;
  greeting: string;
  position: WidgetPosition;
  widgetMode: WidgetMode;
  /**
   * Signs `Lantern.identify()` hashes (hex HMAC-SHA256 of the user id). Present only for admins:
   * whoever holds it can make the widget treat any visitor as any signed-in user.
   */
  identitySecret?: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** What the widget may learn about a site: nothing an attacker could use. */
export interface WidgetSiteConfig {
  name: string;
  themeColor: string;
  greeting: string;
  position: WidgetPosition;
  mode: WidgetMode;
}

/** An origin is scheme://host[:port], nothing more: that is what browsers send in the Origin header. */
export const origin = z
  .string()
  .trim()
  .max(300)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
      } catch {
        return false;
      }
    },
    { message: 'must be an origin like https://example.com (no path)' },
  )
  .transform((value) => new URL(value).origin);

const themeColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like #4f46e5' });

export const createSiteInput = z.strictObject({
  name: requiredText(limits.name),
  allowedOrigins: z.array(origin).max(50).default([]),
  themeColor: themeColor.default('#4f46e5'),
  greeting: trimmed(300).default('Hi! How can we help?'),
  position: z.enum(widgetPositions).default('bottom-right'),
  widgetMode: z.enum(widgetModes).default('both'),
});
export type CreateSiteInput = z.input<typeof createSiteInput>;

export const updateSiteInput = z.strictObject({
  name: requiredText(limits.name).optional(),
  allowedOrigins: z.array(origin).max(50).optional(),
  themeColor: themeColor.optional(),
  greeting: trimmed(300).optional(),
  position: z.enum(widgetPositions).optional(),
  widgetMode: z.enum(widgetModes).optional(),
});
export type UpdateSiteInput = z.input<typeof updateSiteInput>;

export const sitePublicKey = z.string().regex(/^pk_[A-Za-z0-9_-]{16,64}$/, { message: 'must be a site key' });
