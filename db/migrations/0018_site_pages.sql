CREATE TABLE `site_page_images` (
	`page_id` integer NOT NULL,
	`image_id` text NOT NULL,
	PRIMARY KEY(`page_id`, `image_id`),
	FOREIGN KEY (`page_id`) REFERENCES `site_pages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`image_id`) REFERENCES `images`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `site_page_images_image_idx` ON `site_page_images` (`image_id`);--> statement-breakpoint
CREATE TABLE `site_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`body_markdown` text DEFAULT '' NOT NULL,
	`body_html` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`in_menu` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_by_id` integer,
	FOREIGN KEY (`updated_by_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `site_pages_slug_unique` ON `site_pages` (`slug`);--> statement-breakpoint
-- Written by hand: the About page the site showed before pages could be edited, with the same words, so /about and
-- the links to it in the menu and the footer answer as they did. Its HTML is what lib/markdown.ts renders from its Markdown (a test checks).
INSERT INTO `site_pages` (`slug`, `title`, `in_menu`, `body_markdown`, `body_html`) VALUES ('about', 'About us', 1, 'We are a small newsroom covering Port Alder and the coast: the council and the harbour, the businesses that employ the region, the science being done in its labs and on its water, and the culture that keeps its streets lively.

## How we work

Every story carries the name of the reporter who wrote it and the date it was published. When we change a story after publishing it, the page says when. Stories we carry from partner newsrooms link to the original.

## Comments

Readers can discuss most stories. A first comment waits for a moderator; after that, comments appear at once. We close comments on older stories and on stories where discussion would do harm.', '<p>We are a small newsroom covering Port Alder and the coast: the council and the harbour, the businesses that employ the region, the science being done in its labs and on its water, and the culture that keeps its streets lively.</p>
<h2>How we work</h2>
<p>Every story carries the name of the reporter who wrote it and the date it was published. When we change a story after publishing it, the page says when. Stories we carry from partner newsrooms link to the original.</p>
<h2>Comments</h2>
<p>Readers can discuss most stories. A first comment waits for a moderator; after that, comments appear at once. We close comments on older stories and on stories where discussion would do harm.</p>
');
