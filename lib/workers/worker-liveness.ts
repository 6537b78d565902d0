/** Workers heartbeat this often; one that missed three heartbeats counts as offline. */
export const workerHeartbeatMs = 5_000;
const workerOfflineAfterMs = 3 * workerHeartbeatMs;

/** Heartbeats newer than this mean the worker is alive. */
export function aliveSince(now = new Date()): Date {
  return new Date(now.getTime() - workerOfflineAfterMs);
}

export function isWorkerOnline(worker: { state: string; lastHeartbeatAt: Date }, now = new Date()): boolean {
  return worker.state !== "offline" && worker.lastHeartbeatAt >= aliveSince(now);
}
