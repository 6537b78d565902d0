"use client";

import { useCan } from "@/components/auth/principal-context";
import { Card } from "@/components/ui/card";
import { ErrorMessage } from "@/components/ui/error-message";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { RetentionPurgeCard } from "./retention-purge-card";
import { SettingsForm } from "./settings-form";
import { useSettings } from "./use-settings";

export function AdminSettings() {
  const settings = useSettings();
  const canWrite = useCan("settings.write");
  const data = settings.data;
  return (
    <>
      <PageHeader title="Settings" description="How long Baton keeps jobs and audit events, and the limits every job runs under." />
      <ErrorMessage error={settings.error} title="Could not load the settings" />
      {settings.isPending ? <Spinner label="Loading settings…" /> : null}
      {data ? (
        <div className="space-y-6">
          <Card title="Retention and limits">
            <SettingsForm settings={data.settings} canWrite={canWrite} />
            <p className="mt-4 text-xs text-slate-500">
              Last changed {formatDateTime(data.settings.updatedAt)}
              {data.settings.updatedBy ? ` by ${data.settings.updatedBy}` : ""}.
            </p>
          </Card>
          <RetentionPurgeCard lastPurge={data.lastPurge} canWrite={canWrite} />
        </div>
      ) : null}
    </>
  );
}
