-- Twin of prisma/migrations/20261210000000_newsroom: articles and editions have a status (what
-- readers see), editions a version for concurrent edits; article revisions, feed items already
-- imported, sign-in throttling (replacing the fixed-window failure log) and trusted devices.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "status" TEXT COLLATE "C" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "Edition" ADD COLUMN "status" TEXT COLLATE "C" NOT NULL DEFAULT 'published',
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN "updatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" SERIAL NOT NULL,
    "articleSlug" TEXT COLLATE "C" NOT NULL,
    "locale" TEXT COLLATE "C",
    "editorId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT COLLATE "C" NOT NULL,
    "before" TEXT COLLATE "C",
    "after" TEXT COLLATE "C",

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "key" TEXT COLLATE "C" NOT NULL,
    "feedUrl" TEXT COLLATE "C" NOT NULL,
    "articleSlug" TEXT COLLATE "C" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT COLLATE "C" NOT NULL,
    "attempts" INTEGER NOT NULL,
    "nextAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "TrustedDevice" (
    "id" TEXT COLLATE "C" NOT NULL,
    "editorId" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrustedDevice_pkey" PRIMARY KEY ("id")
);

-- The fixed-window failure log is replaced by SignInThrottle
DROP TABLE "SignInFailure";

-- CreateIndex
CREATE INDEX "ArticleRevision_articleSlug_at_idx" ON "ArticleRevision"("articleSlug", "at");

-- CreateIndex
CREATE INDEX "ArticleRevision_action_at_idx" ON "ArticleRevision"("action", "at");

-- CreateIndex
CREATE INDEX "TrustedDevice_editorId_idx" ON "TrustedDevice"("editorId");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustedDevice" ADD CONSTRAINT "TrustedDevice_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
