-- Plain body text now ends headings and list items with a full stop (lib/markdown.ts), so that search snippets and
-- summaries no longer run a heading into the next sentence. Emptied here, it is derived anew from each body by
-- fillMissingBodyText (db/maintenance.ts), which runs right after the migrations, before the server starts.
UPDATE `articles` SET `body_text` = '' WHERE `body_text` <> '';
