/** An API error with the server's readable message ({error:{code,message,field}}). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly details?: Record<string, unknown>;
  constructor(status: number, code: string, message: string, field?: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.field = field;
    this.details = details;
  }
}

interface ErrorPayload {
  error?: { code?: string; message?: string; field?: string; details?: Record<string, unknown> };
}

/**
 * Calls Baton's REST API from the browser (session cookie) and returns the parsed JSON. `body` is
 * sent as JSON; `file` is sent as the raw body with its content type (module archives).
 */
export async function fetchJson<T>(url: string, init: { method?: string; body?: unknown; file?: { data: Blob; contentType: string }; signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  const contentType = init.file ? init.file.contentType : init.body === undefined ? undefined : "application/json";
  try {
    res = await fetch(url, {
      method: init.method ?? "GET",
      headers: contentType ? { accept: "application/json", "content-type": contentType } : { accept: "application/json" },
      body: init.file ? init.file.data : init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: "same-origin",
    });
  } catch (err) {
    if ((err as Error).name === "AbortError") throw err;
    throw new ApiError(0, "network", "Could not reach the Baton server. Check your connection and try again.");
  }
  if (res.status === 401 && typeof window !== "undefined") {
    window.location.assign(`/login?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }
  const text = await res.text();
  const payload: unknown = text ? safeParse(text) : undefined;
  if (!res.ok) {
    const e = (payload as ErrorPayload | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? "http_error", e?.message ?? `The server answered ${res.status} ${res.statusText}`.trim(), e?.field, e?.details);
  }
  return payload as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A readable message for any error a query or mutation may hold. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
