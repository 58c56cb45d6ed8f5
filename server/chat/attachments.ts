import { eq } from 'drizzle-orm';
import type { ChatAttachment } from '../../shared/chat/protocol.ts';
import { chatAttachments } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';
import type { Participant } from '../rooms/store.ts';
import type { PreparedUpload } from '../uploads/queries.ts';
import type { UploadStore } from '../uploads/storage.ts';
import { openSessionFor } from './access.ts';
import type { ChatDeps } from './deps.ts';
import { toChatAttachment } from './serialize.ts';

export type ChatAttachmentRow = typeof chatAttachments.$inferSelect;

/**
 * Stores a checked upload (magic bytes, size, re-encoded images: server/uploads) for a chat. The
 * file is written first (temp + rename), then its row in a transaction that checks the session
 * again; if that fails the file is removed, so a refused upload leaves nothing behind. The file
 * is not in any message yet: the sender attaches it by id with their next message.
 */
export async function storeChatAttachment(
  { db, secret }: ChatDeps,
  store: UploadStore,
  upload: PreparedUpload,
  sessionId: string,
  who: Participant,
): Promise<ChatAttachment> {
  const now = new Date();
  const row: ChatAttachmentRow = {
    id: uuidv7(now.getTime()),
    sessionId,
    fileName: upload.fileName,
    contentType: upload.contentType,
    size: upload.data.byteLength,
    sha256: upload.sha256,
    uploadedBy: who.kind === 'agent' ? 'agent' : 'customer',
    createdAt: now,
  };
  await store.write(row.id, upload.data);
  try {
    db.transaction(
      (tx) => {
        openSessionFor(tx, sessionId, who);
        tx.insert(chatAttachments).values(row).run();
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    await store.remove(row.id);
    throw error;
  }
  return toChatAttachment(secret, row);
}

export async function findChatAttachment({ db }: ChatDeps, attachmentId: string): Promise<ChatAttachmentRow | undefined> {
  return db.select().from(chatAttachments).where(eq(chatAttachments.id, attachmentId)).get();
}
