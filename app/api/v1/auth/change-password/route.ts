// POST /api/v1/auth/change-password/ — change my password; my other sessions are signed out.
import { changeOwnPassword } from "@/lib/accounts/password/change-own-password";
import { changePasswordInput, messageResponse } from "@/lib/accounts/password/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const POST = defineRoute(
  {
    summary: "Change my password",
    tags: ["Account security"],
    auth: "user",
    body: changePasswordInput,
    response: messageResponse,
  },
  async ({ ctx, body }) => changeOwnPassword({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
