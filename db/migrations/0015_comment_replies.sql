-- drizzle-kit writes this column's REFERENCES without its ON DELETE (its ALTER TABLE for SQLite drops it); added by hand,
-- as db/schema/comments.ts declares it: deleting a comment leaves its replies standing on their own.
ALTER TABLE `comments` ADD `parent_id` integer REFERENCES comments(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE INDEX `comments_parent_idx` ON `comments` (`parent_id`);
