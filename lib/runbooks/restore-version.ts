import type { AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { getVersionContent } from "./get-version-content";
import { saveDraft, type DraftView } from "./save-draft";

/** Copies a version's script into the draft, which stays unpublished until someone publishes it. */
export async function restoreVersion(db: Db, runbookId: string, versionId: string, by: AuditContext): Promise<DraftView> {
  const version = await getVersionContent(db, runbookId, versionId);
  return saveDraft(db, runbookId, version.content, by, { action: "version_restore", details: { version: version.number } });
}
