-- Twin of prisma/migrations/20261125030000_label_lookup: labels are read by term (the unique index
-- on termId, locale, text serves that), so the index on (locale, status) goes.

-- DropIndex
DROP INDEX "Label_locale_status_idx";
