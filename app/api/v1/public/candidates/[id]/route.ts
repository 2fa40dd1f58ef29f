// GET /api/v1/public/candidates/{id}/ — one candidate with their exams (API key with
// candidates:read). Staff ids and unknown ids are 404.
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { getPublicCandidate } from "@/lib/public-api/list-public-candidates";
import { publicCandidate } from "@/lib/public-api/schemas";

export const GET = defineRoute(
  {
    summary: "Get a candidate with their invitations, attempts and scores",
    tags: ["Public API"],
    auth: "key-only",
    scopes: ["candidates:read"],
    params: z.object({ id: z.uuid() }),
    response: publicCandidate,
    errors: [404],
  },
  async ({ ctx, params }) => getPublicCandidate({ ctx, input: params }),
);

export * from "@/lib/http/unserved-methods";
