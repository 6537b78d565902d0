import { describe, expect, it } from "vitest";
import type { RunbookSummary } from "./runbook-views";
import { filterRunbooks, sortRunbooks } from "./sort-runbooks";

const rb = (name: string, over: Partial<RunbookSummary> = {}): RunbookSummary => ({
  id: name,
  name,
  description: "",
  tags: [],
  state: "new",
  publishedVersion: null,
  lastJob: null,
  updatedAt: "2026-01-01T00:00:00.000Z",
  updatedBy: null,
  ...over,
});

const items = [
  rb("beta", { state: "published", tags: ["net"], updatedAt: "2026-03-01T00:00:00.000Z", lastJob: { id: "j1", status: "Completed", createdAt: "2026-03-02T00:00:00.000Z" } }),
  rb("Alpha", { state: "edited", tags: ["net", "db"], updatedAt: "2026-02-01T00:00:00.000Z" }),
  rb("gamma", { state: "new", updatedAt: "2026-04-01T00:00:00.000Z", lastJob: { id: "j2", status: "Failed", createdAt: "2026-01-05T00:00:00.000Z" } }),
];
const names = (list: RunbookSummary[]) => list.map((r) => r.name);

describe("sortRunbooks", () => {
  it("sorts by name ignoring case, both directions", () => {
    expect(names(sortRunbooks(items, { key: "name", direction: "asc" }))).toEqual(["Alpha", "beta", "gamma"]);
    expect(names(sortRunbooks(items, { key: "name", direction: "desc" }))).toEqual(["gamma", "beta", "Alpha"]);
  });
  it("sorts by state, last modified and last job (never run first when ascending)", () => {
    expect(names(sortRunbooks(items, { key: "state", direction: "asc" }))).toEqual(["gamma", "Alpha", "beta"]);
    expect(names(sortRunbooks(items, { key: "updatedAt", direction: "desc" }))).toEqual(["gamma", "beta", "Alpha"]);
    expect(names(sortRunbooks(items, { key: "lastJob", direction: "asc" }))).toEqual(["Alpha", "gamma", "beta"]);
  });
  it("does not modify its input", () => {
    sortRunbooks(items, { key: "name", direction: "asc" });
    expect(names(items)).toEqual(["beta", "Alpha", "gamma"]);
  });
});

describe("filterRunbooks", () => {
  it("filters by tag and state together", () => {
    expect(names(filterRunbooks(items, { tag: "net" }))).toEqual(["beta", "Alpha"]);
    expect(names(filterRunbooks(items, { tag: "net", state: "edited" }))).toEqual(["Alpha"]);
    expect(names(filterRunbooks(items, {}))).toEqual(["beta", "Alpha", "gamma"]);
  });
});
