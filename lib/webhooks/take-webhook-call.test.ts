import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { createDb, type Db } from "@/lib/db/client";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createWebhook } from "./create-webhook";
import { createWebhookSchema } from "./schemas";
import { takeWebhookCall } from "./take-webhook-call";

const author: Principal = { kind: "user", userId: null, name: "ada", grants: [{ role: "Author", scopeTag: null }] };

describe.each(testProviders)("takeWebhookCall on %s", (provider) => {
  let t: TestDb;
  let runbookId: string;
  // What two more web processes would have: clients of their own on the same database.
  let others: Db[];
  beforeAll(async () => {
    t = await createTestDb(provider);
    others = [createDb(t.url).db, createDb(t.url).db];
    runbookId = (await createPublishedRunbook(t.db, { name: "Hook", content: "param()" })).id;
  });
  afterAll(async () => {
    await Promise.all((others ?? []).map((db) => db.$disconnect()));
    await t?.drop();
  });

  const webhookId = async (name: string) => (await createWebhook(t.db, author, runbookId, createWebhookSchema.parse({ name }), { baseUrl: "https://baton.example" })).webhook.id;
  // One instant for the whole burst, so no token refills while it runs on a slow machine.
  const burst = (id: string, calls: number, perMinute: number) => {
    const at = Date.now();
    return Promise.all(Array.from({ length: calls }, (_, i) => takeWebhookCall([t.db, ...others][i % 3], id, { perMinute, now: () => at })));
  };

  it("lets a burst from three processes through while the bucket holds tokens", async () => {
    const answers = await burst(await webhookId("roomy"), 60, 1000);
    expect(answers.filter((wait) => wait === 0)).toHaveLength(60);
  });

  it("lets exactly the bucket's tokens through a bigger burst from three processes, and tells the rest when to retry", async () => {
    const answers = await burst(await webhookId("tight"), 60, 25);
    expect(answers.filter((wait) => wait === 0)).toHaveLength(25);
    // The bucket is empty and 25 a minute is a token every 2.4 s.
    expect(answers.filter((wait) => wait !== 0)).toEqual(Array(35).fill(3));
  });

  it("hands out no extra tokens when one process's clock is behind another's", async () => {
    const id = await webhookId("skewed");
    const at = 5_000_000_000_000;
    const ahead = { perMinute: 2, now: () => at };
    const behind = { perMinute: 2, now: () => at - 60_000 };
    expect(await takeWebhookCall(t.db, id, ahead)).toBe(0);
    expect(await takeWebhookCall(others[0], id, behind)).toBe(0);
    // Had the lagging clock moved the bucket's instant back, this one would find a refilled minute.
    expect(await takeWebhookCall(t.db, id, ahead)).toBe(30);
    expect(await takeWebhookCall(t.db, id, { ...ahead, now: () => at + 30_000 })).toBe(0);
  });
});
