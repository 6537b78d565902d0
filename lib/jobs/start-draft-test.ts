import type { Db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import type { JobStarter } from "./job-starter";
import { startJob } from "./start-job";
import { describeParseError, parseScript } from "@/lib/pwsh/parse-script";
import { testDraftSchema, type TestDraftInput } from "./start-job-schema";

/**
 * Runs the draft as a test job. The draft keeps changing while the test runs, so the job gets an
 * immutable `snapshot` version of it; the draft's parameters are parsed again so the test is checked
 * against the text it runs. A script PowerShell cannot parse is refused like a publish is.
 */
export async function startDraftTest(db: Db, runbookId: string, rawInput: TestDraftInput, startedBy: JobStarter, sourceAddress: string | null = null): Promise<{ jobId: string; runOn: string }> {
  const { verbose, debug, ...input } = testDraftSchema.parse(rawInput);
  const runbook = await db.runbook.findUnique({ where: { id: runbookId }, select: { draftVersion: { select: { content: true, contentHash: true } } } });
  if (!runbook) throw notFound("Runbook");
  const draft = runbook.draftVersion;
  if (!draft || !draft.content.trim()) throw conflict("The draft is empty: write the script before testing it");
  const parsed = await parseScript(draft.content);
  const firstError = describeParseError(parsed);
  if (firstError) throw new AppError("validation_failed", `The script has parse errors and cannot run: ${firstError}`, { field: "content" });
  const snapshot = await db.runbookVersion.create({
    data: { runbookId, kind: "snapshot", content: draft.content, contentHash: draft.contentHash, parameters: parsed.parameters, createdBy: startedBy.name },
    select: { id: true },
  });
  try {
    return await startJob(db, { runbookId, input, startedBy, test: { runbookVersionId: snapshot.id, logVerbose: verbose, logDebug: debug }, sourceAddress });
  } catch (err) {
    // A refused start (bad parameters, unknown group) leaves no snapshot behind.
    await db.runbookVersion.deleteMany({ where: { id: snapshot.id } });
    throw err;
  }
}
