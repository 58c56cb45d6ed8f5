CREATE TABLE `knowledge_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`translation_group_id` text NOT NULL,
	`locale` text NOT NULL,
	`slug` text NOT NULL,
	`category_id` text,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`published_version` integer,
	`author_id` text,
	`views` integer NOT NULL,
	`helpful` integer NOT NULL,
	`not_helpful` integer NOT NULL,
	`metadata` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`category_id`) REFERENCES `knowledge_categories`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "knowledge_articles_status_check" CHECK("knowledge_articles"."status" in ('draft','in_review','published','archived'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_articles_locale_slug_unique` ON `knowledge_articles` (`locale`,`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_articles_group_locale_unique` ON `knowledge_articles` (`translation_group_id`,`locale`);--> statement-breakpoint
CREATE INDEX `knowledge_articles_category_idx` ON `knowledge_articles` (`category_id`);--> statement-breakpoint
CREATE INDEX `knowledge_articles_updated_idx` ON `knowledge_articles` (`updated_at`);--> statement-breakpoint
CREATE TABLE `knowledge_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`width` integer,
	`height` integer,
	`sha256` text NOT NULL,
	`uploaded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `knowledge_articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`uploaded_by`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `knowledge_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`description` text NOT NULL,
	`parent_id` text,
	`sort_order` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `knowledge_categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_categories_slug_unique` ON `knowledge_categories` (`slug`);--> statement-breakpoint
CREATE INDEX `knowledge_categories_parent_idx` ON `knowledge_categories` (`parent_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `knowledge_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`helpful` integer NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `knowledge_articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_feedback_visitor_unique` ON `knowledge_feedback` (`article_id`,`visitor_id`);--> statement-breakpoint
CREATE TABLE `knowledge_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`version` integer NOT NULL,
	`requested_by` text,
	`request_comment` text,
	`requested_at` integer NOT NULL,
	`decision` text,
	`decided_by` text,
	`decision_comment` text,
	`decided_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `knowledge_articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `knowledge_reviews_article_idx` ON `knowledge_reviews` (`article_id`,`requested_at`);--> statement-breakpoint
CREATE TABLE `knowledge_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`excerpt` text NOT NULL,
	`content` text NOT NULL,
	`tags` text NOT NULL,
	`html` text NOT NULL,
	`text` text NOT NULL,
	`sanitizer_version` text NOT NULL,
	`author_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `knowledge_articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `knowledge_revisions_article_version_unique` ON `knowledge_revisions` (`article_id`,`version`);--> statement-breakpoint
CREATE TABLE `knowledge_searches` (
	`id` text PRIMARY KEY NOT NULL,
	`locale` text NOT NULL,
	`query` text NOT NULL,
	`results` integer NOT NULL,
	`source` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `knowledge_searches_created_idx` ON `knowledge_searches` (`created_at`);--> statement-breakpoint
CREATE TABLE `knowledge_views` (
	`article_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`day` text NOT NULL,
	PRIMARY KEY(`article_id`, `visitor_id`, `day`),
	FOREIGN KEY (`article_id`) REFERENCES `knowledge_articles`(`id`) ON UPDATE no action ON DELETE cascade
);
