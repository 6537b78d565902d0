import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { controlJob } from "@/lib/jobs/control-job";
import { startJob } from "@/lib/jobs/start-job";
import { createWorkerRow } from "@/lib/jobs/testing/job-fixtures";
import { transitionJob } from "@/lib/jobs/transition-job";
import { claimJobs } from "@/lib/queue/claim-jobs";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { deleteRunbook } from "@/lib/runbooks/delete-runbook";
import { discardDraft } from "@/lib/runbooks/discard-draft";
import { publishRunbook } from "@/lib/runbooks/publish-runbook";
import { restoreVersion } from "@/lib/runbooks/restore-version";
import { saveDraft } from "@/lib/runbooks/save-draft";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { updateRunbook } from "@/lib/runbooks/update-runbook";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { actingAs } from "./testing/acting-as";

const alice = actingAs("alice", "198.51.100.4");

describe.each(testProviders)("audit events for runbook and job changes on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  const eventsFor = (targetId: string) =>
    t.db.auditEvent.findMany({ where: { targetId }, orderBy: { id: "asc" }, select: { action: true, actorName: true, actorKind: true, targetType: true, targetName: true, sourceAddress: true, details: true } });

  it("records create, property change, draft save, publish, discard, restore and delete of a runbook with who, what and from where", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Audited", content: "Write-Output 1", tags: ["ops"] }), alice);
    await updateRunbook(t.db, rb.id, { name: "Audited-2", logVerbose: true }, alice);
    await publishRunbook(t.db, rb.id, alice);
    await saveDraft(t.db, rb.id, "Write-Output 2", alice);
    await publishRunbook(t.db, rb.id, alice);
    await saveDraft(t.db, rb.id, "Write-Output 3", alice);
    await discardDraft(t.db, rb.id, alice);
    const v1 = await t.db.runbookVersion.findFirstOrThrow({ where: { runbookId: rb.id, number: 1 } });
    await restoreVersion(t.db, rb.id, v1.id, alice);
    await deleteRunbook(t.db, rb.id, alice);

    const events = await eventsFor(rb.id);
    expect(events.map((e) => e.action)).toEqual([
      "runbook.create",
      "runbook.update",
      "runbook.publish",
      "runbook.draft_save",
      "runbook.publish",
      "runbook.draft_save",
      "runbook.draft_discard",
      "runbook.version_restore",
      "runbook.delete",
    ]);
    for (const e of events) expect(e).toMatchObject({ actorKind: "user", actorName: "alice", targetType: "runbook", sourceAddress: "198.51.100.4" });
    expect(events[1]).toMatchObject({ targetName: "Audited-2", details: { changed: ["name", "logVerbose"], previousName: "Audited" } });
    expect(events[4]).toMatchObject({ details: { version: 2 } });
    expect(events[6]).toMatchObject({ details: { publishedVersion: 2 } });
    expect(events[7]).toMatchObject({ details: { version: 1 } });
  });

  it("records a refused change nowhere: a failed publish leaves no event", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Empty-One" }), alice);
    await expect(publishRunbook(t.db, rb.id, alice)).rejects.toMatchObject({ code: "validation_failed" });
    expect((await eventsFor(rb.id)).map((e) => e.action)).toEqual(["runbook.create"]);
  });

  it("records job start, stop, suspend and resume with the job as target and its runbook's name", async () => {
    const rb = await createRunbook(t.db, createRunbookSchema.parse({ name: "Job-Audit", content: "Write-Output 1" }), alice);
    await publishRunbook(t.db, rb.id, alice);
    const user = await t.db.user.create({ data: { username: "alice", displayName: "Alice" } });
    const worker = await createWorkerRow(t.db, { group: "audit" });
    const start = () => startJob(t.db, { runbookId: rb.id, input: { runOn: "audit" }, startedBy: { kind: "user", userId: user.id, name: "alice" }, sourceAddress: "198.51.100.4" });
    const { jobId: stopped } = await start();
    await controlJob(t.db, stopped, "stop", alice);
    const { jobId: suspended } = await start();
    await claimJobs(t.db, worker);
    await transitionJob(t.db, suspended, "Running", { workerId: worker.id });
    await controlJob(t.db, suspended, "suspend", alice);
    await transitionJob(t.db, suspended, "Suspended", { workerId: worker.id });
    await controlJob(t.db, suspended, "resume", alice);
    await expect(controlJob(t.db, stopped, "resume", alice)).rejects.toMatchObject({ code: "conflict" });

    expect(await eventsFor(stopped)).toEqual([
      expect.objectContaining({ action: "job.start", actorKind: "user", actorName: "alice", targetType: "job", targetName: "Job-Audit", sourceAddress: "198.51.100.4", details: { runbookId: rb.id, runOn: "audit", test: false } }),
      expect.objectContaining({ action: "job.stop", actorName: "alice", sourceAddress: "198.51.100.4", details: { from: "Queued", to: "Stopped" } }),
    ]);
    expect((await eventsFor(suspended)).map((e) => [e.action, e.details])).toEqual([
      ["job.start", { runbookId: rb.id, runOn: "audit", test: false }],
      ["job.suspend", { from: "Running", to: "Suspending" }],
      ["job.resume", { from: "Suspended", to: "Queued" }],
    ]);
  });
});
