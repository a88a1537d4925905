-- What a place is (country, province, district, city, river, ...), for the words the map's caption
-- uses in the reader's language. Null for a term that is not a place.

-- AlterTable
ALTER TABLE "Term" ADD COLUMN "placeUnit" TEXT;
