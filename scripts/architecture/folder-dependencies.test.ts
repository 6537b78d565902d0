import path from "node:path";
import { describe, expect, it } from "vitest";
import { cyclesOf, layersOf, listSourceFiles, readImports, shortestCyclesOf, unitGraph, unitOf, type ImportEdge, type UnitGraph } from "./import-graph";

const root = path.resolve(import.meta.dirname, "../..");
const imports = readImports(root, ["lib", "app", "components", "worker", "server", "scripts", "e2e"]);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/**
 * Arrows that must not exist, from any file (tests included): `lib/` is the domain every process
 * loads, the worker runs without the portal, and nothing in the product reaches into scripts or e2e.
 */
const forbidden: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^lib\//, to: /^(app|components|worker|server|scripts|e2e)$/, why: "lib/ is loaded by every process and depends on nothing above it" },
  { from: /^worker$/, to: /^(app|components|server)$/, why: "the worker runs without the portal and the web server" },
  { from: /^(app|components|server)$/, to: /^worker$/, why: "the web service does not load the worker" },
  { from: /^components$/, to: /^server$/, why: "the portal's components do not load the server entry" },
];

/**
 * The one exception: the worker's tests of the automation cmdlets run them in real pwsh against the
 * real automation routes, served by app's test server.
 */
const allowed = (edge: ImportEdge) => isTest(edge.from) && edge.from.startsWith("worker/") && /^app\/.*\/testing\//.test(edge.target);

const describeArrow = (from: string, to: string, edges: ImportEdge[]) =>
  `${from} → ${to}:\n${edges.map((e) => `    ${e.from} imports "${e.specifier}"`).join("\n")}`;

/** The shortest cycles through a set of units that import each other, with one import per arrow. */
function cycleReport(graph: UnitGraph, component: string[]): string {
  const cycles = shortestCyclesOf(graph, component).map((cycle) => {
    const arrows = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length]!;
      const [first, ...more] = graph.get(from)!.get(to)!;
      return `    ${from} → ${to}: ${first!.from} imports "${first!.specifier}"${more.length ? ` (+${more.length} more)` : ""}`;
    });
    return `  ${[...cycle, cycle[0]].join(" → ")}\n${arrows.join("\n")}`;
  });
  return `${component.join(", ")}\n${cycles.join("\n")}`;
}

describe("folder dependencies", () => {
  // A test file is imported by nothing, so it cannot close a cycle; its arrows are held to `forbidden`.
  const graph = unitGraph(imports.filter((edge) => !isTest(edge.from)));

  it("reads the imports of the whole tree", () => {
    expect(imports.length).toBeGreaterThan(2000);
    expect(imports.some((e) => e.from === "lib/http/api-route.ts" && e.target === "lib/db")).toBe(true);
  });

  it("has no cycle between lib/ folders, or between any other folders", () => {
    const cycles = cyclesOf(graph).map((cycle) => cycleReport(graph, cycle));
    expect(cycles, `folders that import each other:\n${cycles.join("\n")}`).toEqual([]);
  });

  it("has no arrow that points the wrong way", () => {
    const wrong = [...unitGraph(imports.filter((edge) => !allowed(edge)))].flatMap(([from, arrows]) =>
      [...arrows]
        .flatMap(([to, edges]) => forbidden.filter((rule) => rule.from.test(from) && rule.to.test(to)).map((rule) => `${describeArrow(from, to, edges)}\n    (${rule.why})`)),
    );
    expect(wrong, `imports that point the wrong way:\n${wrong.join("\n")}`).toEqual([]);
  });

  it("lists lib/ from the bottom up", () => {
    const libUnits = [...new Set(listSourceFiles(root, ["lib"]).map(unitOf))];
    const layers = layersOf(graph, libUnits);
    console.log(`lib/ layers, each importing only layers before it:\n${layers.map((units, i) => `  ${i}: ${units.join(" ")}`).join("\n")}`);
    expect(layers.flat().sort()).toEqual(libUnits.sort());
  });
});
