import { listActiveModuleVersions } from "@/lib/modules/list-active-module-versions";
import { workerProtocolRoute } from "@/lib/worker-protocol/worker-protocol-route";

/** Modules are the account's, not a group's: any worker imports every active one. */
export const GET = workerProtocolRoute(async ({ db }) => ({ modules: await listActiveModuleVersions(db) }));
