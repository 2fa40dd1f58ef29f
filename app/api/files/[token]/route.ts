// GET /api/files/{token} — serves one private file from local storage while its signed token lasts.
import { z } from "zod";
import { NotFound } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import { getLocalFileStore, verifyFileToken } from "@/lib/storage";

export const GET = defineRoute(
  {
    summary: "Download a stored file",
    tags: ["Files"],
    auth: "public",
    rateLimit: "none",
    hidden: true,
    params: z.object({ token: z.string().max(2_000) }),
  },
  async ({ params, ctx }) => {
    const claims = await verifyFileToken(params.token, ctx.clock.now());
    // Forged, tampered and expired links all look the same from outside: gone.
    if (!claims) throw new NotFound("This link is invalid or has expired.");
    const file = await getLocalFileStore().read(claims.providerKey);
    if (!file) throw new NotFound("File not found.");
    return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": file.contentType,
        "Cache-Control": "private, no-store",
        "Content-Disposition": "inline",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
