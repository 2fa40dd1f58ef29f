// GET /api/dev/mailbox/?to=<email> — emails held in the outbox, newest first (development aid).
import { z } from "zod";
import { listMailbox } from "@/lib/email";
import { devMailboxEnabled } from "@/lib/env";
import { NotFound } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "Dev mailbox",
    tags: ["Development"],
    auth: "public",
    rateLimit: "none",
    hidden: true,
    query: z.object({ to: z.string().max(320).optional() }),
  },
  async ({ ctx, query }) => {
    if (!devMailboxEnabled) throw new NotFound();
    return { results: await listMailbox(ctx.db, { to: query.to }) };
  },
);
