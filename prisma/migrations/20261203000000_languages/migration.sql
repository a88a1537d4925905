-- Names, definitions and claims in any language (a BCP 47 tag kept whole, its primary subtag as
-- the language), TBX term details on names, notes, an optional as-of date and a free-text subject.
-- SQLite cannot change a column's nullability or a table's unique keys in place, so the tables are
-- redefined (the runner turns foreign keys off around each migration and checks them before it
-- commits). Existing rows keep their data: the old locale becomes both language and tag, the old
-- label status becomes the role.

-- RedefineTables
CREATE TABLE "new_Term" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT,
    "asOf" TEXT,
    "lat" REAL,
    "lon" REAL,
    "geoSourceId" INTEGER,
    "parentId" INTEGER,
    "iso3166" TEXT,
    "placeUnit" TEXT,
    CONSTRAINT "Term_geoSourceId_fkey" FOREIGN KEY ("geoSourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Term_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Term" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Term" ("id", "slug", "kind", "asOf", "lat", "lon", "geoSourceId", "parentId", "iso3166", "placeUnit")
    SELECT "id", "slug", "kind", "asOf", "lat", "lon", "geoSourceId", "parentId", "iso3166", "placeUnit" FROM "Term";
DROP TABLE "Term";
ALTER TABLE "new_Term" RENAME TO "Term";
CREATE UNIQUE INDEX "Term_slug_key" ON "Term"("slug");

CREATE TABLE "new_Label" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "termId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT,
    "translit" TEXT,
    "partOfSpeech" TEXT,
    "termType" TEXT,
    "gender" TEXT,
    "region" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Label_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Label" ("id", "termId", "language", "tag", "text", "role", "translit", "position")
    SELECT "id", "termId", "locale", "locale", "text", "status", "translit", "position" FROM "Label";
DROP TABLE "Label";
ALTER TABLE "new_Label" RENAME TO "Label";
CREATE UNIQUE INDEX "Label_termId_tag_text_key" ON "Label"("termId", "tag", "text");

CREATE TABLE "new_Definition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "termId" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sources" TEXT NOT NULL,
    CONSTRAINT "Definition_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Definition" ("id", "termId", "language", "tag", "text", "sources")
    SELECT "id", "termId", "locale", "locale", "text", "sources" FROM "Definition";
DROP TABLE "Definition";
ALTER TABLE "new_Definition" RENAME TO "Definition";
CREATE UNIQUE INDEX "Definition_termId_tag_key" ON "Definition"("termId", "tag");

CREATE TABLE "new_Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "termId" INTEGER NOT NULL,
    "property" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Claim_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("id", "termId", "property", "language", "tag", "value", "sourceId", "position")
    SELECT "id", "termId", "property", "locale", "locale", "value", "sourceId", "position" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_termId_language_idx" ON "Claim"("termId", "language");

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "termId" INTEGER NOT NULL,
    "labelId" INTEGER,
    "tag" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Note_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Note_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Note_termId_idx" ON "Note"("termId");
