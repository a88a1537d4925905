-- The PostgreSQL twin of prisma/migrations/20261125000000_init (same tables, columns, keys and
-- indexes). Every text column uses the "C" collation: values compare and sort by code point, as
-- SQLite's BINARY collation does, so key ranges (search) and orderings are the same on both.

-- CreateTable
CREATE TABLE "Term" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "asOf" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Label" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "locale" TEXT COLLATE "C" NOT NULL,
    "text" TEXT COLLATE "C" NOT NULL,
    "status" TEXT COLLATE "C" NOT NULL,
    "translit" TEXT COLLATE "C",
    "position" INTEGER NOT NULL,

    CONSTRAINT "Label_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Definition" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "locale" TEXT COLLATE "C" NOT NULL,
    "text" TEXT COLLATE "C" NOT NULL,
    "sources" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Definition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "property" TEXT COLLATE "C" NOT NULL,
    "locale" TEXT COLLATE "C" NOT NULL,
    "value" TEXT COLLATE "C" NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT COLLATE "C" NOT NULL,
    "title" TEXT COLLATE "C" NOT NULL,
    "url" TEXT COLLATE "C",
    "date" TEXT COLLATE "C",

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TermSource" (
    "termId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TermSource_pkey" PRIMARY KEY ("termId", "sourceId")
);

-- CreateTable
CREATE TABLE "Relation" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,

    CONSTRAINT "Relation_pkey" PRIMARY KEY ("fromId", "toId")
);

-- CreateTable
CREATE TABLE "SearchKey" (
    "id" SERIAL NOT NULL,
    "termId" INTEGER NOT NULL,
    "key" TEXT COLLATE "C" NOT NULL,
    "labelId" INTEGER NOT NULL,

    CONSTRAINT "SearchKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT COLLATE "C" NOT NULL,
    "publisher" TEXT COLLATE "C" NOT NULL,
    "publishedOn" TEXT COLLATE "C" NOT NULL,
    "sourceUrl" TEXT COLLATE "C",
    "original" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Edition" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "locale" TEXT COLLATE "C" NOT NULL,
    "title" TEXT COLLATE "C" NOT NULL,
    "authors" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" SERIAL NOT NULL,
    "editionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT COLLATE "C" NOT NULL,
    "anchor" TEXT COLLATE "C" NOT NULL,
    "text" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "blockId" INTEGER NOT NULL,
    "termId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "length" INTEGER NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Term_slug_key" ON "Term"("slug");

-- CreateIndex
CREATE INDEX "Label_locale_status_idx" ON "Label"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Label_termId_locale_text_key" ON "Label"("termId", "locale", "text");

-- CreateIndex
CREATE UNIQUE INDEX "Definition_termId_locale_key" ON "Definition"("termId", "locale");

-- CreateIndex
CREATE INDEX "Claim_termId_locale_idx" ON "Claim"("termId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "SearchKey_key_idx" ON "SearchKey"("key");

-- CreateIndex
CREATE INDEX "SearchKey_termId_idx" ON "SearchKey"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Edition_articleId_locale_key" ON "Edition"("articleId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "Block_editionId_position_key" ON "Block"("editionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Block_editionId_anchor_key" ON "Block"("editionId", "anchor");

-- CreateIndex
CREATE INDEX "Mention_blockId_idx" ON "Mention"("blockId");

-- CreateIndex
CREATE INDEX "Mention_termId_idx" ON "Mention"("termId");

-- AddForeignKey
ALTER TABLE "Label" ADD CONSTRAINT "Label_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Definition" ADD CONSTRAINT "Definition_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermSource" ADD CONSTRAINT "TermSource_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermSource" ADD CONSTRAINT "TermSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchKey" ADD CONSTRAINT "SearchKey_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;
