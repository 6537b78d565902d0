import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sortHeader } from "@/components/runbooks/sort-header";
import { actionsColumn, DataTable, type DataTableColumn } from "./data-table";

interface Item {
  id: string;
  name: string;
  size: number;
}

const items: Item[] = [
  { id: "a", name: "Alpha", size: 1 },
  { id: "b", name: "Beta", size: 22 },
];
const columns: DataTableColumn<Item>[] = [
  { key: "name", header: "Name", rowHeader: true, cell: (i) => i.name },
  { key: "size", header: "Size", align: "right", className: "tabular-nums", cell: (i) => i.size },
];

function render(props: Partial<Parameters<typeof DataTable<Item>>[0]> = {}): string {
  return renderToStaticMarkup(createElement(DataTable<Item>, { columns, rows: items, rowKey: (i) => i.id, ...props }));
}

describe("DataTable", () => {
  it("renders a header cell per column with scope=col, and a row per item", () => {
    const html = render();
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html).toContain(">Name</th>");
    expect(html.match(/<tr/g)).toHaveLength(3);
  });

  it("makes the rowHeader column's cells row headers, so a row is found by its name", () => {
    const html = render();
    expect(html).toContain('<th scope="row" class="px-4 py-3 text-left">Alpha</th>');
    expect(html).toContain('<td class="px-4 py-3 text-right tabular-nums">22</td>');
  });

  it("names the table by caption and aria-label and tags rows for tests", () => {
    const html = render({ caption: "Things", "aria-label": "Things", "data-testid": "things", rowTestId: (i) => `item-${i.name}` });
    expect(html).toContain('<table class="min-w-full divide-y divide-slate-200 text-sm" aria-label="Things" data-testid="things"><caption class="sr-only">Things</caption>');
    expect(html).toContain('data-testid="item-Beta"');
  });

  it("skips falsy columns, such as actions the user may not take", () => {
    const withActions = render({ columns: [...columns, actionsColumn<Item>((i) => `Delete ${i.name}`)] });
    expect(withActions).toContain('<th scope="col" class="px-4 py-3 text-right"><span class="sr-only">Actions</span></th>');
    expect(withActions).toContain("Delete Alpha");
    const withoutActions = render({ columns: [...columns, false] });
    expect(withoutActions).not.toContain("Actions");
    expect(withoutActions.match(/<th scope="col"/g)).toHaveLength(2);
  });

  it("shows the empty state instead of a table when there are no rows, and nothing without one", () => {
    const empty = render({ rows: [], empty: createElement("p", null, "Nothing here.") });
    expect(empty).toBe("<p>Nothing here.</p>");
    expect(render({ rows: [] })).toBe("");
  });

  it("shows a labelled spinner instead of the table while loading", () => {
    const html = render({ loading: "Loading things…", empty: createElement("p", null, "Nothing here.") });
    expect(html).toContain('role="status"');
    expect(html).toContain("Loading things…");
    expect(html).not.toContain("<table");
    expect(html).not.toContain("Nothing here.");
    expect(render({ loading: false })).toContain("<table");
  });

  it("pads cells by variant and density", () => {
    expect(render({ density: "compact" })).toContain('<td class="px-4 py-2 text-right tabular-nums">');
    const inline = render({ variant: "inline" });
    expect(inline).toContain('<div class="relative overflow-x-auto"><table class="min-w-full text-sm">');
    expect(inline).toContain('<td class="py-2 pr-4 last:pr-0 text-right tabular-nums">');
  });
});

describe("sortHeader", () => {
  const onSort = () => undefined;
  it("marks the sorted column's order on the header cell and leaves the others at none", () => {
    const sorted: DataTableColumn<Item>[] = [
      { key: "name", ...sortHeader("Name", "name", { key: "name", direction: "desc" }, onSort), cell: (i) => i.name },
      { key: "state", ...sortHeader("State", "state", { key: "name", direction: "desc" }, onSort), cell: () => "" },
    ];
    const html = render({ columns: sorted });
    expect(html).toMatch(/<th scope="col" class="px-4 py-3" aria-sort="descending"><button type="button"[^>]*>Name<span aria-hidden="true" class="text-slate-900">▼<\/span><\/button><\/th>/);
    expect(html).toMatch(/<th scope="col" class="px-4 py-3" aria-sort="none"><button[^>]*>State<span aria-hidden="true" class="text-slate-300">▲<\/span>/);
  });
});
