import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One import of one source file, as written and as a repository path (without extension). */
export interface ImportEdge {
  from: string;
  specifier: string;
  target: string;
}

const sourceFile = /\.(ts|tsx|mts|mjs|js)$/;
const skippedFolders = new Set(["node_modules", ".next", "generated", ".tools", "data", "test-results", "playwright-report"]);

/** Every TypeScript and JavaScript source file below `folders`, as repository-relative posix paths. */
export function listSourceFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(rel);
      } else if (sourceFile.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(rel);
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(root, folder))) walk(folder);
  return files.sort();
}

/**
 * The module specifiers a file names: static imports and re-exports, `import()` (also in types),
 * `require()` and the module arguments of `vi.mock()` / `vi.importActual()`, which load the module too.
 */
function specifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!) && loadsModule(node.expression)) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function loadsModule(callee: ts.Expression): boolean {
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === "require";
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "vi" && ["mock", "doMock", "importActual"].includes(callee.name.text);
}

/** The repository path a specifier points at (`@/lib/db` → `lib/db`), or null for a package. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith("./") || specifier.startsWith("../")) return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return null;
}

/** Every import between repository files below `folders`. */
export function readImports(root: string, folders: readonly string[]): ImportEdge[] {
  return listSourceFiles(root, folders).flatMap((from) =>
    specifiersOf(from, fs.readFileSync(path.join(root, from), "utf8")).flatMap((specifier) => {
      const target = resolveSpecifier(from, specifier);
      return target ? [{ from, specifier, target }] : [];
    }),
  );
}

/**
 * The unit the rules speak of: `lib/<folder>` (a file directly in `lib/` is its own unit, named
 * without extension, its test with it), otherwise the top-level folder (`app`, `worker`, …).
 */
export function unitOf(repoPath: string): string {
  const [top, second, ...rest] = repoPath.split("/");
  if (top !== "lib" || second === undefined) return top!;
  return rest.length > 0 ? `lib/${second}` : `lib/${second.replace(sourceFile, "").replace(/\.test$/, "")}`;
}

/** Unit → units it imports, with the imports that make each arrow. */
export type UnitGraph = Map<string, Map<string, ImportEdge[]>>;

export function unitGraph(edges: readonly ImportEdge[]): UnitGraph {
  const graph: UnitGraph = new Map();
  for (const edge of edges) {
    const from = unitOf(edge.from);
    const to = unitOf(edge.target);
    if (from === to) continue;
    const arrows = graph.get(from) ?? new Map<string, ImportEdge[]>();
    graph.set(from, arrows);
    arrows.set(to, [...(arrows.get(to) ?? []), edge]);
  }
  return graph;
}

/** The strongly connected components with more than one unit: each is a set of units that import each other. */
export function cyclesOf(graph: UnitGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (unit: string) => {
    index.set(unit, next);
    low.set(unit, next);
    next++;
    stack.push(unit);
    onStack.add(unit);
    for (const to of graph.get(unit)?.keys() ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(unit, Math.min(low.get(unit)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(unit, Math.min(low.get(unit)!, index.get(to)!));
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const unit of [...graph.keys()].sort()) if (!index.has(unit)) connect(unit);
  return components;
}

/**
 * The shortest cycle through each unit of a strongly connected component, shortest first and each
 * once: what to read to see why the units import each other.
 */
export function shortestCyclesOf(graph: UnitGraph, component: readonly string[]): string[][] {
  const inside = new Set(component);
  const found = new Map<string, string[]>();
  for (const start of component) {
    const previous = new Map<string, string>();
    const queue = [start];
    let cycle: string[] | null = null;
    while (queue.length && !cycle) {
      const unit = queue.shift()!;
      for (const to of graph.get(unit)?.keys() ?? []) {
        if (!inside.has(to)) continue;
        if (to === start) {
          cycle = [unit];
          while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0]!)!);
          break;
        }
        if (!previous.has(to)) {
          previous.set(to, unit);
          queue.push(to);
        }
      }
    }
    if (!cycle) continue;
    const first = cycle.indexOf([...cycle].sort()[0]!);
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    found.set(rotated.join(" → "), rotated);
  }
  return [...found.values()].sort((a, b) => a.length - b.length);
}

/** Units in an order where each comes after every unit it imports (the graph must be acyclic). */
export function layersOf(graph: UnitGraph, units: readonly string[]): string[][] {
  const layer = new Map<string, number>();
  const depth = (unit: string): number => {
    const known = layer.get(unit);
    if (known !== undefined) return known;
    layer.set(unit, 0);
    const below = [...(graph.get(unit)?.keys() ?? [])].filter((to) => units.includes(to));
    const value = below.length ? 1 + Math.max(...below.map(depth)) : 0;
    layer.set(unit, value);
    return value;
  };
  const layers: string[][] = [];
  for (const unit of [...units].sort()) (layers[depth(unit)] ??= []).push(unit);
  return layers;
}
