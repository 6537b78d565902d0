import { actorName, type AuditContext } from "@/lib/audit/audit-context";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseScript } from "@/lib/pwsh/parse-script";
import { contentHash } from "./content-hash";
import { getRunbookOrThrow } from "./get-runbook-or-throw";
import { recordRunbookAudit } from "./record-runbook-audit";
import { runbookKeys } from "./runbook-keys";
import type { RunbookDetail } from "./runbook-views";
import type { CreateRunbookInput } from "./schemas";

/** Creates a runbook with its editable draft (possibly empty). Names are unique, ignoring case. */
export async function createRunbook(db: Db, input: CreateRunbookInput, by: AuditContext): Promise<RunbookDetail> {
  const actor = actorName(by);
  const { parameters } = await parseScript(input.content);
  const id = await db.$transaction(async (tx) => {
    // The unique index is case-sensitive on PostgreSQL; like Azure, "Foo" and "foo" name the same runbook.
    const [same] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "Runbook" WHERE LOWER(name) = LOWER(${input.name})`;
    if (same) throw new AppError("conflict", `A runbook named ${same.name} already exists`, { field: "name" });
    const runbook = await tx.runbook.create({
      data: {
        name: input.name,
        description: input.description,
        ...runbookKeys(input),
        createdBy: actor,
        updatedBy: actor,
        tags: { create: input.tags.map((tag) => ({ tag })) },
      },
    });
    const draft = await tx.runbookVersion.create({
      data: { runbookId: runbook.id, kind: "draft", content: input.content, contentHash: contentHash(input.content), parameters, createdBy: actor },
    });
    await tx.runbook.update({ where: { id: runbook.id }, data: { draftVersionId: draft.id } });
    await recordRunbookAudit(tx, by, "create", runbook, { tags: input.tags });
    return runbook.id;
  });
  return getRunbookOrThrow(db, id);
}
