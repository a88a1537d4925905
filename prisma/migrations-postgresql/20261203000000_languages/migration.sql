-- Twin of prisma/migrations/20261203000000_languages: names, definitions and claims in any language
-- (a BCP 47 tag kept whole, its primary subtag as the language), TBX term details on names, notes,
-- an optional as-of date and a free-text subject. PostgreSQL changes columns and keys in place:
-- the old locale becomes the language (and is copied to the tag), the old label status becomes
-- the role, as the SQLite migration's redefined tables do.

-- AlterTable
ALTER TABLE "Term" ADD COLUMN "subject" TEXT COLLATE "C",
    ALTER COLUMN "asOf" DROP NOT NULL;

-- AlterTable
DROP INDEX "Label_termId_locale_text_key";
ALTER TABLE "Label" RENAME COLUMN "locale" TO "language";
ALTER TABLE "Label" RENAME COLUMN "status" TO "role";
ALTER TABLE "Label" ADD COLUMN "tag" TEXT COLLATE "C",
    ADD COLUMN "status" TEXT COLLATE "C",
    ADD COLUMN "partOfSpeech" TEXT COLLATE "C",
    ADD COLUMN "termType" TEXT COLLATE "C",
    ADD COLUMN "gender" TEXT COLLATE "C",
    ADD COLUMN "region" TEXT COLLATE "C";
UPDATE "Label" SET "tag" = "language";
ALTER TABLE "Label" ALTER COLUMN "tag" SET NOT NULL;
CREATE UNIQUE INDEX "Label_termId_tag_text_key" ON "Label"("termId", "tag", "text");

-- AlterTable
DROP INDEX "Definition_termId_locale_key";
ALTER TABLE "Definition" RENAME COLUMN "locale" TO "language";
ALTER TABLE "Definition" ADD COLUMN "tag" TEXT COLLATE "C";
UPDATE "Definition" SET "tag" = "language";
ALTER TABLE "Definition" ALTER COLUMN "tag" SET NOT NULL;
CREATE UNIQUE INDEX "Definition_termId_tag_key" ON "Definition"("termId", "tag");

-- AlterTable
DROP INDEX "Claim_termId_locale_idx";
ALTER TABLE "Claim" RENAME COLUMN "locale" TO "language";
ALTER TABLE "Claim" ADD COLUMN "tag" TEXT COLLATE "C";
UPDATE "Claim" SET "tag" = "language";
ALTER TABLE "Claim" ALTER COLUMN "tag" SET NOT NULL;
CREATE INDEX "Claim_termId_language_idx" ON "Claim"("termId", "language");

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "labelId" INTEGER,
    "tag" TEXT COLLATE "C",
    "kind" TEXT COLLATE "C" NOT NULL,
    "text" TEXT COLLATE "C" NOT NULL,
    "source" TEXT COLLATE "C",
    "position" INTEGER NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Note_termId_idx" ON "Note"("termId");

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE CASCADE ON UPDATE CASCADE;
