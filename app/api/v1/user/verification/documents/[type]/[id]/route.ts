// GET /api/v1/user/verification/documents/{type}/{id}/ — a short-lived link to a person's
// document (id = the person's id), for the person or a reviewer; anyone else gets 404.
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { documentLink } from "@/lib/verification/document-link";
import { documentLinkResponse, documentTypeParam } from "@/lib/verification/schemas";

export const GET = defineRoute(
  {
    summary: "Get a link to a verification document",
    description:
      "type is face_id, id_card or verification_document; id is the person's user id. The link expires after FILE_URL_TTL_SECONDS.",
    tags: ["User verification"],
    auth: "user",
    params: z.object({ type: documentTypeParam, id: z.uuid() }),
    response: documentLinkResponse,
    errors: [403, 404],
  },
  async ({ ctx, params }) => documentLink({ ctx, input: { type: params.type, userId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
