// GET /api/v1/auth/me/ — the signed-in person.
import { currentUser, getCurrentUser } from "@/lib/accounts/get-current-user";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  { summary: "Current user", tags: ["Account security"], auth: "user", response: currentUser },
  async ({ ctx }) => getCurrentUser({ ctx }),
);

export * from "@/lib/http/unserved-methods";
