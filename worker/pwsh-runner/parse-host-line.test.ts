import { describe, expect, it } from "vitest";
import { parseHostLine } from "./parse-host-line";

const ts = "2026-01-01T00:00:00.000Z";

describe("parseHostLine: debugger and Debug stream lines", () => {
  it("reads a debugger event, and keeps a Debug stream record whose data looks like one a record", () => {
    const running = { event: "running", action: "continue" };
    expect(parseHostLine(JSON.stringify({ v: 1, seq: 1, ts, type: "debugger", text: "", data: running }))).toEqual({ kind: "debugger", event: running });
    expect(parseHostLine(JSON.stringify({ v: 1, seq: 2, ts, type: "debug", text: "Write-Debug text", data: running }))).toEqual({
      kind: "record",
      record: { type: "debug", ts: new Date(ts), text: "Write-Debug text", data: running },
    });
  });

  it("calls a debugger line without an event unreadable", () => {
    expect(parseHostLine(JSON.stringify({ v: 1, seq: 3, ts, type: "debugger", text: "", data: {} }))).toEqual({ kind: "invalid", reason: "debugger line without an event" });
  });
});
