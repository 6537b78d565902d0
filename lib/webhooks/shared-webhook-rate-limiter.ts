import { getEnv } from "@/lib/env";
import { TokenBucketLimiter } from "./token-bucket-limiter";

let shared: TokenBucketLimiter | undefined;

/** The web process's one limiter for webhook calls (BATON_WEBHOOK_RATE_PER_MINUTE per webhook, per process). */
export function sharedWebhookRateLimiter(): TokenBucketLimiter {
  shared ??= new TokenBucketLimiter(getEnv().BATON_WEBHOOK_RATE_PER_MINUTE);
  return shared;
}
