import crypto from "node:crypto";
import { createDb } from "@/lib/db/client";
import { appendJobStreams } from "@/lib/jobs/append-job-streams";
import { followJobStreams } from "@/lib/jobs/follow-job-streams";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";
import { percentiles, type Percentiles } from "./job-latency";

/**
 * appendJobStreams called → a live follower has the record (the SSE stream's source; the append's own
 * transaction included), over `samples` appends made at random moments (so a poll's phase cannot
 * flatter it), with the followers' defaults: the notification on PostgreSQL, the 250 ms poll on SQLite.
 */
export async function benchFollowLatency(url: string, samples: number): Promise<Percentiles> {
  const { db } = createDb(url);
  const abort = new AbortController();
  try {
    const name = `follow-${crypto.randomBytes(4).toString("hex")}`;
    const runbook = await db.runbook.create({ data: { name, ...runbookKeys({ name }) } });
    const version = await db.runbookVersion.create({ data: { runbookId: runbook.id, kind: "published", number: 1, content: "", contentHash: "", parameters: [] } });
    const job = await db.job.create({ data: { runbookId: runbook.id, runbookVersionId: version.id, startedByKind: "user", status: "Running" } });
    const stream = followJobStreams(db, job.id, { after: 0, signal: abort.signal });
    await stream.next();
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      // Already waiting, as an SSE response is, before the record is stored at a random moment.
      const received = stream.next();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      const started = performance.now();
      await appendJobStreams(db, job.id, [{ type: "output", ts: new Date(), text: String(i) }], 1_000_000);
      await received;
      ms.push(performance.now() - started);
    }
    await stream.return(undefined);
    return percentiles(ms);
  } finally {
    abort.abort();
    await db.$disconnect();
  }
}
