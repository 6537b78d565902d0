import { operations as runbooks } from "@/app/api/v1/runbooks/operations";
import { operations as runbookTags } from "@/app/api/v1/runbook-tags/operations";
import { operations as runbooksByRunbookId } from "@/app/api/v1/runbooks/[runbookId]/operations";
import { operations as runbooksByRunbookIdContent } from "@/app/api/v1/runbooks/[runbookId]/content/operations";
import { operations as runbooksByRunbookIdDraft } from "@/app/api/v1/runbooks/[runbookId]/draft/operations";
import { operations as runbooksByRunbookIdDraftCheck } from "@/app/api/v1/runbooks/[runbookId]/draft/check/operations";
import { operations as runbooksByRunbookIdDraftDiscard } from "@/app/api/v1/runbooks/[runbookId]/draft/discard/operations";
import { operations as runbooksByRunbookIdDraftTest } from "@/app/api/v1/runbooks/[runbookId]/draft/test/operations";
import { operations as runbooksByRunbookIdDraftDebug } from "@/app/api/v1/runbooks/[runbookId]/draft/debug/operations";
import { operations as runbooksByRunbookIdBreakpoints } from "@/app/api/v1/runbooks/[runbookId]/breakpoints/operations";
import { operations as runbooksByRunbookIdPublish } from "@/app/api/v1/runbooks/[runbookId]/publish/operations";
import { operations as runbooksByRunbookIdVersions } from "@/app/api/v1/runbooks/[runbookId]/versions/operations";
import { operations as runbooksByRunbookIdVersionsByVersionId } from "@/app/api/v1/runbooks/[runbookId]/versions/[versionId]/operations";
import { operations as runbooksByRunbookIdVersionsByVersionIdRestore } from "@/app/api/v1/runbooks/[runbookId]/versions/[versionId]/restore/operations";
import { operations as runbooksByRunbookIdJobs } from "@/app/api/v1/runbooks/[runbookId]/jobs/operations";
import { operations as jobs } from "@/app/api/v1/jobs/operations";
import { operations as jobsByJobId } from "@/app/api/v1/jobs/[jobId]/operations";
import { operations as jobsByJobIdStreams } from "@/app/api/v1/jobs/[jobId]/streams/operations";
import { operations as jobsByJobIdStreamsLive } from "@/app/api/v1/jobs/[jobId]/streams/live/operations";
import { operations as jobsByJobIdLog } from "@/app/api/v1/jobs/[jobId]/log/operations";
import { operations as jobsByJobIdStop } from "@/app/api/v1/jobs/[jobId]/stop/operations";
import { operations as jobsByJobIdSuspend } from "@/app/api/v1/jobs/[jobId]/suspend/operations";
import { operations as jobsByJobIdResume } from "@/app/api/v1/jobs/[jobId]/resume/operations";
import { operations as jobsByJobIdDebug } from "@/app/api/v1/jobs/[jobId]/debug/operations";
import { operations as jobsByJobIdDebugEvents } from "@/app/api/v1/jobs/[jobId]/debug/events/operations";
import { operations as jobsByJobIdDebugCommands } from "@/app/api/v1/jobs/[jobId]/debug/commands/operations";
import { operations as dashboardJobStats } from "@/app/api/v1/dashboard/job-stats/operations";
import { operations as dashboardJobs } from "@/app/api/v1/dashboard/jobs/operations";
import { operations as schedules } from "@/app/api/v1/schedules/operations";
import { operations as schedulesPreview } from "@/app/api/v1/schedules/preview/operations";
import { operations as schedulesByScheduleId } from "@/app/api/v1/schedules/[scheduleId]/operations";
import { operations as schedulesByScheduleIdRunbooks } from "@/app/api/v1/schedules/[scheduleId]/runbooks/operations";
import { operations as schedulesByScheduleIdRunbooksByRunbookId } from "@/app/api/v1/schedules/[scheduleId]/runbooks/[runbookId]/operations";
import { operations as schedulesByScheduleIdOccurrences } from "@/app/api/v1/schedules/[scheduleId]/occurrences/operations";
import { operations as runbooksByRunbookIdSchedules } from "@/app/api/v1/runbooks/[runbookId]/schedules/operations";
import { operations as runbooksByRunbookIdWebhooks } from "@/app/api/v1/runbooks/[runbookId]/webhooks/operations";
import { operations as webhooksByWebhookId } from "@/app/api/v1/webhooks/[webhookId]/operations";
import { operations as webhooksInvokeByToken } from "@/app/api/v1/webhooks/invoke/[token]/operations";
import { operations as variables } from "@/app/api/v1/variables/operations";
import { operations as variablesByName } from "@/app/api/v1/variables/[name]/operations";
import { operations as credentials } from "@/app/api/v1/credentials/operations";
import { operations as credentialsByName } from "@/app/api/v1/credentials/[name]/operations";
import { operations as connections } from "@/app/api/v1/connections/operations";
import { operations as connectionsByName } from "@/app/api/v1/connections/[name]/operations";
import { operations as connectionTypes } from "@/app/api/v1/connection-types/operations";
import { operations as connectionTypesByName } from "@/app/api/v1/connection-types/[name]/operations";
import { operations as certificates } from "@/app/api/v1/certificates/operations";
import { operations as certificatesByName } from "@/app/api/v1/certificates/[name]/operations";
import { operations as modules } from "@/app/api/v1/modules/operations";
import { operations as modulesByName } from "@/app/api/v1/modules/[name]/operations";
import { operations as modulesByNameVersions } from "@/app/api/v1/modules/[name]/versions/operations";
import { operations as modulesByNameVersionsByVersion } from "@/app/api/v1/modules/[name]/versions/[version]/operations";
import { operations as modulesByNameVersionsByVersionActivate } from "@/app/api/v1/modules/[name]/versions/[version]/activate/operations";
import { operations as modulesByNameVersionsByVersionArchive } from "@/app/api/v1/modules/[name]/versions/[version]/archive/operations";
import { operations as workers } from "@/app/api/v1/workers/operations";
import { operations as workersByWorkerId } from "@/app/api/v1/workers/[workerId]/operations";
import { operations as workerGroups } from "@/app/api/v1/worker-groups/operations";
import { operations as workerGroupsByName } from "@/app/api/v1/worker-groups/[name]/operations";
import { operations as workerGroupsByNameRegistrationTokens } from "@/app/api/v1/worker-groups/[name]/registration-tokens/operations";
import { operations as workerGroupsByNameRegistrationTokensByTokenId } from "@/app/api/v1/worker-groups/[name]/registration-tokens/[tokenId]/operations";
import { operations as users } from "@/app/api/v1/users/operations";
import { operations as usersByUserId } from "@/app/api/v1/users/[userId]/operations";
import { operations as usersByUserIdPassword } from "@/app/api/v1/users/[userId]/password/operations";
import { operations as usersByUserIdUnlock } from "@/app/api/v1/users/[userId]/unlock/operations";
import { operations as groups } from "@/app/api/v1/groups/operations";
import { operations as groupsByGroupId } from "@/app/api/v1/groups/[groupId]/operations";
import { operations as groupsByGroupIdMembers } from "@/app/api/v1/groups/[groupId]/members/operations";
import { operations as groupsByGroupIdMembersByUserId } from "@/app/api/v1/groups/[groupId]/members/[userId]/operations";
import { operations as roleAssignments } from "@/app/api/v1/role-assignments/operations";
import { operations as roleAssignmentsByAssignmentId } from "@/app/api/v1/role-assignments/[assignmentId]/operations";
import { operations as tokens } from "@/app/api/v1/tokens/operations";
import { operations as tokensByTokenId } from "@/app/api/v1/tokens/[tokenId]/operations";
import { operations as me } from "@/app/api/v1/me/operations";
import { operations as mePassword } from "@/app/api/v1/me/password/operations";
import { operations as auditEvents } from "@/app/api/v1/audit-events/operations";
import { operations as settings } from "@/app/api/v1/settings/operations";
import { operations as settingsPurge } from "@/app/api/v1/settings/purge/operations";
import { operations as automationVariablesByName } from "@/app/api/v1/automation/variables/[name]/operations";
import { operations as automationCredentialsByName } from "@/app/api/v1/automation/credentials/[name]/operations";
import { operations as automationConnectionsByName } from "@/app/api/v1/automation/connections/[name]/operations";
import { operations as automationCertificatesByName } from "@/app/api/v1/automation/certificates/[name]/operations";
import { operations as automationJobs } from "@/app/api/v1/automation/jobs/operations";
import { operations as automationJobsByJobId } from "@/app/api/v1/automation/jobs/[jobId]/operations";
import { operations as automationCheckpoint } from "@/app/api/v1/automation/checkpoint/operations";
import { operations as health } from "@/app/api/v1/health/operations";
import { operations as healthReady } from "@/app/api/v1/health/ready/operations";
import { operations as workerProtocolRegister } from "@/app/api/v1/worker-protocol/register/operations";
import { operations as workerProtocolWorkersByWorkerIdHeartbeat } from "@/app/api/v1/worker-protocol/workers/[workerId]/heartbeat/operations";
import { operations as workerProtocolWorkersByWorkerIdLeases } from "@/app/api/v1/worker-protocol/workers/[workerId]/leases/operations";
import { operations as workerProtocolWorkersByWorkerIdClaims } from "@/app/api/v1/worker-protocol/workers/[workerId]/claims/operations";
import { operations as workerProtocolHeldJobPrepare } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/prepare/operations";
import { operations as workerProtocolHeldJobStoppingOnWorker } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/stopping-on-worker/operations";
import { operations as workerProtocolHeldJobRunning } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/running/operations";
import { operations as workerProtocolHeldJobStopping } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/stopping/operations";
import { operations as workerProtocolHeldJobCompleted } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/completed/operations";
import { operations as workerProtocolHeldJobFailed } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/failed/operations";
import { operations as workerProtocolHeldJobStopped } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/stopped/operations";
import { operations as workerProtocolHeldJobRequeued } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/requeued/operations";
import { operations as workerProtocolHeldJobStreams } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/streams/operations";
import { operations as workerProtocolHeldJobDebugCommands } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/debug-commands/operations";
import { operations as workerProtocolHeldJobDebugCommandsDelivered } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/debug-commands-delivered/operations";
import { operations as workerProtocolHeldJobDebugRunning } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/debug-running/operations";
import { operations as workerProtocolHeldJobDebugEvents } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/debug-events/operations";
import { operations as workerProtocolHeldJobDebugEnd } from "@/app/api/v1/worker-protocol/workers/[workerId]/jobs/[jobId]/attempts/[attempt]/debug-end/operations";
import { operations as workerProtocolModules } from "@/app/api/v1/worker-protocol/modules/operations";
import { operations as workerProtocolModulesByVersionIdArchive } from "@/app/api/v1/worker-protocol/modules/[versionId]/archive/operations";
import { operations as openapiJson } from "./operations";
import type { ApiOperation } from "@/lib/api/openapi/operation";

