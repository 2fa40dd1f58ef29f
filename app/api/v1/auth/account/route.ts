// DELETE /api/v1/auth/account/ — delete my account (password + confirm); my data is anonymised.
import { z } from "zod";
import { deleteOwnAccount } from "@/lib/accounts/security/delete-account";
import { deleteAccountInput } from "@/lib/accounts/security/schemas";
import { defineRoute } from "@/lib/http/define-route";

export const DELETE = defineRoute(
  {
    summary: "Delete my account",
    description: "Personal fields are anonymised; exam records stay so results remain consistent.",
    tags: ["Account security"],
    auth: "user",
    body: deleteAccountInput,
    response: z.object({ status: z.literal("ok") }),
  },
  async ({ ctx, body }) => deleteOwnAccount({ ctx, input: body }),
);

export * from "@/lib/http/unserved-methods";
