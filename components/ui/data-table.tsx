import type { AriaAttributes, ReactNode } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export interface DataTableColumn<Row> {
  /** Unique among the table's columns; React's key for the header and the cells. */
  key: string;
  header: ReactNode;
  /** Read by screen readers only, for columns that hold nothing but buttons. */
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** Added to each body cell of the column. */
  className?: string;
  align?: "left" | "right";
  /** The column names its row: its cells are <th scope="row">, so a row can be found by it. */
  rowHeader?: boolean;
  /** Set on sortable columns (see components/runbooks/sort-header.tsx). */
  ariaSort?: AriaAttributes["aria-sort"];
}

/** The trailing column of per-row buttons, right-aligned, its header for screen readers only. */
export function actionsColumn<Row>(cell: (row: Row) => ReactNode, className?: string): DataTableColumn<Row> {
  return { key: "actions", header: "Actions", hideHeader: true, align: "right", className, cell };
}

type Variant = "panel" | "inline";
type Density = "normal" | "compact";

interface DataTableProps<Row> {
  /** Falsy entries are skipped, so a column can be shown only when, e.g., the user may act on the rows. */
  columns: ReadonlyArray<DataTableColumn<Row> | false | null | undefined>;
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** While set, a spinner with this label stands in for the table: `query.isPending && "Loading modules…"`. */
  loading?: string | false;
  /** Shown instead of the table when there are no rows; nothing when left out. */
  empty?: ReactNode;
  /** "panel": a bordered box on a page; "inline": inside a Card, which is already the box. */
  variant?: Variant;
  density?: Density;
  /** A visually hidden caption naming the table. */
  caption?: string;
  "aria-label"?: string;
  "data-testid"?: string;
  rowClassName?: string;
  rowTestId?: (row: Row) => string;
}

const looks: Record<Variant, { wrapper: string; table: string; head: string; cell: Record<Density, string> }> = {
  panel: {
    // relative: a screen-reader-only header (position: absolute) then scrolls with the table instead of widening the page.
    wrapper: "relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm",
    table: "min-w-full divide-y divide-slate-200 text-sm",
    head: "bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600",
    cell: { normal: "px-4 py-3", compact: "px-4 py-2" },
  },
  inline: {
    wrapper: "relative overflow-x-auto",
    table: "min-w-full text-sm",
    head: "text-left text-xs font-semibold uppercase tracking-wide text-slate-500",
    cell: { normal: "py-2 pr-4 last:pr-0", compact: "py-1.5 pr-4 last:pr-0" },
  },
};

/** The portal's list table: typed columns, one row per item, and an empty state when there are none. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  loading,
  empty = null,
  variant = "panel",
  density = "normal",
  caption,
  rowClassName,
  rowTestId,
  ...labels
}: DataTableProps<Row>) {
  if (loading) return <Spinner label={loading} />;
  if (rows.length === 0) return <>{empty}</>;
  const look = looks[variant];
  const pad = look.cell[density];
  const shown = columns.filter((c): c is DataTableColumn<Row> => Boolean(c));
  const alignOf = (c: DataTableColumn<Row>) => (c.align === "right" ? "text-right" : undefined);
  return (
    <div className={look.wrapper}>
      <table className={look.table} {...labels}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className={look.head}>
          <tr>
            {shown.map((c) => (
              <th key={c.key} scope="col" className={cn(pad, alignOf(c))} aria-sort={c.ariaSort}>
                {c.hideHeader ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName} data-testid={rowTestId?.(row)}>
              {shown.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={cn(pad, alignOf(c) ?? "text-left", c.className)}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cn(pad, alignOf(c), c.className)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
