import type { DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Records read per query: large enough to be quick, small enough that a 100k-record job never sits in memory. */
const pageSize = 2_000;

/** One record as a log line: time, stream type and text; multi-line text is indented under its header. */
function formatRecord(r: { seq: number; ts: Date; type: string; text: string }): string {
  const [first = "", ...rest] = r.text.split(/\r?\n/);
  const head = `${r.ts.toISOString()} [${r.type.toUpperCase()}] ${first}`;
  return rest.length ? `${head}\n${rest.map((l) => `    ${l}`).join("\n")}\n` : `${head}\n`;
}

/**
 * A job's full log as plain text, one chunk per page of records in sequence order, for downloads.
 * Starts with a header naming the job so a saved file says what it is.
 */
export async function* readJobLog(db: DbOrTx, jobId: string, options: { pageSize?: number } = {}): AsyncGenerator<string> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { id: true, status: true, createdAt: true, runbook: { select: { name: true } } } });
  if (!job) throw notFound("Job");
  yield `# Job ${job.id} of runbook ${job.runbook.name}, created ${job.createdAt.toISOString()}, status ${job.status}\n`;
  const take = options.pageSize ?? pageSize;
  let after = 0;
  for (;;) {
    const rows = await db.jobStreamRecord.findMany({ where: { jobId, seq: { gt: after } }, orderBy: { seq: "asc" }, take, select: { seq: true, ts: true, type: true, text: true } });
    if (rows.length === 0) return;
    yield rows.map(formatRecord).join("");
    after = rows.at(-1)!.seq;
    if (rows.length < take) return;
  }
}
