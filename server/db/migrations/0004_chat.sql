CREATE TABLE `agent_availability` (
	`agent_id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`max_concurrent_chats` integer NOT NULL,
	`last_assigned_at` integer,
	`last_seen_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "agent_availability_status_check" CHECK("agent_availability"."status" in ('online','away','offline'))
);
--> statement-breakpoint
CREATE TABLE `canned_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`shortcut` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `canned_responses_shortcut_unique` ON `canned_responses` (`shortcut`);--> statement-breakpoint
CREATE TABLE `chat_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `chat_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chat_attachments_session_idx` ON `chat_attachments` (`session_id`);--> statement-breakpoint
CREATE TABLE `chat_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`seq` integer NOT NULL,
	`client_id` text,
	`sender_type` text NOT NULL,
	`sender_agent_id` text,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`attachments` text NOT NULL,
	`is_internal` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `chat_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "chat_messages_sender_check" CHECK("chat_messages"."sender_type" in ('customer','agent','system')),
	CONSTRAINT "chat_messages_kind_check" CHECK("chat_messages"."kind" in ('text','file','system'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chat_messages_session_seq_unique` ON `chat_messages` (`session_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `chat_messages_session_client_unique` ON `chat_messages` (`session_id`,`client_id`);--> statement-breakpoint
CREATE TABLE `chat_reads` (
	`session_id` text NOT NULL,
	`participant` text NOT NULL,
	`last_read_seq` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `participant`),
	FOREIGN KEY (`session_id`) REFERENCES `chat_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `chat_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`verified` integer NOT NULL,
	`customer_name` text NOT NULL,
	`customer_email` text,
	`assigned_agent_id` text,
	`status` text NOT NULL,
	`priority` text NOT NULL,
	`category` text,
	`started_at` integer NOT NULL,
	`last_activity_at` integer NOT NULL,
	`assigned_at` integer,
	`closed_at` integer,
	`closed_by` text,
	`converted_ticket_id` text,
	`last_seq` integer NOT NULL,
	`rating` integer,
	`rating_comment` text,
	`metadata` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`assigned_agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`converted_ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "chat_sessions_status_check" CHECK("chat_sessions"."status" in ('waiting','active','closed')),
	CONSTRAINT "chat_sessions_priority_check" CHECK("chat_sessions"."priority" in ('low','medium','high','urgent')),
	CONSTRAINT "chat_sessions_rating_check" CHECK("chat_sessions"."rating" is null or "chat_sessions"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE INDEX `chat_sessions_status_started_idx` ON `chat_sessions` (`status`,`started_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_agent_status_idx` ON `chat_sessions` (`assigned_agent_id`,`status`);--> statement-breakpoint
CREATE INDEX `chat_sessions_visitor_idx` ON `chat_sessions` (`site_id`,`visitor_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_customer_idx` ON `chat_sessions` (`customer_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_started_idx` ON `chat_sessions` (`started_at`);--> statement-breakpoint
CREATE TABLE `chat_transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`from_agent_id` text,
	`to_agent_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `chat_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`to_agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `chat_transfers_session_idx` ON `chat_transfers` (`session_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `sites` ADD `widget_mode` text DEFAULT 'both' NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `identity_secret` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `sites` SET `identity_secret` = lower(hex(randomblob(32))) WHERE `identity_secret` = '';
