import { readJson } from "@/lib/http/api-route";
import { readHeldDebugCommands } from "@/lib/worker-protocol/read-held-debug-commands";
import { readDebugCommandsSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => ({ commands: await readHeldDebugCommands(db, held, (await readJson(req, readDebugCommandsSchema)).handed) }));
