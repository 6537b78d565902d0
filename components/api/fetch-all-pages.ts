import type { Page } from "@/lib/paging/page-query";
import { fetchJson } from "./fetch-json";

/** Largest page the API serves; the portal's lists show whole collections, so it asks for big ones. */
const pageSize = 500;

/** Every item of a list endpoint, following `nextCursor` until the last page. */
export async function fetchAllPages<T>(url: string, init: { signal?: AbortSignal } = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const qs = new URLSearchParams({ limit: String(pageSize), ...(cursor ? { cursor } : {}) });
    const page: Page<T> = await fetchJson<Page<T>>(`${url}${url.includes("?") ? "&" : "?"}${qs}`, init);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
