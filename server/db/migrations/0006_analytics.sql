CREATE TABLE `analytics_chat_daily` (
	`day` integer NOT NULL,
	`agent_id` text NOT NULL,
	`started` integer DEFAULT 0 NOT NULL,
	`missed` integer DEFAULT 0 NOT NULL,
	`converted` integer DEFAULT 0 NOT NULL,
	`waits` integer DEFAULT 0 NOT NULL,
	`wait_sum` integer DEFAULT 0 NOT NULL,
	`wait_business_sum` integer DEFAULT 0 NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL,
	`duration_sum` integer DEFAULT 0 NOT NULL,
	`duration_business_sum` integer DEFAULT 0 NOT NULL,
	`ratings` integer DEFAULT 0 NOT NULL,
	`rating_sum` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `agent_id`)
);
--> statement-breakpoint
CREATE TABLE `analytics_duration_bins` (
	`metric` text NOT NULL,
	`day` integer NOT NULL,
	`counts` text NOT NULL,
	PRIMARY KEY(`metric`, `day`)
);
--> statement-breakpoint
CREATE TABLE `analytics_duration_blocks` (
	`metric` text NOT NULL,
	`block` integer NOT NULL,
	`counts` text NOT NULL,
	PRIMARY KEY(`metric`, `block`)
);
--> statement-breakpoint
CREATE TABLE `analytics_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `analytics_ticket_daily` (
	`dimension` text NOT NULL,
	`day` integer NOT NULL,
	`value` text NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`sla_met` integer DEFAULT 0 NOT NULL,
	`sla_late` integer DEFAULT 0 NOT NULL,
	`first_responses` integer DEFAULT 0 NOT NULL,
	`first_response_sum` integer DEFAULT 0 NOT NULL,
	`first_response_business_sum` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`resolution_sum` integer DEFAULT 0 NOT NULL,
	`resolution_business_sum` integer DEFAULT 0 NOT NULL,
	`ratings` integer DEFAULT 0 NOT NULL,
	`rating_sum` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`dimension`, `day`, `value`)
);
--> statement-breakpoint
CREATE TABLE `analytics_ticket_quarters` (
	`quarter` integer PRIMARY KEY NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `report_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`schedule_id` text NOT NULL,
	`due_at` integer NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text NOT NULL,
	`error` text,
	`recipients` integer NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `report_schedules`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "report_runs_status_check" CHECK("report_runs"."status" in ('sending','sent','failed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_runs_schedule_due_unique` ON `report_runs` (`schedule_id`,`due_at`);--> statement-breakpoint
CREATE INDEX `report_runs_schedule_started_idx` ON `report_runs` (`schedule_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `report_schedules` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sections` text NOT NULL,
	`range` text NOT NULL,
	`frequency` text NOT NULL,
	`weekday` integer,
	`day_of_month` integer,
	`hour` integer NOT NULL,
	`tz` text NOT NULL,
	`recipients` text NOT NULL,
	`created_by` text,
	`enabled` integer NOT NULL,
	`next_run_at` integer NOT NULL,
	`last_run_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "report_schedules_frequency_check" CHECK("report_schedules"."frequency" in ('daily','weekly','monthly'))
);
--> statement-breakpoint
CREATE INDEX `report_schedules_next_run_idx` ON `report_schedules` (`enabled`,`next_run_at`);--> statement-breakpoint
CREATE TABLE `team_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`business_hours` text NOT NULL,
	`holidays` text NOT NULL,
	`sla_targets` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `agents` ADD `can_export` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `chat_sessions` ADD `wait_business_ms` integer;--> statement-breakpoint
ALTER TABLE `chat_sessions` ADD `duration_business_ms` integer;--> statement-breakpoint
CREATE INDEX `chat_sessions_assigned_idx` ON `chat_sessions` (`assigned_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_closed_idx` ON `chat_sessions` (`closed_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_wait_bin_idx` ON `chat_sessions` ((case when max(0, "assigned_at" - "started_at") < 60000 then 0 + (max(0, "assigned_at" - "started_at") - 0) / 5000 when max(0, "assigned_at" - "started_at") < 3600000 then 12 + (max(0, "assigned_at" - "started_at") - 60000) / 60000 when max(0, "assigned_at" - "started_at") < 86400000 then 71 + (max(0, "assigned_at" - "started_at") - 3600000) / 600000 when max(0, "assigned_at" - "started_at") < 604800000 then 209 + (max(0, "assigned_at" - "started_at") - 86400000) / 3600000 when max(0, "assigned_at" - "started_at") < 5184000000 then 353 + (max(0, "assigned_at" - "started_at") - 604800000) / 21600000 else 565 + (max(0, "assigned_at" - "started_at") - 5184000000) / 86400000 end), `assigned_at`, `started_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_duration_bin_idx` ON `chat_sessions` ((case when max(0, "closed_at" - "started_at") < 60000 then 0 + (max(0, "closed_at" - "started_at") - 0) / 5000 when max(0, "closed_at" - "started_at") < 3600000 then 12 + (max(0, "closed_at" - "started_at") - 60000) / 60000 when max(0, "closed_at" - "started_at") < 86400000 then 71 + (max(0, "closed_at" - "started_at") - 3600000) / 600000 when max(0, "closed_at" - "started_at") < 604800000 then 209 + (max(0, "closed_at" - "started_at") - 86400000) / 3600000 when max(0, "closed_at" - "started_at") < 5184000000 then 353 + (max(0, "closed_at" - "started_at") - 604800000) / 21600000 else 565 + (max(0, "closed_at" - "started_at") - 5184000000) / 86400000 end), `closed_at`, `started_at`);--> statement-breakpoint
CREATE INDEX `chat_sessions_wait_business_bin_idx` ON `chat_sessions` ((case when max(0, "wait_business_ms") < 60000 then 0 + (max(0, "wait_business_ms") - 0) / 5000 when max(0, "wait_business_ms") < 3600000 then 12 + (max(0, "wait_business_ms") - 60000) / 60000 when max(0, "wait_business_ms") < 86400000 then 71 + (max(0, "wait_business_ms") - 3600000) / 600000 when max(0, "wait_business_ms") < 604800000 then 209 + (max(0, "wait_business_ms") - 86400000) / 3600000 when max(0, "wait_business_ms") < 5184000000 then 353 + (max(0, "wait_business_ms") - 604800000) / 21600000 else 565 + (max(0, "wait_business_ms") - 5184000000) / 86400000 end), `assigned_at`, `wait_business_ms`);--> statement-breakpoint
CREATE INDEX `chat_sessions_duration_business_bin_idx` ON `chat_sessions` ((case when max(0, "duration_business_ms") < 60000 then 0 + (max(0, "duration_business_ms") - 0) / 5000 when max(0, "duration_business_ms") < 3600000 then 12 + (max(0, "duration_business_ms") - 60000) / 60000 when max(0, "duration_business_ms") < 86400000 then 71 + (max(0, "duration_business_ms") - 3600000) / 600000 when max(0, "duration_business_ms") < 604800000 then 209 + (max(0, "duration_business_ms") - 86400000) / 3600000 when max(0, "duration_business_ms") < 5184000000 then 353 + (max(0, "duration_business_ms") - 604800000) / 21600000 else 565 + (max(0, "duration_business_ms") - 5184000000) / 86400000 end), `closed_at`, `duration_business_ms`);--> statement-breakpoint
ALTER TABLE `tickets` ADD `resolution_due_at` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `first_response_business_ms` integer;--> statement-breakpoint
ALTER TABLE `tickets` ADD `resolution_business_ms` integer;--> statement-breakpoint
CREATE INDEX `tickets_created_analytics_idx` ON `tickets` (`created_at`,`assignee_id`,`channel`,`priority`,`category`,`first_response_at`,`resolved_at`,`sla_due_at`,`resolution_due_at`);--> statement-breakpoint
CREATE INDEX `tickets_first_response_idx` ON `tickets` (`first_response_at`,`created_at`,`first_response_business_ms`,`assignee_id`,`channel`,`priority`,`category`);--> statement-breakpoint
CREATE INDEX `tickets_resolved_idx` ON `tickets` (`resolved_at`,`created_at`,`resolution_business_ms`,`satisfaction`,`assignee_id`,`channel`,`priority`,`category`);--> statement-breakpoint
CREATE INDEX `tickets_first_response_bin_idx` ON `tickets` ((case when max(0, "first_response_at" - "created_at") < 60000 then 0 + (max(0, "first_response_at" - "created_at") - 0) / 5000 when max(0, "first_response_at" - "created_at") < 3600000 then 12 + (max(0, "first_response_at" - "created_at") - 60000) / 60000 when max(0, "first_response_at" - "created_at") < 86400000 then 71 + (max(0, "first_response_at" - "created_at") - 3600000) / 600000 when max(0, "first_response_at" - "created_at") < 604800000 then 209 + (max(0, "first_response_at" - "created_at") - 86400000) / 3600000 when max(0, "first_response_at" - "created_at") < 5184000000 then 353 + (max(0, "first_response_at" - "created_at") - 604800000) / 21600000 else 565 + (max(0, "first_response_at" - "created_at") - 5184000000) / 86400000 end), `first_response_at`, `created_at`);--> statement-breakpoint
CREATE INDEX `tickets_resolution_bin_idx` ON `tickets` ((case when max(0, "resolved_at" - "created_at") < 60000 then 0 + (max(0, "resolved_at" - "created_at") - 0) / 5000 when max(0, "resolved_at" - "created_at") < 3600000 then 12 + (max(0, "resolved_at" - "created_at") - 60000) / 60000 when max(0, "resolved_at" - "created_at") < 86400000 then 71 + (max(0, "resolved_at" - "created_at") - 3600000) / 600000 when max(0, "resolved_at" - "created_at") < 604800000 then 209 + (max(0, "resolved_at" - "created_at") - 86400000) / 3600000 when max(0, "resolved_at" - "created_at") < 5184000000 then 353 + (max(0, "resolved_at" - "created_at") - 604800000) / 21600000 else 565 + (max(0, "resolved_at" - "created_at") - 5184000000) / 86400000 end), `resolved_at`, `created_at`);--> statement-breakpoint
CREATE INDEX `tickets_first_response_business_bin_idx` ON `tickets` ((case when max(0, "first_response_business_ms") < 60000 then 0 + (max(0, "first_response_business_ms") - 0) / 5000 when max(0, "first_response_business_ms") < 3600000 then 12 + (max(0, "first_response_business_ms") - 60000) / 60000 when max(0, "first_response_business_ms") < 86400000 then 71 + (max(0, "first_response_business_ms") - 3600000) / 600000 when max(0, "first_response_business_ms") < 604800000 then 209 + (max(0, "first_response_business_ms") - 86400000) / 3600000 when max(0, "first_response_business_ms") < 5184000000 then 353 + (max(0, "first_response_business_ms") - 604800000) / 21600000 else 565 + (max(0, "first_response_business_ms") - 5184000000) / 86400000 end), `first_response_at`, `first_response_business_ms`);--> statement-breakpoint
CREATE INDEX `tickets_resolution_business_bin_idx` ON `tickets` ((case when max(0, "resolution_business_ms") < 60000 then 0 + (max(0, "resolution_business_ms") - 0) / 5000 when max(0, "resolution_business_ms") < 3600000 then 12 + (max(0, "resolution_business_ms") - 60000) / 60000 when max(0, "resolution_business_ms") < 86400000 then 71 + (max(0, "resolution_business_ms") - 3600000) / 600000 when max(0, "resolution_business_ms") < 604800000 then 209 + (max(0, "resolution_business_ms") - 86400000) / 3600000 when max(0, "resolution_business_ms") < 5184000000 then 353 + (max(0, "resolution_business_ms") - 604800000) / 21600000 else 565 + (max(0, "resolution_business_ms") - 5184000000) / 86400000 end), `resolved_at`, `resolution_business_ms`);--> statement-breakpoint
CREATE INDEX `tickets_unresolved_sla_idx` ON `tickets` (`created_at`,`sla_due_at`,`resolution_due_at`,`first_response_at`) WHERE "tickets"."resolved_at" is null;--> statement-breakpoint
-- Tickets from before SLA settings: the resolution due time of the default targets (4 h / 24 h / 48 h / 120 h).
UPDATE `tickets` SET `resolution_due_at` = `created_at` + (CASE `priority` WHEN 'urgent' THEN 4 WHEN 'high' THEN 24 WHEN 'medium' THEN 48 ELSE 120 END) * 3600000;
