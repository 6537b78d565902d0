"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import type { OpenApiDocument, OpenApiOperation } from "@/lib/api/openapi/build-openapi-document";
import { accessLabel } from "./access-label";
import { InlineCodeText } from "./inline-code-text";
import { MethodBadge } from "./method-badge";
import { OperationDetails } from "./operation-details";

interface Entry {
  method: string;
  path: string;
  op: OpenApiOperation;
  /** Lower-cased text the filter searches. */
  haystack: string;
}

/** The OpenAPI document as a page: operations grouped by tag, filtered by any text in them, expandable. */
export function ApiReference({ spec }: { spec: OpenApiDocument }) {
  const [filter, setFilter] = useState("");
  const needle = useDeferredValue(filter.trim().toLowerCase());
  const entries = useMemo<Entry[]>(
    () =>
      Object.entries(spec.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({
          method,
          path,
          op,
          haystack: [method, path, op.summary, op.description, op.tags.join(" "), op["x-baton-access"]].join(" ").toLowerCase(),
        })),
      ),
    [spec],
  );
  // A link to /api-reference#<operationId> opens that operation.
  useEffect(() => {
    const target = window.document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      target.scrollIntoView();
    }
  }, []);
  const matching = needle ? entries.filter((e) => needle.split(/\s+/).every((word) => e.haystack.includes(word))) : entries;
  const sharedResponses = (spec.components.responses ?? {}) as Record<string, { description?: string }>;
  const base = spec.servers[0]?.url ?? "";

  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every operation of the REST API under <code className="font-mono text-xs">{base}</code>, generated from the same schemas the server validates with. Authenticate with{" "}
            <code className="font-mono text-xs">Authorization: Bearer bat_…</code> (create one under API tokens).
          </>
        }
        actions={
          <a href={`${base}/openapi.json`} className="text-sm font-medium text-indigo-700 hover:underline" target="_blank" rel="noreferrer">
            openapi.json
          </a>
        }
      />
      <div className="mb-6 max-w-md">
        <Field label="Filter operations" hint="Matches method, path, summary, tag or permission.">
          {(props) => <Input {...props} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="e.g. jobs, POST, asset.write" />}
        </Field>
      </div>
      <p className="mb-4 text-sm text-slate-600" aria-live="polite">
        {matching.length} of {entries.length} operations
      </p>
      {matching.length === 0 ? <EmptyState title="No operation matches">Try a shorter filter, such as a resource name.</EmptyState> : null}
      <div className="space-y-8">
        {spec.tags.map((tag) => {
          const inTag = matching.filter((e) => e.op.tags.includes(tag.name));
          if (!inTag.length) return null;
          return (
            <section key={tag.name} aria-labelledby={`tag-${slug(tag.name)}`}>
              <h2 id={`tag-${slug(tag.name)}`} className="text-lg font-semibold text-slate-900">
                {tag.name}
              </h2>
              <p className="mb-3 text-sm text-slate-600">
                <InlineCodeText text={tag.description} />
              </p>
              <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
                {inTag.map((e) => (
                  <li key={`${e.method} ${e.path}`}>
                    <OperationEntry entry={e} sharedResponses={sharedResponses} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

/**
 * One operation, collapsed until opened. Its details are only rendered once it is open: the page
 * lists every operation, and drawing all their tables up front made it slow to open.
 */
function OperationEntry({ entry: e, sharedResponses }: { entry: Entry; sharedResponses: Record<string, { description?: string }> }) {
  const [open, setOpen] = useState(false);
  return (
    <details id={e.op.operationId} className="group scroll-mt-4" data-testid="operation" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-3 px-4 py-2.5 hover:bg-slate-50">
        <MethodBadge method={e.method} />
        <code className="font-mono text-sm text-slate-900">{e.path}</code>
        <span className="text-sm text-slate-600">{e.op.summary}</span>
        <span className="ml-auto text-xs text-slate-500">{accessLabel(e.op["x-baton-access"])}</span>
      </summary>
      {open ? <OperationDetails op={e.op} sharedResponses={sharedResponses} /> : null}
    </details>
  );
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
