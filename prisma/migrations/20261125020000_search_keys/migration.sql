-- Search keys are derived from the labels and rebuilt by every seed or import, so the table is
-- recreated (SQLite cannot add a foreign key to an existing table): it gains a link to its label and
-- the phonetic flag for cross-script keys.

-- DropTable
DROP TABLE "SearchKey";

-- CreateTable
CREATE TABLE "SearchKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "termId" INTEGER NOT NULL,
    "labelId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "phonetic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SearchKey_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SearchKey_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SearchKey_phonetic_key_idx" ON "SearchKey"("phonetic", "key");

-- CreateIndex
CREATE INDEX "SearchKey_termId_idx" ON "SearchKey"("termId");
