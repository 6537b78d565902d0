import type { ReactNode } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { OpenApiOperation } from "@/lib/api/openapi/build-openapi-document";
import type { JsonSchema } from "@/lib/api/openapi/json-schema-of";
import { accessLabel } from "./access-label";
import { InlineCodeText } from "./inline-code-text";
import { constraintsOf, SchemaView, typeLabel } from "./schema-view";

type Parameter = NonNullable<OpenApiOperation["parameters"]>[number];

const parameterColumns: DataTableColumn<Parameter>[] = [
  {
    key: "name",
    header: "Name",
    cell: (p) => (
      <>
        <code className="font-mono text-xs font-semibold text-slate-900">{p.name}</code>
        {p.required ? <span className="ml-1 text-xs font-medium text-red-700">required</span> : null}
      </>
    ),
  },
  { key: "in", header: "In", className: "text-xs text-slate-600", cell: (p) => p.in },
  { key: "type", header: "Type", cell: (p) => <code className="font-mono text-xs text-indigo-700">{typeLabel(p.schema)}</code> },
  { key: "rules", header: "Rules", className: "text-xs text-slate-600", cell: (p) => [p.description, ...constraintsOf(p.schema)].filter(Boolean).join(" · ") },
];

type ResponseObject = { description?: string; content?: Record<string, { schema?: JsonSchema }> };

/** The body of an expanded operation: who may call it, its parameters, request body and responses. */
export function OperationDetails({ op, sharedResponses }: { op: OpenApiOperation; sharedResponses: Record<string, ResponseObject> }) {
  const access = op["x-baton-access"];
  const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
  return (
    <div className="space-y-4 border-t border-slate-100 px-4 py-4">
      {op.description ? (
        <p className="text-sm text-slate-700">
          <InlineCodeText text={op.description} />
        </p>
      ) : null}
      <p className="text-xs text-slate-500">
        Operation id <code className="font-mono">{op.operationId}</code> ·{" "}
        <a href={`#${op.operationId}`} className="font-medium text-indigo-700 hover:underline">
          Link to this operation
        </a>
      </p>
      <Section title="Required permission">
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-900" data-testid="operation-permission">
          {accessLabel(access)}
        </code>
      </Section>
      {op.parameters?.length ? (
        <Section title="Parameters">
          <DataTable variant="inline" density="compact" columns={parameterColumns} rows={op.parameters} rowKey={(p) => `${p.in}:${p.name}`} />
        </Section>
      ) : null}
      {body ? (
        <Section title={`Request body (${body[0]})`}>
          <SchemaView schema={body[1].schema} />
        </Section>
      ) : null}
      <Section title="Responses">
        <ul className="space-y-2">
          {Object.entries(op.responses).map(([status, response]) => {
            const resolved = resolveResponse(response, sharedResponses);
            const [contentType, media] = Object.entries(resolved.content ?? {})[0] ?? [];
            return (
              <li key={status} className="text-sm">
                <span className={`mr-2 font-mono text-xs font-semibold ${status.startsWith("2") ? "text-emerald-700" : "text-red-700"}`}>{status}</span>
                <span className="text-slate-700">
                  <InlineCodeText text={resolved.description ?? ""} />
                </span>
                {status.startsWith("2") && media?.schema && Object.keys(media.schema).length ? (
                  <div className="mt-1 pl-10">
                    {contentType !== "application/json" ? <p className="text-xs text-slate-500">{contentType}</p> : null}
                    <SchemaView schema={media.schema} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      </Section>
    </div>
  );
}

function resolveResponse(response: unknown, shared: Record<string, ResponseObject>): ResponseObject {
  const ref = (response as { $ref?: string }).$ref;
  return ref ? (shared[ref.split("/").at(-1)!] ?? {}) : (response as ResponseObject);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {children}
    </section>
  );
}
