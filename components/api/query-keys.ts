import type { JobListFilter } from "@/components/jobs/job-list-filter";

/** Every react-query key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  runbooks: (filter?: { search?: string; tag?: string }) => (filter ? (["runbooks", "list", filter] as const) : (["runbooks", "list"] as const)),
  runbook: (id: string) => ["runbooks", "detail", id] as const,
  runbookContent: (id: string, version: "draft" | "published") => ["runbooks", "content", id, version] as const,
  runbookVersions: (id: string) => ["runbooks", "versions", id] as const,
  webhooks: (runbookId: string) => ["webhooks", runbookId] as const,
  jobs: (filter?: JobListFilter) => (filter ? (["jobs", "list", filter] as const) : (["jobs", "list"] as const)),
  job: (id: string) => ["jobs", "detail", id] as const,
  workers: () => ["workers"] as const,
  workerGroups: () => ["workers", "groups"] as const,
  schedules: () => ["schedules", "list"] as const,
  schedule: (id: string) => ["schedules", "detail", id] as const,
  scheduleRunbooks: (id: string) => ["schedules", "runbooks", id] as const,
  scheduleOccurrences: (id: string) => ["schedules", "occurrences", id] as const,
  runbookSchedules: (runbookId: string) => ["schedules", "of-runbook", runbookId] as const,
  schedulePreview: (body: unknown) => ["schedule-preview", body] as const,
  jobStats: (range: string) => ["dashboard", "job-stats", range] as const,
  dashboardJobs: () => ["dashboard", "jobs"] as const,
  users: () => ["users"] as const,
  groups: () => ["groups"] as const,
  apiTokens: () => ["api-tokens"] as const,
  assets: (collection: string) => ["assets", collection] as const,
  auditEvents: (filter: Record<string, string>) => ["audit-events", filter] as const,
  settings: () => ["settings"] as const,
};
