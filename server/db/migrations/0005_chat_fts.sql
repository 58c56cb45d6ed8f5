-- Full-text index over chat message text for transcript search, keyed by the message's rowid.
-- Contentless (the text lives in `chat_messages`); messages are immutable, so insert and delete suffice.
CREATE VIRTUAL TABLE `chat_messages_fts` USING fts5(
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `chat_messages_fts_insert` AFTER INSERT ON `chat_messages` WHEN new.kind <> 'system' BEGIN
  INSERT INTO `chat_messages_fts` (rowid, body) VALUES (new.rowid, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `chat_messages_fts_delete` AFTER DELETE ON `chat_messages` WHEN old.kind <> 'system' BEGIN
  DELETE FROM `chat_messages_fts` WHERE rowid = old.rowid;
END;
