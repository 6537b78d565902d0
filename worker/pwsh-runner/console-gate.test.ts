import { describe, expect, it } from "vitest";
import type { StreamRecordInput } from "@/lib/jobs/stream-types";
import { ConsoleGate } from "./console-gate";

const counter = () => {
  let next = 1;
  return () => next++;
};
const line = (text: string): StreamRecordInput => ({ type: "console", ts: new Date(0), text, data: { stream: "stdout" } });

describe("ConsoleGate", () => {
  it("releases each line only after a sync sent after it arrived, with one sync in flight", () => {
    const syncs: number[] = [];
    const released: string[] = [];
    const gate = new ConsoleGate(counter(), (id) => syncs.push(id), (r) => released.push(r.text));
    gate.hold(line("a"));
    gate.hold(line("b"));
    expect(syncs).toEqual([1]);
    expect(released).toEqual([]);
    gate.synced(1);
    // "b" arrived after sync 1 was sent, so the host may have answered before "b"'s secret was out.
    expect(released).toEqual(["a"]);
    expect(syncs).toEqual([1, 2]);
    gate.hold(line("c"));
    gate.synced(1);
    expect(released).toEqual(["a"]);
    gate.synced(2);
    expect(released).toEqual(["a", "b"]);
    expect(syncs).toEqual([1, 2, 3]);
    gate.synced(3);
    expect(released).toEqual(["a", "b", "c"]);
    expect(syncs).toEqual([1, 2, 3]);
  });

  it("releases everything in order when the host is gone", () => {
    const released: string[] = [];
    const gate = new ConsoleGate(counter(), () => {}, (r) => released.push(r.text));
    gate.hold(line("a"));
    gate.hold(line("b"));
    gate.releaseAll();
    expect(released).toEqual(["a", "b"]);
    gate.hold(line("c"));
    gate.synced(1);
    expect(released).toEqual(["a", "b"]);
  });

  it("ignores a late answer to the sync of the host's previous job", () => {
    const ids = counter();
    const syncs: number[] = [];
    const released: string[] = [];
    const first = new ConsoleGate(ids, (id) => syncs.push(id), () => {});
    first.hold(line("old"));
    first.releaseAll();
    const second = new ConsoleGate(ids, (id) => syncs.push(id), (r) => released.push(r.text));
    second.hold(line("new"));
    expect(syncs).toEqual([1, 2]);
    second.synced(1);
    expect(released).toEqual([]);
    second.synced(2);
    expect(released).toEqual(["new"]);
  });
});
