import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { RunbookVersionView } from "./runbook-views";

/** The draft first, then published versions newest first. Test snapshots are not history. */
export async function listRunbookVersions(db: DbOrTx, runbookId: string): Promise<RunbookVersionView[]> {
  const runbook = await db.runbook.findUnique({ where: { id: runbookId }, select: { draftVersionId: true, publishedVersionId: true } });
  if (!runbook) throw notFound("Runbook");
  const rows = await db.runbookVersion.findMany({
    where: { runbookId, kind: { in: ["draft", "published"] } },
    select: { id: true, kind: true, number: true, contentHash: true, createdAt: true, createdBy: true, publishedAt: true, publishedBy: true },
    orderBy: [{ number: "desc" }],
  });
  const draft = rows.filter((r) => r.kind === "draft");
  const published = rows.filter((r) => r.kind === "published").sort((a, b) => (b.number ?? 0) - (a.number ?? 0));
  return [...draft, ...published].map((r) => ({
    id: r.id,
    kind: r.kind,
    number: r.number,
    contentHash: r.contentHash,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    publishedBy: r.publishedBy,
    isCurrent: r.id === runbook.draftVersionId || r.id === runbook.publishedVersionId,
  }));
}
