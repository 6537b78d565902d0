import type { DataTableColumn } from "@/components/ui/data-table";
import type { RunbookSort, RunbookSortKey } from "@/lib/runbooks/sort-runbooks";

/**
 * A column header whose button toggles the sort; aria-sort on the header cell tells screen readers the current order.
 * Spread into a DataTable column: `{ key: "name", ...sortHeader("Name", "name", sort, setSort), cell }`.
 */
export function sortHeader(label: string, sortKey: RunbookSortKey, sort: RunbookSort, onSort: (sort: RunbookSort) => void): Pick<DataTableColumn<unknown>, "header" | "ariaSort"> {
  const active = sort.key === sortKey;
  const next = active && sort.direction === "asc" ? "desc" : "asc";
  return {
    ariaSort: active ? (sort.direction === "asc" ? "ascending" : "descending") : "none",
    header: (
      <button
        type="button"
        onClick={() => onSort({ key: sortKey, direction: next })}
        className="inline-flex items-center gap-1 whitespace-nowrap rounded uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {label}
        <span aria-hidden="true" className={active ? "text-slate-900" : "text-slate-300"}>
          {active && sort.direction === "desc" ? "▼" : "▲"}
        </span>
      </button>
    ),
  };
}
