import { routeTable } from "./route-table.generated";

type CompiledRoute = {
  pattern: RegExp;
  methods: readonly string[];
  path: string;
  specificity: number;
};

const compiled: CompiledRoute[] = routeTable.map((route) => ({
  path: route.path,
  methods: route.methods,
  pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  // Static segments win over parameters (e.g. /questions/bulk-archive over /questions/{id}).
  specificity: route.path.split("/").filter((segment) => !segment.startsWith("{")).length,
}));

/** The route that serves `pathname` (trailing slash ignored), or null. */
export function matchRoute(pathname: string): { path: string; methods: readonly string[] } | null {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  let best: CompiledRoute | null = null;
  for (const route of compiled) {
    if (route.pattern.test(normalised) && (!best || route.specificity > best.specificity))
      best = route;
  }
  return best;
}
