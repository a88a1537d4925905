-- Labels are read by term (the unique index on termId, locale, text serves that); the index on
-- (locale, status) made SQLite scan every label of a locale when a few terms' names were wanted.

-- DropIndex
DROP INDEX "Label_locale_status_idx";
