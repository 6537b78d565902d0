"use client";

import { Badge } from "@/components/ui/badge";
import type { VariableView } from "@/lib/assets/variable-view";
import { AssetPanel } from "./asset-panel";
import { VariableForm } from "./variable-form";
import { useAssetList } from "./use-assets";

function shownValue(v: VariableView) {
  if (v.isEncrypted) return <span className="font-mono text-slate-500" aria-label="Encrypted value, hidden">••••••••</span>;
  const s = typeof v.value === "string" ? v.value : JSON.stringify(v.value);
  return (
    <span className="block max-w-48 truncate font-mono text-xs" title={s}>
      {s}
    </span>
  );
}

export function VariablesPanel() {
  const query = useAssetList<VariableView>("variables");
  return (
    <AssetPanel
      collection="variables"
      label="variable"
      query={query}
      columns={[
        { header: "Type", cell: (v) => <span className="inline-flex gap-1"><Badge>{v.type}</Badge>{v.isEncrypted ? <Badge tone="purple">Encrypted</Badge> : null}</span> },
        { header: "Value", cell: shownValue },
      ]}
      form={(editing, done) => <VariableForm editing={editing} onDone={done} />}
    />
  );
}
