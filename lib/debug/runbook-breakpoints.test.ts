import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { deleteRunbook } from "@/lib/runbooks/delete-runbook";
import { createRunbookSchema } from "@/lib/runbooks/schemas";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { runbookBreakpointsSchema, type RunbookBreakpoints } from "./debug-protocol";
import { getRunbookBreakpoints } from "./get-runbook-breakpoints";
import { saveRunbookBreakpoints } from "./save-runbook-breakpoints";

describe("breakpoint input", () => {
  it.each([
    [{ breakpoints: [{ line: 0 }] }, ["breakpoints", 0, "line"], "must be at least 1"],
    [{ breakpoints: [{ line: 1.5 }] }, ["breakpoints", 0, "line"], "must be a line number"],
    [{ breakpoints: [{ line: 2 }, { line: 3, hitCount: 0 }] }, ["breakpoints", 1, "hitCount"], "must be at least 1"],
    [{ breakpoints: [{ line: 2, condition: "" }] }, ["breakpoints", 0, "condition"], "must not be blank"],
    [{ breakpoints: Array.from({ length: 201 }, (_, i) => ({ line: i + 1 })) }, ["breakpoints"], "at most 200 breakpoints"],
    [{ breakpoints: [{ line: 2, column: 4 }] }, ["breakpoints", 0], expect.stringContaining("column")],
  ])("refuses %j naming the field", (input, path, message) => {
    const issue = runbookBreakpointsSchema.safeParse(input).error?.issues[0];
    expect(issue?.path).toEqual(path);
    expect(issue?.message).toEqual(message);
  });
});

describe.each(testProviders)("breakpoints per user per runbook on %s", (provider) => {
  let t: TestDb;
  let runbookId: string;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    alice = (await t.db.user.create({ data: { username: "alice", displayName: "Alice" } })).id;
    bob = (await t.db.user.create({ data: { username: "bob", displayName: "Bob" } })).id;
    runbookId = (await createRunbook(t.db, createRunbookSchema.parse({ name: "Bp", content: "1..3" }), actingAs("alice"))).id;
  });
  afterAll(async () => t?.drop());

  it("round-trips each user's own list, replacing it whole, and leaves with the runbook", async () => {
    expect(await getRunbookBreakpoints(t.db, runbookId, alice)).toEqual({ breakpoints: [] });
    const mine: RunbookBreakpoints = { breakpoints: [{ line: 2 }, { line: 3, condition: "$_ -eq 3", hitCount: 2 }] };
    expect(await saveRunbookBreakpoints(t.db, runbookId, alice, mine)).toEqual(mine);
    await saveRunbookBreakpoints(t.db, runbookId, bob, { breakpoints: [{ line: 1 }] });
    expect(await getRunbookBreakpoints(t.db, runbookId, alice)).toEqual(mine);
    await saveRunbookBreakpoints(t.db, runbookId, alice, { breakpoints: [{ line: 1 }] });
    expect(await getRunbookBreakpoints(t.db, runbookId, alice)).toEqual({ breakpoints: [{ line: 1 }] });
    await expect(saveRunbookBreakpoints(t.db, runbookId, alice, { breakpoints: [{ line: -1 }] })).rejects.toMatchObject({ issues: [{ path: ["breakpoints", 0, "line"] }] });
    expect(await getRunbookBreakpoints(t.db, runbookId, alice)).toEqual({ breakpoints: [{ line: 1 }] });

    await deleteRunbook(t.db, runbookId, actingAs("alice"));
    expect(await t.db.runbookBreakpoints.count()).toBe(0);
  });
});
