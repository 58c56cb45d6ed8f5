import { sameSecret, signFor } from './secrets.ts';

/**
 * Chat files are private to their conversation, yet must load in an <img> on any site (no
 * cookies, no headers). So each file's URL carries a signature of its id: whoever was shown the
 * message can fetch the file, nobody can guess another one.
 */
export const chatFilesPath = '/api/chat-files';

export const chatFileSignature = (secret: string, attachmentId: string) => signFor(secret, 'chat-file', attachmentId);

export const chatFileUrl = (secret: string, attachmentId: string) =>
  `${chatFilesPath}/${attachmentId}?sig=${chatFileSignature(secret, attachmentId)}`;

export const isValidFileSignature = (secret: string, attachmentId: string, signature: string) =>
  sameSecret(signature, chatFileSignature(secret, attachmentId));
