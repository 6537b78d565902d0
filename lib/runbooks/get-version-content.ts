import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const versionContentView = z.object({ id: z.string(), kind: z.string(), number: z.number().int().nullable(), content: z.string(), contentHash: z.string() });
export type VersionContentView = z.infer<typeof versionContentView>;

/** The script text of one draft or published version of a runbook; test snapshots are not history. */
export async function getVersionContent(db: DbOrTx, runbookId: string, versionId: string): Promise<VersionContentView> {
  const row = await db.runbookVersion.findFirst({
    where: { id: versionId, runbookId, kind: { in: ["draft", "published"] } },
    select: { id: true, kind: true, number: true, content: true, contentHash: true },
  });
  if (!row) throw notFound("Runbook version");
  return row;
}
