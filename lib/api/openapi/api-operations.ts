import { accessOperations } from "./access-operations";
import { assetOperations } from "./asset-operations";
import { auditOperations } from "./audit-operations";
import { automationOperations } from "./automation-operations";
import { dashboardOperations, jobOperations } from "./job-operations";
import { metaOperations } from "./meta-operations";
import { moduleOperations } from "./module-operations";
import type { ApiOperation } from "./operation";
import { runbookOperations } from "./runbook-operations";
import { scheduleOperations } from "./schedule-operations";
import { settingsOperations } from "./settings-operations";
import { webhookOperations } from "./webhook-operations";
import { workerOperations } from "./worker-operations";

/** Every operation of /api/v1; the OpenAPI test checks this list against the route files. */
export const apiOperations: readonly ApiOperation[] = [
  ...runbookOperations,
  ...jobOperations,
  ...dashboardOperations,
  ...scheduleOperations,
  ...webhookOperations,
  ...assetOperations,
  ...moduleOperations,
  ...workerOperations,
  ...accessOperations,
  ...auditOperations,
  ...settingsOperations,
  ...automationOperations,
  ...metaOperations,
];
