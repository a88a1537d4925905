-- Twin of prisma/migrations/20261202000000_explicit_links: a phrase of an article linked to one
-- term by hand, as opposed to a name the matcher found. Relinking replaces only the latter.

-- AlterTable
ALTER TABLE "Mention" ADD COLUMN "explicit" BOOLEAN NOT NULL DEFAULT false;
