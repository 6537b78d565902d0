import { describe, expect, it } from "vitest";
import { parseHostLine } from "./parse-host-line";

describe("parseHostLine: debug lines", () => {
  it("reads a debugger event, and a Debug stream record on the same line type as a record", () => {
    const paused = { event: "running", action: "continue" };
    expect(parseHostLine(JSON.stringify({ v: 1, seq: 1, ts: "2026-01-01T00:00:00.000Z", type: "debug", text: "", data: paused }))).toEqual({ kind: "debug", event: paused });
    expect(parseHostLine(JSON.stringify({ v: 1, seq: 2, ts: "2026-01-01T00:00:00.000Z", type: "debug", text: "Write-Debug text", data: {} }))).toEqual({
      kind: "record",
      record: { type: "debug", ts: new Date("2026-01-01T00:00:00.000Z"), text: "Write-Debug text", data: {} },
    });
  });
});
