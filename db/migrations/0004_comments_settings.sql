CREATE TABLE `site_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `comments` ADD `ip_hash` text;--> statement-breakpoint
CREATE INDEX `comments_ip_idx` ON `comments` (`ip_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_email_idx` ON `comments` (`author_email`,`status`);