CREATE TABLE `author_slug_redirects` (
	`old_slug` text PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
