"use client";

import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/error-message";
import type { RunbookContentView } from "@/lib/runbooks/get-runbook-content";

/** Downloads the draft or published script as <name>.ps1, built in the browser from the content API. */
export function ExportRunbookButton({ runbookId, runbookName, version }: { runbookId: string; runbookName: string; version: "draft" | "published" }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function download() {
    setPending(true);
    setError(null);
    try {
      const { content } = await fetchJson<RunbookContentView>(`/api/v1/runbooks/${runbookId}/content?version=${version}`);
      const url = URL.createObjectURL(new Blob([content], { type: "text/plain;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = `${runbookName}.ps1`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button variant="ghost" pending={pending} onClick={() => void download()} title={`Download the ${version} script as ${runbookName}.ps1`}>
        {version === "draft" ? "Export draft" : "Export published"}
      </Button>
      {error ? <ErrorMessage error={error} title="The script was not exported" /> : null}
    </>
  );
}
