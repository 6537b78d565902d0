import { hostModes, type HostMode } from "@/lib/workers/host-mode";

const selectClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-500";

/** What the portal calls each host mode. */
export const hostModeLabels: Record<HostMode, string> = { process: "Own process", shared: "Shared host" };

interface HostModeSelectProps {
  id?: string;
  defaultValue: HostMode | "";
  /** The empty choice (submitted as ""), for a runbook that leaves the mode to its worker group; none for a group. */
  emptyLabel?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/** The "Job host" choice, submitted as `hostMode` with the form it sits in. */
export function HostModeSelect({ defaultValue, emptyLabel, ...props }: HostModeSelectProps) {
  return (
    <select {...props} name="hostMode" defaultValue={defaultValue} className={selectClass}>
      {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
      {hostModes.map((mode) => (
        <option key={mode} value={mode}>
          {hostModeLabels[mode]}
        </option>
      ))}
    </select>
  );
}
