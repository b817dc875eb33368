CREATE TABLE `article_images` (
	`article_id` integer NOT NULL,
	`image_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `image_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`image_id`) REFERENCES `images`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_images_image_idx` ON `article_images` (`image_id`,`article_id`);--> statement-breakpoint
ALTER TABLE `images` ADD `file_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- drizzle-kit drops this column's ON DELETE (its ALTER TABLE for SQLite does); added by hand, as db/schema/images.ts
-- declares it: deleting a staff account keeps the pictures they uploaded.
ALTER TABLE `images` ADD `uploaded_by_id` integer REFERENCES authors(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `images_created_idx` ON `images` (`created_at`);--> statement-breakpoint
-- Written by hand: where the pictures already stored are used, as every save records it from now on. Heroes, then
-- the mentions of /media/<id> in each body's Markdown and in its rendered HTML (where an address the Markdown spells
-- with escapes shows), walked one after another (ids are 16 characters), as lib/media/references.ts reads them: one
-- pass over each body that has any, however many pictures the site holds.
INSERT OR IGNORE INTO `article_images` (`article_id`, `image_id`)
SELECT `id`, `hero_image_id` FROM `articles` WHERE `hero_image_id` IS NOT NULL;--> statement-breakpoint
INSERT OR IGNORE INTO `article_images` (`article_id`, `image_id`)
WITH RECURSIVE `mention` (`article_id`, `rest`) AS (
  SELECT `id`, substr(`body_markdown`, instr(`body_markdown`, '/media/') + 7) FROM `articles` WHERE instr(`body_markdown`, '/media/') > 0
  UNION ALL
  SELECT `id`, substr(`body_html`, instr(`body_html`, '/media/') + 7) FROM `articles` WHERE instr(`body_html`, '/media/') > 0
  UNION ALL
  SELECT `article_id`, substr(`rest`, instr(`rest`, '/media/') + 7) FROM `mention` WHERE instr(`rest`, '/media/') > 0
)
SELECT `mention`.`article_id`, `images`.`id` FROM `mention` JOIN `images` ON `images`.`id` = substr(`mention`.`rest`, 1, 16);
