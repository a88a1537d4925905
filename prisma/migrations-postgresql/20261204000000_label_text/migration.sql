-- Twin of prisma/migrations/20261204000000_label_text: an import matches a file's concept to a stored
-- one by an identical preferred name, looking labels up by their text.

-- CreateIndex
CREATE INDEX "Label_text_idx" ON "Label"("text");
