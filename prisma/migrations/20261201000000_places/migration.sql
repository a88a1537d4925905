-- Where a place or feature is: its point with the source that states it, the unit it is part of
-- (a link to another term) and a country's ISO 3166-1 numeric code. SQLite adds a column with a
-- foreign key in place when the column's default is NULL, so Term keeps its rows and the tables
-- that refer to it.

-- AlterTable
ALTER TABLE "Term" ADD COLUMN "lat" REAL;
ALTER TABLE "Term" ADD COLUMN "lon" REAL;
ALTER TABLE "Term" ADD COLUMN "geoSourceId" INTEGER REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Term" ADD COLUMN "parentId" INTEGER REFERENCES "Term" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Term" ADD COLUMN "iso3166" TEXT;
