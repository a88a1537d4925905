-- Articles and editions have a status (what readers see), and editions a version for concurrent edits
ALTER TABLE "Article" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'published';
ALTER TABLE "Edition" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'published';
ALTER TABLE "Edition" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Edition" ADD COLUMN "updatedAt" DATETIME;

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleSlug" TEXT NOT NULL,
    "locale" TEXT,
    "editorId" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "ArticleRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "feedUrl" TEXT NOT NULL,
    "articleSlug" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "attempts" INTEGER NOT NULL,
    "nextAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TrustedDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "editorId" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "TrustedDevice_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "Editor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- The fixed-window failure log is replaced by SignInThrottle
DROP TABLE "SignInFailure";

-- CreateIndex
CREATE INDEX "ArticleRevision_articleSlug_at_idx" ON "ArticleRevision"("articleSlug", "at");

-- CreateIndex
CREATE INDEX "ArticleRevision_action_at_idx" ON "ArticleRevision"("action", "at");

-- CreateIndex
CREATE INDEX "TrustedDevice_editorId_idx" ON "TrustedDevice"("editorId");
