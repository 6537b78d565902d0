import { AppError } from "@/lib/errors";

/** Why a registration token admits no worker. */
export type WorkerTokenRejection = "unknown" | "revoked" | "expired";

const messages: Record<WorkerTokenRejection, string> = {
  unknown: "This worker registration token is not valid",
  revoked: "This worker registration token was revoked",
  expired: "This worker registration token has expired",
};

/**
 * A registration token that admits no worker: 401 wherever it is mapped to HTTP, with the reason in
 * `details.reason`. Telling revoked and expired apart reveals nothing to someone without the secret
 * (an unknown secret is just "unknown") and tells the operator holding it what to do.
 */
export class WorkerTokenRejectedError extends AppError {
  readonly reason: WorkerTokenRejection;
  constructor(reason: WorkerTokenRejection) {
    super("unauthorized", messages[reason], { details: { reason } });
    this.name = "WorkerTokenRejectedError";
    this.reason = reason;
  }
}
