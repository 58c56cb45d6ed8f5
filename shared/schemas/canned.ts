import { z } from 'zod';
import { cannedLimits, cannedShortcutPattern, normalizeCannedShortcut } from '../chat/canned.ts';
import { limits, requiredText, trimmed, type IsoDate } from './common.ts';

/** A reply agents insert in a chat by typing `/shortcut`; `{{variables}}` are filled when inserted. */
export interface CannedResponse {
  id: string;
  /** Stored without its slash: `refund` is typed as `/refund`. */
  shortcut: string;
  title: string;
  body: string;
  createdBy: { id: string; name: string } | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** Typed with or without the slash, in any case: `/Refund` is stored as `refund`. */
const shortcut = z
  .string()
  .transform(normalizeCannedShortcut)
  .pipe(
    z
      .string()
      .min(1, { message: 'is required' })
      .max(cannedLimits.shortcut, { message: `must be at most ${cannedLimits.shortcut} characters` })
      .regex(cannedShortcutPattern, { message: 'may hold only lowercase letters, digits, - and _' }),
  );

export const createCannedResponseInput = z.strictObject({
  shortcut,
  title: requiredText(cannedLimits.title),
  body: requiredText(cannedLimits.body),
});
export type CreateCannedResponseInput = z.input<typeof createCannedResponseInput>;

export const updateCannedResponseInput = z.strictObject({
  shortcut: shortcut.optional(),
  title: requiredText(cannedLimits.title).optional(),
  body: requiredText(cannedLimits.body).optional(),
});
export type UpdateCannedResponseInput = z.input<typeof updateCannedResponseInput>;

/** `q` picks responses whose shortcut or title starts with it (a leading slash is ignored). */
export const cannedResponseListQuery = z.strictObject({
  q: trimmed(limits.query).optional(),
});
export type CannedResponseListQuery = z.input<typeof cannedResponseListQuery>;
