-- The search index now holds only articles that are, or will be, public: drafts stay out. Search then ranks in the
-- index alone and checks visibility for the few top results, instead of joining every match to its article.
-- Triggers fire only when an indexed column or the status changes, never on view counts.
DROP TRIGGER `article_search_insert`;
--> statement-breakpoint
DROP TRIGGER `article_search_update`;
--> statement-breakpoint
DELETE FROM `article_search` WHERE rowid IN (SELECT id FROM `articles` WHERE status = 'draft');
--> statement-breakpoint
CREATE TRIGGER `article_search_insert` AFTER INSERT ON `articles` WHEN new.status <> 'draft' BEGIN
  INSERT INTO `article_search` (rowid, title, excerpt, body) VALUES (new.id, new.title, new.excerpt, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_update` AFTER UPDATE OF title, excerpt, body_text, status ON `articles` BEGIN
  DELETE FROM `article_search` WHERE rowid = old.id;
  INSERT INTO `article_search` (rowid, title, excerpt, body) SELECT new.id, new.title, new.excerpt, new.body_text WHERE new.status <> 'draft';
END;
