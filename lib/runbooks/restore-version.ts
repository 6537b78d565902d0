import type { Db } from "@/lib/db";
import { getVersionContent } from "./get-version-content";
import { saveDraft, type DraftView } from "./save-draft";

/** Copies a version's script into the draft, which stays unpublished until someone publishes it. */
export async function restoreVersion(db: Db, runbookId: string, versionId: string, actor: string): Promise<DraftView> {
  const version = await getVersionContent(db, runbookId, versionId);
  return saveDraft(db, runbookId, version.content, actor);
}
