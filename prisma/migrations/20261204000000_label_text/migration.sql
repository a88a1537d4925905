-- An import matches a file's concept to a stored one by an identical preferred name, looking labels
-- up by their text: without an index each look-up read every label, once per batch of concepts,
-- so a large import spent more and more time on it as it wrote labels.

-- CreateIndex
CREATE INDEX "Label_text_idx" ON "Label"("text");
