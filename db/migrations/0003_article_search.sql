-- Full-text search over articles (SQLite FTS5). Drizzle has no FTS5 support, so this migration is written by hand.
-- The index holds every article; readers' visibility is applied when searching, by joining articles.
-- The update trigger fires only when an indexed column changes, never on view counts (which live in other tables anyway).
CREATE VIRTUAL TABLE `article_search` USING fts5(title, excerpt, body, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `article_search` (rowid, title, excerpt, body) SELECT id, title, excerpt, body_text FROM `articles`;
--> statement-breakpoint
CREATE TRIGGER `article_search_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `article_search` (rowid, title, excerpt, body) VALUES (new.id, new.title, new.excerpt, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_update` AFTER UPDATE OF title, excerpt, body_text ON `articles` BEGIN
  UPDATE `article_search` SET title = new.title, excerpt = new.excerpt, body = new.body_text WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `article_search` WHERE rowid = old.id;
END;
