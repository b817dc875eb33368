ALTER TABLE `site_pages` ADD `body_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Written by hand: the site's pages in search, with their own full-text index (Drizzle has no FTS5 support). The
-- articles' tokenizer, so a word matches a page as it matches an article. The body's plain text of the pages stored
-- before is derived after the migrations (db/maintenance.ts), and the update trigger indexes it then.
CREATE VIRTUAL TABLE `site_page_search` USING fts5(title, description, body, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `site_page_search` (rowid, title, description, body) SELECT id, title, description, body_text FROM `site_pages`;
--> statement-breakpoint
CREATE TRIGGER `site_page_search_insert` AFTER INSERT ON `site_pages` BEGIN
  INSERT INTO `site_page_search` (rowid, title, description, body) VALUES (new.id, new.title, new.description, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `site_page_search_update` AFTER UPDATE OF title, description, body_text ON `site_pages` BEGIN
  DELETE FROM `site_page_search` WHERE rowid = old.id;
  INSERT INTO `site_page_search` (rowid, title, description, body) VALUES (new.id, new.title, new.description, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `site_page_search_delete` AFTER DELETE ON `site_pages` BEGIN
  DELETE FROM `site_page_search` WHERE rowid = old.id;
END;
