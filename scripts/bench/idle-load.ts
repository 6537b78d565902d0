import { startWorker } from "@/worker/start-worker";
import type { JobRunner } from "@/worker/runner-types";
import { createCountingDb } from "./counting-db";

/**
 * Database statements per second of one idle worker (claim polls, heartbeats, reaper passes),
 * counted from Prisma's query log over `seconds` after a warm-up.
 */
export async function benchIdleLoad(url: string, runner: JobRunner, seconds: number): Promise<number> {
  const { db, queries } = await createCountingDb(url);
  const worker = await startWorker({ db, databaseUrl: url, runner, name: `bench-idle-${process.pid}-${Date.now()}`, group: "bench-idle", capacity: 2, apiUrl: "http://127.0.0.1:1", version: "bench", log: () => {} });
  await new Promise((r) => setTimeout(r, 3_000));
  const before = queries();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const perSecond = (queries() - before) / seconds;
  await worker.stop(0);
  await db.$disconnect();
  return Math.round(perSecond * 100) / 100;
}
