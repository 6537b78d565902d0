import type { Db } from "@/lib/db";
import type { JobStarter } from "./job-starter";
import { snapshotDraft } from "./snapshot-draft";
import { startJob } from "./start-job";
import { testDraftSchema, type TestDraftInput } from "./start-job-schema";

/**
 * Runs the draft as a test job. The job gets an immutable snapshot of the draft (./snapshot-draft.ts),
 * so its parameters are checked against the text it runs.
 */
export async function startDraftTest(db: Db, runbookId: string, rawInput: TestDraftInput, startedBy: JobStarter, sourceAddress: string | null = null): Promise<{ jobId: string; runOn: string }> {
  const { verbose, debug, ...input } = testDraftSchema.parse(rawInput);
  const snapshot = await snapshotDraft(db, runbookId, startedBy.name);
  try {
    return await startJob(db, { runbookId, input, startedBy, test: { runbookVersionId: snapshot.id, logVerbose: verbose, logDebug: debug }, sourceAddress });
  } catch (err) {
    // A refused start (bad parameters, unknown group) leaves no snapshot behind.
    await db.runbookVersion.deleteMany({ where: { id: snapshot.id } });
    throw err;
  }
}
