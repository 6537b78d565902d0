import { request, type PlainResponse } from "./https-request";

export interface Account {
  username: string;
  password: string;
}

/** next-auth's credentials sign-in as a browser form does it: CSRF token first, then the form post. */
export async function signIn(base: string, account: Account, options: { ca?: string; headers?: Record<string, string> } = {}): Promise<PlainResponse> {
  const { ca, headers = {} } = options;
  const csrf = await request(`${base}/api/auth/csrf`, { ca, headers });
  const csrfCookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken: (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken, username: account.username, password: account.password });
  return request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    ca,
    headers: { ...headers, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: body.toString(),
  });
}
