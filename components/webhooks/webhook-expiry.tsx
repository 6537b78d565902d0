import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format";

const dayMs = 86_400_000;
/** Within this many days of expiry a webhook is flagged, so whoever calls it can be given a new URL in time. */
const warnDays = 30;

/** The expiry date, flagged "Expired" or "Expires in N days" when it needs attention. */
export function WebhookExpiry({ expiresAt }: { expiresAt: string }) {
  const [now] = useState(Date.now);
  const left = Date.parse(expiresAt) - now;
  const days = Math.ceil(left / dayMs);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span>{formatDateTime(expiresAt)}</span>
      {left <= 0 ? <Badge tone="red">Expired</Badge> : days <= warnDays ? <Badge tone="amber">{days === 1 ? "Expires in 1 day" : `Expires in ${days} days`}</Badge> : null}
    </span>
  );
}
