import type { RunbookSort, RunbookSortKey } from "@/lib/runbooks/sort-runbooks";

interface SortHeaderProps {
  label: string;
  sortKey: RunbookSortKey;
  sort: RunbookSort;
  onSort: (sort: RunbookSort) => void;
}

/** A column header whose button toggles the sort; aria-sort tells screen readers the current order. */
export function SortHeader({ label, sortKey, sort, onSort }: SortHeaderProps) {
  const active = sort.key === sortKey;
  const next = active && sort.direction === "asc" ? "desc" : "asc";
  return (
    <th scope="col" className="px-4 py-3" aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        onClick={() => onSort({ key: sortKey, direction: next })}
        className="inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {label}
        <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-300"}>
          {active && sort.direction === "desc" ? "▼" : "▲"}
        </span>
      </button>
    </th>
  );
}
