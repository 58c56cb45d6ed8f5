-- Full-text index over ticket subject and description, keyed by ticket number.
-- Contentless (the text lives in `tickets`), so it costs only the index itself.
CREATE VIRTUAL TABLE `tickets_fts` USING fts5(
  subject,
  description,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `tickets_fts_insert` AFTER INSERT ON `tickets` BEGIN
  INSERT INTO `tickets_fts` (rowid, subject, description) VALUES (new.number, new.subject, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_fts_update` AFTER UPDATE OF subject, description ON `tickets` BEGIN
  DELETE FROM `tickets_fts` WHERE rowid = old.number;
  INSERT INTO `tickets_fts` (rowid, subject, description) VALUES (new.number, new.subject, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `tickets_fts_delete` AFTER DELETE ON `tickets` BEGIN
  DELETE FROM `tickets_fts` WHERE rowid = old.number;
END;
