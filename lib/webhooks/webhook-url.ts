/** Where a webhook is called; the token is the only credential, so the URL is the secret. */
export function webhookUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/api/v1/webhooks/invoke/${token}`;
}