/**
 * Every operation of /api/v1, each declared in the operations.ts beside its route.ts; the OpenAPI
 * test checks this list against the route files on disk.
 */
export const apiOperations: readonly ApiOperation[] = [
  ...runbooks,
  ...runbookTags,
  ...runbooksByRunbookId,
  ...runbooksByRunbookIdContent,
  ...runbooksByRunbookIdDraft,
  ...runbooksByRunbookIdDraftCheck,
  ...runbooksByRunbookIdDraftDiscard,
  ...runbooksByRunbookIdDraftTest,
  ...runbooksByRunbookIdDraftDebug,
  ...runbooksByRunbookIdBreakpoints,
  ...runbooksByRunbookIdPublish,
  ...runbooksByRunbookIdVersions,
  ...runbooksByRunbookIdVersionsByVersionId,
  ...runbooksByRunbookIdVersionsByVersionIdRestore,
  ...runbooksByRunbookIdJobs,
  ...jobs,
  ...jobsByJobId,
  ...jobsByJobIdStreams,
  ...jobsByJobIdStreamsLive,
  ...jobsByJobIdLog,
  ...jobsByJobIdStop,
  ...jobsByJobIdSuspend,
  ...jobsByJobIdResume,
  ...jobsByJobIdDebug,
  ...jobsByJobIdDebugEvents,
  ...jobsByJobIdDebugCommands,
  ...dashboardJobStats,
  ...dashboardJobs,
  ...schedules,
  ...schedulesPreview,
  ...schedulesByScheduleId,
  ...schedulesByScheduleIdRunbooks,
  ...schedulesByScheduleIdRunbooksByRunbookId,
  ...schedulesByScheduleIdOccurrences,
  ...runbooksByRunbookIdSchedules,
  ...runbooksByRunbookIdWebhooks,
  ...webhooksByWebhookId,
  ...webhooksInvokeByToken,
  ...variables,
  ...variablesByName,
  ...credentials,
  ...credentialsByName,
  ...connections,
  ...connectionsByName,
  ...connectionTypes,
  ...connectionTypesByName,
  ...certificates,
  ...certificatesByName,
  ...modules,
  ...modulesByName,
  ...modulesByNameVersions,
  ...modulesByNameVersionsByVersion,
  ...modulesByNameVersionsByVersionActivate,
  ...modulesByNameVersionsByVersionArchive,
  ...workers,
  ...workersByWorkerId,
  ...workerGroups,
  ...workerGroupsByName,
  ...workerGroupsByNameRegistrationTokens,
  ...workerGroupsByNameRegistrationTokensByTokenId,
  ...users,
  ...usersByUserId,
  ...usersByUserIdPassword,
  ...usersByUserIdUnlock,
  ...groups,
  ...groupsByGroupId,
  ...groupsByGroupIdMembers,
  ...groupsByGroupIdMembersByUserId,
  ...roleAssignments,
  ...roleAssignmentsByAssignmentId,
  ...tokens,
  ...tokensByTokenId,
  ...me,
  ...mePassword,
  ...auditEvents,
  ...settings,
  ...settingsPurge,
  ...automationVariablesByName,
  ...automationCredentialsByName,
  ...automationConnectionsByName,
  ...automationCertificatesByName,
  ...automationJobs,
  ...automationJobsByJobId,
  ...automationCheckpoint,
  ...workerProtocolRegister,
  ...workerProtocolWorkersByWorkerIdHeartbeat,
  ...workerProtocolWorkersByWorkerIdLeases,
  ...workerProtocolWorkersByWorkerIdClaims,
  ...workerProtocolHeldJobPrepare,
  ...workerProtocolHeldJobStoppingOnWorker,
  ...workerProtocolHeldJobRunning,
  ...workerProtocolHeldJobStopping,
  ...workerProtocolHeldJobCompleted,
  ...workerProtocolHeldJobFailed,
  ...workerProtocolHeldJobStopped,
  ...workerProtocolHeldJobRequeued,
  ...workerProtocolHeldJobStreams,
  ...workerProtocolHeldJobDebugCommands,
  ...workerProtocolHeldJobDebugCommandsDelivered,
  ...workerProtocolHeldJobDebugRunning,
  ...workerProtocolHeldJobDebugEvents,
  ...workerProtocolHeldJobDebugEnd,
  ...workerProtocolModules,
  ...workerProtocolModulesByVersionIdArchive,
  ...openapiJson,
  ...health,
  ...healthReady,
];
