import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveJobCpuGroup } from "./job-cpu-group";

// The cgroup file systems stand in as plain directories: where the group goes and what is written
// is the subject (pwsh-runner.priority.test.ts has real processes join the real group as root).
describe("resolveJobCpuGroup", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "baton-cgroup-test-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const mountLine = (point: string, type: string, options: string) => `35 24 0:30 / ${point} rw,nosuid,nodev,noexec,relatime shared:9 - ${type} ${type} ${options}`;

  it("on cgroup v1, makes baton-jobs under this process's cpu group with the weight as cpu.shares", () => {
    const mount = path.join(root, "cpu,cpuacct");
    const view = {
      membership: "12:pids:/system.slice/baton.service\n4:cpu,cpuacct:/system.slice/baton.service\n0::/system.slice/baton.service\n",
      mounts: [mountLine(path.join(root, "cpuset"), "cgroup", "rw,cpuset"), mountLine(mount, "cgroup", "rw,cpu,cpuacct"), mountLine(path.join(root, "unified"), "cgroup2", "rw")].join("\n"),
    };
    const group = resolveJobCpuGroup(10, view);
    const dir = path.join(mount, "system.slice/baton.service/baton-jobs");
    expect(group).toEqual({ dir, procsFile: path.join(dir, "cgroup.procs"), version: 1, weight: 10 });
    expect(fs.readFileSync(path.join(dir, "cpu.shares"), "utf8")).toBe("102");
  });

  it("on cgroup v2, makes baton-jobs beside this process's group, enabling the cpu controller there, with cpu.weight", () => {
    const mount = path.join(root, "v2");
    const parent = path.join(mount, "system.slice/baton-worker.service");
    fs.mkdirSync(parent, { recursive: true });
    fs.writeFileSync(path.join(parent, "cgroup.subtree_control"), "memory pids\n");
    const view = { membership: "0::/system.slice/baton-worker.service/worker\n", mounts: mountLine(mount, "cgroup2", "rw,nsdelegate") };
    const group = resolveJobCpuGroup(20_000, view);
    const dir = path.join(parent, "baton-jobs");
    expect(group).toEqual({ dir, procsFile: path.join(dir, "cgroup.procs"), version: 2, weight: 20_000 });
    expect(fs.readFileSync(path.join(parent, "cgroup.subtree_control"), "utf8")).toBe("+cpu");
    expect(fs.readFileSync(path.join(dir, "cpu.weight"), "utf8")).toBe("10000");
  });

  it("says what to change when the controller cannot be enabled, and when no control groups are mounted", () => {
    const mount = path.join(root, "v2");
    const view = { membership: "0::/user.slice/session-1.scope\n", mounts: mountLine(mount, "cgroup2", "rw") };
    expect(() => resolveJobCpuGroup(10, view)).toThrow(/cannot enable the cpu controller in .*user\.slice.*Delegate=cpu and DelegateSubgroup=worker/);
    expect(() => resolveJobCpuGroup(10, { membership: "", mounts: "" })).toThrow("BATON_JOB_CPU_WEIGHT needs Linux control groups");
  });
});
