import { describe, expect, it } from "vitest";
import { effectiveHostMode, hostModeSchema } from "./host-mode";

describe("effectiveHostMode", () => {
  it("takes the runbook's choice, then its worker group's, then a process of its own", () => {
    expect(effectiveHostMode({ debug: false, runbook: "shared", group: "process" })).toBe("shared");
    expect(effectiveHostMode({ debug: false, runbook: "process", group: "shared" })).toBe("process");
    expect(effectiveHostMode({ debug: false, runbook: null, group: "shared" })).toBe("shared");
    expect(effectiveHostMode({ debug: false, runbook: null, group: "process" })).toBe("process");
    expect(effectiveHostMode({ debug: false, runbook: null, group: null })).toBe("process");
  });

  it("gives a debug session its own process whatever the runbook and its group chose", () => {
    expect(effectiveHostMode({ debug: true, runbook: "shared", group: "shared" })).toBe("process");
    expect(effectiveHostMode({ debug: true, runbook: null, group: "shared" })).toBe("process");
  });

  it("reads a stored value it does not know as unset", () => {
    expect(effectiveHostMode({ debug: false, runbook: "Shared", group: "process" })).toBe("process");
    expect(effectiveHostMode({ debug: false, runbook: null, group: "pool" })).toBe("process");
  });
});

describe("hostModeSchema", () => {
  it("accepts the two modes and names them when it refuses another", () => {
    expect(hostModeSchema.parse("shared")).toBe("shared");
    expect(hostModeSchema.safeParse("pool").error?.issues[0]?.message).toBe("must be one of: process, shared");
  });
});
