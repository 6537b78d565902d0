-- The runbook list sorts on "nameKey" and searches "searchText" (lib/runbooks/runbook-keys.ts),
-- backfilled as runbookKeys() computes them: SQLite's lower() changes ASCII letters only, then
-- searchKey()'s mapping of the LIKE pattern characters \ _ % to U+FDD0..U+FDD2 (dropped first).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Runbook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "nameKey" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "runbookType" TEXT NOT NULL DEFAULT 'PowerShell',
    "logVerbose" BOOLEAN NOT NULL DEFAULT false,
    "logProgress" BOOLEAN NOT NULL DEFAULT true,
    "logDebug" BOOLEAN NOT NULL DEFAULT false,
    "concurrencyLimit" INTEGER,
    "timeoutSeconds" INTEGER,
    "restartable" BOOLEAN NOT NULL DEFAULT false,
    "defaultRunOn" TEXT,
    "draftVersionId" TEXT,
    "publishedVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "createdBy" TEXT,
    "updatedBy" TEXT,
    CONSTRAINT "Runbook_draftVersionId_fkey" FOREIGN KEY ("draftVersionId") REFERENCES "RunbookVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Runbook_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "RunbookVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Runbook" ("concurrencyLimit", "createdAt", "createdBy", "defaultRunOn", "description", "draftVersionId", "id", "logDebug", "logProgress", "logVerbose", "name", "publishedVersionId", "restartable", "runbookType", "timeoutSeconds", "updatedAt", "updatedBy", "nameKey", "searchText") SELECT "concurrencyLimit", "createdAt", "createdBy", "defaultRunOn", "description", "draftVersionId", "id", "logDebug", "logProgress", "logVerbose", "name", "publishedVersionId", "restartable", "runbookType", "timeoutSeconds", "updatedAt", "updatedBy",
    lower("name"),
    replace(replace(replace(replace(replace(replace(
      lower("name" || char(10) || "description" || coalesce((SELECT group_concat(char(10) || "tag", '') FROM (SELECT "tag" FROM "RunbookTag" t WHERE t."runbookId" = "Runbook"."id" ORDER BY "tag")), '')),
      char(64976), ''), char(64977), ''), char(64978), ''), '\', char(64976)), '_', char(64977)), '%', char(64978))
    FROM "Runbook";
DROP TABLE "Runbook";
ALTER TABLE "new_Runbook" RENAME TO "Runbook";
CREATE UNIQUE INDEX "Runbook_name_key" ON "Runbook"("name");
CREATE UNIQUE INDEX "Runbook_nameKey_key" ON "Runbook"("nameKey");
CREATE UNIQUE INDEX "Runbook_draftVersionId_key" ON "Runbook"("draftVersionId");
CREATE UNIQUE INDEX "Runbook_publishedVersionId_key" ON "Runbook"("publishedVersionId");
CREATE INDEX "Runbook_updatedAt_id_idx" ON "Runbook"("updatedAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
