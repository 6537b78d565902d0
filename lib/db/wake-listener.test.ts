import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobsChannel, notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { notifySchedulesChanged, schedulesChannel } from "@/lib/schedules/notify-schedules-changed";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { listenForWakes, type WakeListener } from "./wake-listener";

describe.runIf(testProviders.includes("postgresql"))("the LISTEN wake-ups on postgresql", () => {
  let t: TestDb;
  let listener: WakeListener;
  const wakes: string[] = [];
  let waiters: Array<() => void> = [];
  /** Resolves once `count` wake-ups have arrived in all. */
  const wakesReach = (count: number) => new Promise<void>((resolve) => (wakes.length >= count ? resolve() : waiters.push(() => wakes.length >= count && resolve())));
  const woke = (what: string) => {
    wakes.push(what);
    for (const w of waiters) w();
  };

  beforeAll(async () => {
    t = await createTestDb("postgresql");
    let connected: () => void = () => undefined;
    const up = new Promise<void>((r) => (connected = r));
    listener = listenForWakes({
      url: t.url,
      channels: [
        { name: jobsChannel, matches: (group) => group === "blue", onWake: () => woke("jobs") },
        { name: schedulesChannel, onWake: () => woke("schedules") },
      ],
      onConnectedChange: (c) => c && connected(),
      log: () => undefined,
    });
    await up;
  });
  afterAll(async () => {
    await listener?.close();
    await t?.drop();
  });

  it("wakes every channel once on connecting, then each channel for its own notifications", async () => {
    await wakesReach(2);
    expect(wakes.sort()).toEqual(["jobs", "schedules"]);
    wakes.length = 0;
    waiters = [];

    // Another group's job is not this worker's business; a notification arrives in order with the rest.
    await notifyJobQueued(t.db, "green");
    await notifySchedulesChanged(t.db);
    await notifyJobQueued(t.db, "blue");
    await wakesReach(2);
    expect(wakes).toEqual(["schedules", "jobs"]);
  });

  it("delivers a change made inside a transaction only when it commits", async () => {
    wakes.length = 0;
    waiters = [];
    await t.db.$transaction(async (tx) => {
      await notifySchedulesChanged(tx);
      throw new Error("rolled back");
    }).catch(() => undefined);
    await t.db.$transaction(async (tx) => notifySchedulesChanged(tx));
    // The job notification after both proves the rolled-back one is not merely late.
    await notifyJobQueued(t.db, "blue");
    await wakesReach(2);
    expect(wakes).toEqual(["schedules", "jobs"]);
  });
});
