import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { appendJobStreams } from "./append-job-streams";
import { readJobLog } from "./read-job-log";
import { createPublishedRunbook, startJobs } from "./testing/job-fixtures";

async function collect(pages: AsyncGenerator<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe.each(testProviders)("reading a job's full log on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => t?.drop());

  it("writes every record in order, page by page, with type, time and indented continuation lines", async () => {
    const rb = await createPublishedRunbook(t.db, { name: "Log-Runbook" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    const ts = new Date("2026-01-02T03:04:05.000Z");
    const records = Array.from({ length: 25 }, (_, i) => ({ type: i === 3 ? ("error" as const) : ("output" as const), ts, text: i === 5 ? "two\nlines" : `line ${i}` }));
    await appendJobStreams(t.db, jobId!, records, 10_000_000);

    const pages = await collect(readJobLog(t.db, jobId!, { pageSize: 10 }));
    expect(pages).toHaveLength(4); // header + 10 + 10 + 5
    const text = pages.join("");
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^# Job ${jobId} of runbook Log-Runbook, created .+, status Queued$`));
    expect(lines[1]).toBe("2026-01-02T03:04:05.000Z [OUTPUT] line 0");
    expect(lines[4]).toBe("2026-01-02T03:04:05.000Z [ERROR] line 3");
    expect(lines[6]).toBe("2026-01-02T03:04:05.000Z [OUTPUT] two");
    expect(lines[7]).toBe("    lines");
    expect(lines.at(-1)).toBe("2026-01-02T03:04:05.000Z [OUTPUT] line 24");
    expect(lines).toHaveLength(27);
  });

  it("leaves out output objects that printed nothing, and offers the colours as VT sequences or HTML", async () => {
    const rb = await createPublishedRunbook(t.db, { name: "Colour-Runbook" });
    const [jobId] = await startJobs(t.db, rb.id, 1);
    const ts = new Date("2026-01-02T03:04:05.000Z");
    await appendJobStreams(
      t.db,
      jobId!,
      [
        { type: "output", ts, text: "", data: { lines: 0, json: "{}" } },
        { type: "information", ts, text: "<warm>", data: { ansi: "\u001b[93m<warm>\u001b[0m" } },
        { type: "output", ts, text: "plain", data: { lines: 1 } },
      ],
      10_000_000,
    );
    const text = (await collect(readJobLog(t.db, jobId!))).join("");
    expect(text.split("\n").slice(1)).toEqual(["2026-01-02T03:04:05.000Z [INFORMATION] <warm>", "2026-01-02T03:04:05.000Z [OUTPUT] plain", ""]);
    const ansi = (await collect(readJobLog(t.db, jobId!, { format: "ansi" }))).join("");
    expect(ansi).toContain("[INFORMATION] \u001b[93m<warm>\u001b[0m\n");
    const html = (await collect(readJobLog(t.db, jobId!, { format: "html" }))).join("");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<th>information</th><td><pre><span style="color:rgb(255, 255, 85)">&lt;warm&gt;</span></pre>');
    expect(html).toContain("<pre>plain</pre>");
    expect(html).not.toContain("[OUTPUT]");
    expect(html.trimEnd().endsWith("</table></body></html>")).toBe(true);
  });

  it("reports a missing job as not found", async () => {
    await expect(collect(readJobLog(t.db, "00000000-0000-4000-8000-000000000000"))).rejects.toMatchObject({ code: "not_found" });
  });
});
