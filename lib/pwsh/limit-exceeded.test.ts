import { describe, expect, it } from "vitest";
import { limitExceededReason } from "./limit-exceeded";

const all = { memoryMiB: 512, processes: 100, cpuSeconds: 60 };
const exited = { code: 1, signal: null };

describe("limitExceededReason", () => {
  it("names the CPU limit for SIGXCPU, directly or as bubblewrap's 128+signal exit code", () => {
    expect(limitExceededReason(all, { code: null, signal: "SIGXCPU" }, "")).toBe("The job exceeded its CPU time limit of 60 s (BATON_JOB_CPU_SECONDS)");
    expect(limitExceededReason(all, { code: 152, signal: null }, "")).toMatch(/CPU time limit of 60 s/);
  });

  it("names the memory limit for .NET's OutOfMemoryException and ENOMEM", () => {
    expect(limitExceededReason(all, exited, "System.OutOfMemoryException Exception of type 'System.OutOfMemoryException' was thrown.")).toBe(
      "The job exceeded its memory limit of 512 MiB (BATON_JOB_MEMORY_MB)",
    );
    expect(limitExceededReason(all, exited, "python: Cannot allocate memory")).toMatch(/memory limit of 512 MiB/);
  });

  it("names the process limit when a fork failed with EAGAIN", () => {
    expect(limitExceededReason(all, exited, "An error occurred trying to start process '/usr/bin/sleep': Resource temporarily unavailable")).toBe(
      "The job reached its limit of 100 processes (BATON_JOB_MAX_PROCESSES)",
    );
  });

  it("names both limits when the runtime aborted for want of a thread or memory, and only the one that is set", () => {
    const abort = { code: 134, signal: null };
    expect(limitExceededReason(all, abort, "Out of memory.")).toMatch(/limit of 100 processes or its memory limit of 512 MiB/);
    expect(limitExceededReason({ memoryMiB: 512 }, abort, "Out of memory.")).toMatch(/^The job exceeded its memory limit of 512 MiB/);
    expect(limitExceededReason({ processes: 100 }, abort, "Out of memory.")).toMatch(/^The job reached its limit of 100 processes/);
  });

  it("blames no limit for other failures, nor one that is not set", () => {
    expect(limitExceededReason(all, exited, "RuntimeException: the disk is full")).toBeUndefined();
    expect(limitExceededReason(all, { code: null, signal: "SIGKILL" }, "")).toBeUndefined();
    expect(limitExceededReason({}, { code: null, signal: "SIGXCPU" }, "OutOfMemoryException Resource temporarily unavailable Out of memory.")).toBeUndefined();
  });
});
