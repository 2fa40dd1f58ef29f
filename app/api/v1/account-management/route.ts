// GET, PATCH /api/v1/account-management/ — the signed-in person's own account.
import {
  accountChanges,
  accountForm,
  accountResponse,
  accountUpdatedResponse,
  multipartMaxBytes,
} from "@/lib/accounts/management/schemas";
import { getAccount } from "@/lib/accounts/management/get-account";
import { updateAccount } from "@/lib/accounts/management/update-account";
import { updateAccountFromForm } from "@/lib/accounts/management/update-account-from-form";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "My account",
    tags: ["Account management"],
    auth: "user",
    response: accountResponse,
  },
  async ({ ctx }) => getAccount({ ctx, input: {} }),
);

export const PATCH = defineRoute(
  {
    summary: "Update my account",
    description:
      "JSON `{user: {first_name, last_name, phone}, profile: {school | occupation}}`, or " +
      "multipart/form-data with first_name, last_name, phone_number, school or occupation and " +
      "profile_picture (JPEG/PNG ≤ 2 MB).",
    tags: ["Account management"],
    auth: "user",
    body: accountChanges,
    multipart: { fields: accountForm, maxBytes: multipartMaxBytes },
    response: accountUpdatedResponse,
    errors: [400, 413],
  },
  async ({ ctx, body, form }) =>
    form
      ? updateAccountFromForm({ ctx, input: { form } })
      : updateAccount({ ctx, input: { changes: body } }),
);

export * from "@/lib/http/unserved-methods";
