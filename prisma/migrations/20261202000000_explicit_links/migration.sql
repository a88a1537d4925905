-- Explicit links: a phrase of an article linked to one term by hand ([text](glossary:slug) in the
-- article's file), as opposed to a name the matcher found. Relinking replaces only the latter.

-- AlterTable
ALTER TABLE "Mention" ADD COLUMN "explicit" BOOLEAN NOT NULL DEFAULT false;
