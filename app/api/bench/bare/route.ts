// POST /api/bench/bare — the benchmark's baseline: a bare Next.js route handler (no auth, limits
// or validation). Only exists when ENABLE_BENCH_ROUTES=true.
import { env } from "@/lib/env";

export async function POST(request: Request) {
  if (!env.ENABLE_BENCH_ROUTES)
    return Response.json({ detail: "Not found.", code: "not_found" }, { status: 404 });
  const body = (await request.json()) as unknown;
  return Response.json({ ok: true, echo: body });
}
