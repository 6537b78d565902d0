"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCan } from "@/components/auth/principal-context";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { DeleteModuleButton } from "./delete-module-button";
import { ModuleVersions } from "./module-versions";
import { useModule } from "./use-modules";

export function ModuleDetail({ name }: { name: string }) {
  const router = useRouter();
  const moduleQuery = useModule(name);
  const canWrite = useCan("module.write");
  const toList = () => router.push("/modules");
  if (moduleQuery.isPending) return <Spinner label="Loading module…" />;
  if (!moduleQuery.data) return <ErrorMessage error={moduleQuery.error} title="Could not load the module" />;
  const m = moduleQuery.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/modules" className="hover:underline">
            Modules
          </Link>
        }
        title={m.name}
        description={m.description || undefined}
        actions={canWrite ? <DeleteModuleButton name={m.name} onDeleted={toList} /> : null}
      />
      <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[2fr_3fr]">
        <Card title={`Commands in ${m.activeVersion ?? "—"}`}>
          {m.commands.length === 0 ? (
            <p className="text-sm text-slate-600">The active version exports no commands.</p>
          ) : (
            <ul aria-label="Exported commands" className="divide-y divide-slate-100 text-sm">
              {m.commands.map((c) => (
                <li key={c.name} className="flex items-center justify-between py-1.5">
                  <code className="font-mono text-xs text-slate-900">{c.name}</code>
                  <Badge>{c.type}</Badge>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-4 text-xs text-slate-500">
            In a runbook: <code className="font-mono">Import-Module {m.name}</code>
          </p>
        </Card>
        <ModuleVersions name={m.name} onModuleDeleted={toList} />
      </div>
    </>
  );
}
