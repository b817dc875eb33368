CREATE TABLE `page_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "page_version_single_row" CHECK("page_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `page_version` (`id`, `version`) VALUES (1, 0);
