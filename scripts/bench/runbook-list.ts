import crypto from "node:crypto";
import { createDb } from "@/lib/db/client";
import { listRunbookPage } from "@/lib/runbooks/list-runbook-page";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";
import { listRunbooksQuerySchema } from "@/lib/runbooks/schemas";
import { percentiles, type Percentiles } from "./job-latency";

export interface RunbookListTiming {
  /** First page (100) sorted by name, as the portal opens the list. */
  byName: Percentiles;
  /** First page of a tag-scoped reader searching by text. */
  scopedSearch: Percentiles;
}

/** Times GET /api/v1/runbooks' first page over `count` runbooks, one in three tagged "payments". */
export async function benchRunbookList(url: string, count: number, samples: number): Promise<RunbookListTiming> {
  const { db } = createDb(url);
  try {
    for (let i = 0; i < count; i += 500) {
      const rows = Array.from({ length: Math.min(500, count - i) }, (_, k) => {
        const n = i + k;
        const tags = n % 3 === 0 ? ["payments"] : ["ops"];
        const name = `${n % 2 ? "Sync" : "report"}-${crypto.randomBytes(4).toString("hex")}-${n}`;
        const description = `Runbook ${n} of the benchmark`;
        return { id: crypto.randomUUID(), name, description, tags, ...runbookKeys({ name, description, tags }) };
      });
      await db.runbook.createMany({ data: rows.map(({ tags: _tags, ...r }) => r) });
      await db.runbookTag.createMany({ data: rows.flatMap((r) => r.tags.map((tag) => ({ runbookId: r.id, tag }))) });
    }
    const time = async (raw: Record<string, string>, visibleTags: string[] | null) => {
      const query = { ...listRunbooksQuerySchema.parse(raw), visibleTags };
      await listRunbookPage(db, query);
      const ms: number[] = [];
      for (let s = 0; s < samples; s++) {
        const started = performance.now();
        await listRunbookPage(db, query);
        ms.push(performance.now() - started);
      }
      return percentiles(ms);
    };
    return { byName: await time({}, null), scopedSearch: await time({ search: "sync" }, ["payments"]) };
  } finally {
    await db.$disconnect();
  }
}
