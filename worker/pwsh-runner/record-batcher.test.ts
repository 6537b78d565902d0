import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { RecordBatcher } from "./record-batcher";

const rec = (text: string): StreamRecordInput => ({ type: "output", ts: new Date(), text });

describe("RecordBatcher", () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it("sends the first record after a quiet period on the next tick, then batches by interval", () => {
    const batches: string[][] = [];
    const b = new RecordBatcher((r) => batches.push(r.map((x) => x.text)), 50, 500);
    b.add(rec("a"));
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(batches).toEqual([["a"]]);

    b.add(rec("b"));
    b.add(rec("c"));
    vi.advanceTimersByTime(49);
    expect(batches).toEqual([["a"]]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([["a"], ["b", "c"]]);

    vi.advanceTimersByTime(1_000);
    b.add(rec("d"));
    vi.advanceTimersByTime(0);
    expect(batches.at(-1)).toEqual(["d"]);
  });

  it("flushes at once when a batch is full, keeping order", () => {
    const batches: string[][] = [];
    const b = new RecordBatcher((r) => batches.push(r.map((x) => x.text)), 50, 3);
    for (const t of ["1", "2", "3", "4"]) b.add(rec(t));
    expect(batches).toEqual([["1", "2", "3"]]);
    b.flush();
    expect(batches).toEqual([["1", "2", "3"], ["4"]]);
  });

  it("stops delivering after the sink throws and reports the error", () => {
    const b = new RecordBatcher(() => {
      throw new Error("disk full");
    });
    b.add(rec("x"));
    b.flush();
    expect((b.error as Error).message).toBe("disk full");
  });
});
