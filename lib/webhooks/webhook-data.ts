/** The parameter Azure Automation fills with the call; a runbook opts in with `param([object]$WebhookData)`. */
export const webhookDataParameter = "WebhookData";

/** What `$WebhookData` holds in the runbook, in Azure Automation's shape. */
export interface WebhookData {
  WebhookName: string;
  /** The request body exactly as sent (decoded as UTF-8), whatever its content type. */
  RequestBody: string;
  /** The request's headers, less credentials (see webhookRequestHeader). */
  RequestHeader: Record<string, string>;
}
