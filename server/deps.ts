import type { Config } from './config.ts';
import type { OpenDatabase } from './db/open.ts';
import type { Logger } from './lib/logger.ts';
import type { RoomsNotifier } from './rooms/notifier.ts';
import type { Mailer } from './email/mailer.ts';

/** Everything the app is built from. Tests build their own with a temp database. */
export interface Deps {
  config: Config;
  database: OpenDatabase;
  logger: Logger;
  /** Folder holding the built console and widget (dist/); absent assets answer 404 with a hint. */
  assetsDir: string;
  /** Tells chat rooms about changes made over REST (a chat converted, a session started). */
  rooms: RoomsNotifier;
  /** Sends email (transcripts, reports) through the configured SMTP server. */
  mailer: Mailer;
}
