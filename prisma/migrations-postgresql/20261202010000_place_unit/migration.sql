-- Twin of prisma/migrations/20261202010000_place_unit: what a place is (country, province, district,
-- city, river, ...), for the words the map's caption uses. Null for a term that is not a place.

-- AlterTable
ALTER TABLE "Term" ADD COLUMN "placeUnit" TEXT COLLATE "C";
