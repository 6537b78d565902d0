import fs from "node:fs";
import path from "node:path";

/** The control group job processes join, and the weight it holds against everything else on the host. */
export interface JobCpuGroup {
  /** Its directory in the cgroup file system. */
  dir: string;
  /** Where a process writes its pid to join it. */
  procsFile: string;
  version: 1 | 2;
  /** As cgroup v2 counts it: 100 is an ordinary process's share. */
  weight: number;
}

const groupName = "baton-jobs";

interface CgroupView {
  /** /proc/self/cgroup */
  membership: string;
  /** /proc/self/mountinfo */
  mounts: string;
}

/**
 * Makes (or reuses) the `baton-jobs` control group and sets its CPU weight. Every job process of
 * every worker under the same parent group joins it, so all of them together weigh `weight` when
 * the CPU is contended: however many pwsh start at once, the web service keeps its share. Where it
 * goes:
 * - cgroup v1 (a `cpu` hierarchy): a child of this process's own group, with cpu.shares;
 * - cgroup v2: a sibling of this process's own group (a group with processes cannot enable
 *   controllers for children), with cpu.weight. Under systemd that needs `Delegate=cpu` and
 *   `DelegateSubgroup=` on the unit, so the worker sits in a subgroup of a group it may manage.
 * Throws a message that says what to change when the group cannot be made or weighted.
 */
export function resolveJobCpuGroup(weight: number, view: CgroupView = readCgroupView()): JobCpuGroup {
  const v1 = cgroupV1Cpu(view);
  if (v1) {
    const dir = path.join(v1.mount, v1.own, groupName);
    writeGroup(dir, "cpu.shares", String(Math.min(262_144, Math.max(2, Math.round((weight * 1024) / 100)))));
    return { dir, procsFile: path.join(dir, "cgroup.procs"), version: 1, weight };
  }
  const v2 = cgroupV2(view);
  if (!v2) throw new Error("BATON_JOB_CPU_WEIGHT needs Linux control groups (a cgroup v1 cpu hierarchy or cgroup v2), and none is mounted here; set it to 0");
  const parent = path.join(v2.mount, v2.own === "/" ? "/" : path.dirname(v2.own));
  enableCpuController(parent);
  const dir = path.join(parent, groupName);
  writeGroup(dir, "cpu.weight", String(Math.min(10_000, Math.max(1, weight))));
  return { dir, procsFile: path.join(dir, "cgroup.procs"), version: 2, weight };
}

function readCgroupView(): CgroupView {
  return { membership: fs.readFileSync("/proc/self/cgroup", "utf8"), mounts: fs.readFileSync("/proc/self/mountinfo", "utf8") };
}

/** The v1 hierarchy that has the cpu controller: where it is mounted and this process's group in it. */
function cgroupV1Cpu(view: CgroupView): { mount: string; own: string } | undefined {
  const own = view.membership
    .split("\n")
    .map((line) => line.split(":"))
    .find(([, controllers]) => controllers?.split(",").includes("cpu"))?.[2];
  const mount = mountsOf(view, "cgroup").find((m) => m.options.includes("cpu"))?.point;
  return own !== undefined && mount ? { mount, own } : undefined;
}

function cgroupV2(view: CgroupView): { mount: string; own: string } | undefined {
  const own = view.membership
    .split("\n")
    .find((line) => line.startsWith("0::"))
    ?.slice(3);
  const mount = mountsOf(view, "cgroup2")[0]?.point;
  return own !== undefined && mount ? { mount, own } : undefined;
}

/** Mount points of one file system type, with their super options (mountinfo: fields after " - "). */
function mountsOf(view: CgroupView, type: string): { point: string; options: string[] }[] {
  return view.mounts.split("\n").flatMap((line) => {
    const [before, after] = line.split(" - ");
    const [fsType, , superOptions] = (after ?? "").split(" ");
    const point = before?.split(" ")[4];
    return fsType === type && point ? [{ point, options: (superOptions ?? "").split(",") }] : [];
  });
}

function enableCpuController(parent: string): void {
  const control = path.join(parent, "cgroup.subtree_control");
  try {
    if (!fs.readFileSync(control, "utf8").split(/\s+/).includes("cpu")) fs.writeFileSync(control, "+cpu");
  } catch (error) {
    throw new Error(
      `BATON_JOB_CPU_WEIGHT: cannot enable the cpu controller in ${parent} (${(error as Error).message}); ` +
        "under systemd set Delegate=cpu and DelegateSubgroup=worker on the unit, or set BATON_JOB_CPU_WEIGHT=0",
    );
  }
}

function writeGroup(dir: string, weightFile: string, value: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, weightFile), value);
  } catch (error) {
    throw new Error(`BATON_JOB_CPU_WEIGHT: cannot make the control group ${dir} (${(error as Error).message}); run the worker as root or in a delegated cgroup, or set BATON_JOB_CPU_WEIGHT=0`);
  }
}
