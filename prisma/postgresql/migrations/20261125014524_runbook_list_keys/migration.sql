-- The runbook list sorts on "nameKey" and searches "searchText" (lib/runbooks/runbook-keys.ts).
-- "nameKey" compares bytewise (COLLATE "C") so PostgreSQL orders it exactly as SQLite does,
-- whatever the database's default collation: a locale collation would ignore '-' and '_'.
ALTER TABLE "Runbook" ADD COLUMN "nameKey" TEXT COLLATE "C",
ADD COLUMN "searchText" TEXT;

-- Backfill as runbookKeys() computes them: ASCII letters lower-cased (lower() under "C" touches
-- nothing else), fields joined by line feeds, tags in order, then searchKey()'s mapping of the LIKE
-- pattern characters \ _ % to U+FDD0..U+FDD2 (dropped from the text first).
UPDATE "Runbook" r SET
  "nameKey" = lower(r."name" COLLATE "C"),
  "searchText" = replace(replace(replace(replace(replace(replace(
    lower((r."name" || chr(10) || r."description" || coalesce((SELECT string_agg(chr(10) || t."tag", '' ORDER BY t."tag" COLLATE "C") FROM "RunbookTag" t WHERE t."runbookId" = r."id"), '')) COLLATE "C"),
    chr(64976), ''), chr(64977), ''), chr(64978), ''), '\', chr(64976)), '_', chr(64977)), '%', chr(64978));

ALTER TABLE "Runbook" ALTER COLUMN "nameKey" SET NOT NULL,
ALTER COLUMN "searchText" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Runbook_nameKey_key" ON "Runbook"("nameKey");

-- CreateIndex
CREATE INDEX "Runbook_updatedAt_id_idx" ON "Runbook"("updatedAt", "id");
