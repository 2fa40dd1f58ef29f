// Handlers for the methods a route does not serve. Every route file under app/api/v1 ends with
// `export * from "@/lib/http/unserved-methods";` — an ES star export never overrides the file's
// own exports, so this fills in exactly the methods the file lacks, answering 405 in the
// contract's shape (Next's own 405 has no body). The catch-all route answers unknown paths with
// the same handlers, which find no route and answer 404. `npm run check` verifies the line is there.
import { errorResponse } from "./error-response";
import { MethodNotAllowed, NotFound } from "@/lib/errors";
import { matchRoute } from "./match-route";

async function unserved(request: Request): Promise<Response> {
  const route = matchRoute(new URL(request.url).pathname);
  if (!route) return errorResponse(new NotFound());
  return errorResponse(new MethodNotAllowed(request.method, [...route.methods]));
}

export const GET = unserved;
export const POST = unserved;
export const PUT = unserved;
export const PATCH = unserved;
export const DELETE = unserved;
