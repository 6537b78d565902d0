import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";

const columns: DataTableColumn<ScriptParameter>[] = [
  {
    key: "name",
    header: "Name",
    className: "font-mono font-medium text-slate-900",
    cell: (p) => (
      <>
        {p.name} {p.mandatory ? <Badge tone="red">Required</Badge> : null}
      </>
    ),
  },
  { key: "type", header: "Type", className: "font-mono text-slate-700", cell: (p) => (p.type ? `[${p.type}]` : <span className="text-slate-500">any</span>) },
  { key: "default", header: "Default", className: "font-mono text-slate-700", cell: (p) => p.default ?? <span className="text-slate-500">none</span> },
  { key: "allowed", header: "Allowed values", className: "text-slate-700", cell: (p) => p.validateSet?.join(", ") ?? <span className="text-slate-500">any</span> },
  { key: "help", header: "Help", className: "text-slate-700", cell: (p) => p.helpMessage ?? "" },
];

/** The published version's param() block, as PowerShell parsed it: what a job can be started with. */
export function RunbookParametersCard({ parameters, version }: { parameters: ScriptParameter[] | null; version: number }) {
  return (
    <Card title={`Parameters (version ${version})`} className="mt-6">
      {parameters === null ? (
        <p className="text-sm text-slate-500">This version was published before Baton read param() blocks; publish it again to see its parameters.</p>
      ) : (
        <DataTable
          variant="inline"
          columns={columns}
          rows={parameters}
          rowKey={(p) => p.name}
          empty={<p className="text-sm text-slate-500">This runbook takes no parameters.</p>}
          data-testid="runbook-parameters"
        />
      )}
    </Card>
  );
}
