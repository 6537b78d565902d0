import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ScriptParameter } from "@/lib/pwsh/parse-result";

/** The published version's param() block, as PowerShell parsed it: what a job can be started with. */
export function RunbookParametersCard({ parameters, version }: { parameters: ScriptParameter[] | null; version: number }) {
  return (
    <Card title={`Parameters (version ${version})`} className="mt-6">
      {parameters === null ? (
        <p className="text-sm text-slate-500">This version was published before Baton read param() blocks; publish it again to see its parameters.</p>
      ) : parameters.length === 0 ? (
        <p className="text-sm text-slate-500">This runbook takes no parameters.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="runbook-parameters">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Name</th>
                <th scope="col" className="py-2 pr-4 font-medium">Type</th>
                <th scope="col" className="py-2 pr-4 font-medium">Default</th>
                <th scope="col" className="py-2 pr-4 font-medium">Allowed values</th>
                <th scope="col" className="py-2 font-medium">Help</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {parameters.map((p) => (
                <tr key={p.name}>
                  <td className="py-2 pr-4 font-mono font-medium text-slate-900">
                    {p.name} {p.mandatory ? <Badge tone="red">Required</Badge> : null}
                  </td>
                  <td className="py-2 pr-4 font-mono text-slate-700">{p.type ? `[${p.type}]` : <span className="text-slate-400">any</span>}</td>
                  <td className="py-2 pr-4 font-mono text-slate-700">{p.default ?? <span className="text-slate-400">none</span>}</td>
                  <td className="py-2 pr-4 text-slate-700">{p.validateSet?.join(", ") ?? <span className="text-slate-400">any</span>}</td>
                  <td className="py-2 text-slate-700">{p.helpMessage ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
