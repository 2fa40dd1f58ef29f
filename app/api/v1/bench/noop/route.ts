// POST /api/v1/bench/noop — the benchmark's subject: a no-op behind the full stack (API key,
// rate limit, zod validation). Only exists when ENABLE_BENCH_ROUTES=true.
import { z } from "zod";
import { env } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";

const noopInput = z.object({ value: z.number().int(), label: z.string().max(100) });

export const POST = defineRoute(
  { summary: "Benchmark no-op", tags: ["Benchmark"], hidden: true, body: noopInput },
  async ({ body }) => {
    if (!env.ENABLE_BENCH_ROUTES) throw new NotFound();
    return { ok: true, echo: body };
  },
);

export * from "@/lib/http/unserved-methods";
