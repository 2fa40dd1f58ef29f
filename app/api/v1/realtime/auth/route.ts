// POST /api/v1/realtime/auth/ — signs a private-channel subscription for the signed-in user.
// pusher-js posts form data (socket_id, channel_name); JSON is accepted too.
import { z } from "zod";
import { Forbidden, Invalid, NotAuthenticated } from "@/lib/errors";
import { env } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { parseInput } from "@/lib/http/parse-input";
import { readBodyBytes } from "@/lib/http/read-body";
import { getRealtime, userChannel } from "@/lib/realtime";

const authRequest = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, "Not a valid socket id."),
  channel_name: z.string().min(1).max(200),
});

export const POST = defineRoute(
  {
    summary: "Authorise a realtime channel subscription",
    description:
      "Only `private-user-{own id}` may be subscribed to. Body may be form-encoded (pusher-js) or JSON.",
    tags: ["Realtime"],
    auth: "public",
    response: z.object({ auth: z.string(), channel_data: z.string().optional() }),
    errors: [400, 401, 403],
  },
  async ({ caller, request }) => {
    if (!caller.user) throw new NotAuthenticated("Sign in to subscribe to realtime channels.");
    const input = parseInput(authRequest, await readAuthBody(request), "request body");
    if (input.channel_name !== userChannel(caller.user.id)) {
      throw new Forbidden("You may not subscribe to this channel.");
    }
    return getRealtime().authorizeChannel(input.socket_id, input.channel_name);
  },
);

async function readAuthBody(request: Request): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyBytes(request, env.MAX_BODY_BYTES));
  if ((request.headers.get("content-type") ?? "").includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      throw new Invalid("Malformed JSON.", undefined, "parse_error");
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export * from "@/lib/http/unserved-methods";
