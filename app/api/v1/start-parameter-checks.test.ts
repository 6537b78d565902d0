import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { createJobWithToken } from "@/lib/jobs/testing/job-fixtures";
import { routeTarget } from "@/lib/testing/route-target";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import { parameterCheckCases, type ParameterCheckCase } from "@/lib/jobs/testing/parameter-check-cases";
import { sharedScriptHelper } from "@/lib/pwsh/shared-script-helper";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { publishRunbook } from "@/lib/runbooks/publish-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { runDueSchedules } from "@/lib/schedules/run-due-schedules";
import { createScheduleSchema } from "@/lib/schedules/schemas";
import { createTestDb, oneTestProvider, type TestDb } from "@/lib/testing/test-db";
import * as childJobs from "./automation/jobs/route";
import * as draftTest from "./runbooks/[runbookId]/draft/test/route";
import * as jobs from "./runbooks/[runbookId]/jobs/route";
import * as runbookWebhooks from "./runbooks/[runbookId]/webhooks/route";
import * as links from "./schedules/[scheduleId]/runbooks/route";
import * as invoke from "./webhooks/invoke/[token]/route";


afterAll(() => sharedScriptHelper().close());

/** What one start path answered: accepted, or refused naming a field (none for a scheduled start) with a message. */
type Answer = { accepted: true } | { accepted: false; field?: string; message: string };

function answerOf(res: { status: number; body: { error?: { field?: string; message: string } } }, acceptedStatus: number): Answer {
  if (res.status === acceptedStatus) return { accepted: true };
  if (res.status !== 422 || !res.body.error) throw new Error(`Unexpected answer ${res.status}: ${JSON.stringify(res.body)}`);
  return { accepted: false, field: res.body.error.field, message: res.body.error.message };
}

/**
 * Every way a job starts checks its parameters with PowerShell, and all agree: the API and the test
 * pane, a schedule link and each scheduled start, a webhook's defaults and each call, and a child job
 * started by Start-AutomationRunbook.
 */
describe.each(oneTestProvider("postgresql"))("start parameters on every start path on %s", (provider) => {
  let t: TestDb;
  let operator: string;
  let author: string;
  let parentToken: string;
  const alice = actingAs("alice");
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    operator = await createApiUser(t.db, "Administrator", "operator");
    author = await createApiUser(t.db, "Author", "author");
    const parent = await createRunbook(t.db, createRunbookSchema.parse({ name: "Parent", content: "Start-AutomationRunbook -Name x" }), alice);
    await publishRunbook(t.db, parent.id, alice);
    const published = await t.db.runbook.findUniqueOrThrow({ where: { id: parent.id }, select: { publishedVersionId: true } });
    // The parent job's chain acts as the operator, as if the operator had started it.
    const actingUserId = (await t.db.user.findUniqueOrThrow({ where: { username: "operator" } })).id;
    parentToken = (await createJobWithToken(t.db, { id: parent.id, versionId: published.publishedVersionId! }, "Running", { actingUserId })).token;
  });
  afterAll(async () => t?.drop());

  /** Each path, given a published runbook and the case's values. */
  const paths: Record<string, (runbook: { id: string; name: string }, values: Record<string, unknown>) => Promise<Answer>> = {
    "API start": async ({ id }, values) =>
      answerOf(await call(jobs.POST, { method: "POST", path: `/api/v1/runbooks/${id}/jobs`, token: operator, body: { parameters: values }, params: { runbookId: id } }), 201),
    "test pane": async ({ id }, values) =>
      answerOf(await call(draftTest.POST, { method: "POST", path: `/api/v1/runbooks/${id}/draft/test`, token: author, body: { parameters: values }, params: { runbookId: id } }), 201),
    "child job": async ({ name }, values) => answerOf(await call(childJobs.POST, { method: "POST", path: "/api/v1/automation/jobs", token: parentToken, body: { name, parameters: values } }), 201),
    "schedule link": async ({ id }, values) => {
      const schedule = await createSchedule(t.db, createScheduleSchema.parse({ name: `link-${generateToken("api").slice(4, 14)}`, kind: "once", startAt: "2030-01-01T00:00:00Z" }), alice);
      return answerOf(
        await call(links.POST, { method: "POST", path: `/api/v1/schedules/${schedule.id}/runbooks`, token: author, body: { runbookId: id, parameters: values }, params: { scheduleId: schedule.id } }),
        201,
      );
    },
    "scheduled start": async ({ id }, values) => {
      // A link saved when the values were still good (written directly): each occurrence checks again.
      const schedule = await createSchedule(t.db, createScheduleSchema.parse({ name: `tick-${generateToken("api").slice(4, 14)}`, kind: "once", startAt: "2031-01-01T00:00:00Z" }), alice, new Date("2030-12-31T00:00:00Z"));
      await t.db.jobSchedule.create({ data: { scheduleId: schedule.id, runbookId: id, parameters: values as object } });
      const outcomes = (await runDueSchedules(t.db, { now: new Date("2031-01-01T00:00:01Z") })).filter((o) => o.scheduleId === schedule.id);
      expect(outcomes).toHaveLength(1);
      if (outcomes[0]!.decision === "started") return { accepted: true };
      const occurrence = await t.db.scheduleOccurrence.findFirstOrThrow({ where: { scheduleId: schedule.id } });
      return { accepted: false, message: occurrence.reason ?? "" };
    },
    "webhook create": async ({ id }, values) =>
      answerOf(
        await call(runbookWebhooks.POST, { method: "POST", path: `/api/v1/runbooks/${id}/webhooks`, token: author, body: { name: `w-${generateToken("api").slice(4, 14)}`, parameters: values }, params: { runbookId: id } }),
        201,
      ),
    "webhook call": async ({ id }, values) => {
      // Defaults saved when they were still good (written directly): each call checks again.
      const token = generateToken("webhook");
      await t.db.webhook.create({ data: { runbookId: id, name: `call-${token.slice(4, 14)}`, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000), parameters: values as object } });
      const res = await invoke.POST(new Request(`http://localhost/api/v1/webhooks/invoke/${token}`, { method: "POST", body: "{}" }), { params: Promise.resolve({ token }) });
      return answerOf({ status: res.status, body: (await res.json()) as { error?: { field?: string; message: string } } }, 202);
    },
  };

  it.each(parameterCheckCases.map((c, i) => ({ ...c, index: i })))("$name", async ({ index, script, values, start }: ParameterCheckCase & { index: number }) => {
    const created = await createRunbook(t.db, createRunbookSchema.parse({ name: `Check-${index}`, content: script }), alice);
    await publishRunbook(t.db, created.id, alice);
    const runbook = { id: created.id, name: created.name };
    for (const [path, startBy] of Object.entries(paths)) {
      const answer = await startBy(runbook, values);
      if (start === "accepted") {
        expect(answer, path).toEqual({ accepted: true });
      } else {
        expect(answer, path).toMatchObject({ accepted: false, message: expect.stringMatching(start.message) });
        if (path !== "scheduled start") expect(answer, path).toMatchObject({ field: start.field });
      }
    }
  });
});
