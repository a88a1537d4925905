-- Twin of prisma/migrations/20261201000000_places: where a place or feature is (its point with the
-- source that states it), the unit it is part of, and a country's ISO 3166-1 numeric code.

-- AlterTable
ALTER TABLE "Term" ADD COLUMN "lat" DOUBLE PRECISION,
ADD COLUMN "lon" DOUBLE PRECISION,
ADD COLUMN "geoSourceId" INTEGER,
ADD COLUMN "parentId" INTEGER,
ADD COLUMN "iso3166" TEXT COLLATE "C";

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_geoSourceId_fkey" FOREIGN KEY ("geoSourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Term"("id") ON DELETE SET NULL ON UPDATE CASCADE;
