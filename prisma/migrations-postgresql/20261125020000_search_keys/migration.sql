-- Twin of prisma/migrations/20261125020000_search_keys: search keys gain a link to their label and
-- the phonetic flag for cross-script keys. Keys are rebuilt by every seed or import, so the table is
-- recreated as on SQLite.

-- DropTable
DROP TABLE "SearchKey";

-- CreateTable
CREATE TABLE "SearchKey" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "labelId" INTEGER NOT NULL,
    "key" TEXT COLLATE "C" NOT NULL,
    "phonetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SearchKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchKey_phonetic_key_idx" ON "SearchKey"("phonetic", "key");

-- CreateIndex
CREATE INDEX "SearchKey_termId_idx" ON "SearchKey"("termId");

-- AddForeignKey
ALTER TABLE "SearchKey" ADD CONSTRAINT "SearchKey_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchKey" ADD CONSTRAINT "SearchKey_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE CASCADE ON UPDATE CASCADE;
