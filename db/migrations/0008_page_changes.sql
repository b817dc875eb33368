CREATE TABLE `page_changes` (
	`version` integer PRIMARY KEY NOT NULL,
	`articles` text
);
