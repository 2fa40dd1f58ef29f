// GET, PATCH /api/v1/account-management/{user_id}/ — oneself, or (accounts:manage-others) someone
// else's account; other callers get 404 for any id but their own.
import {
  accountChanges,
  accountForm,
  accountParams,
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
    summary: "Get an account",
    description: "Your own account, or anyone's for managers and superadmins.",
    tags: ["Account management"],
    auth: "user",
    params: accountParams,
    response: accountResponse,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getAccount({ ctx, input: { userId: params.id } }),
);

export const PATCH = defineRoute(
  {
    summary: "Update an account",
    description:
      "As PATCH /account-management/. Managers may change candidates and staff ranked below " +
      "them; a superadmin everyone but other superadmins.",
    tags: ["Account management"],
    auth: "user",
    params: accountParams,
    body: accountChanges,
    multipart: { fields: accountForm, maxBytes: multipartMaxBytes },
    response: accountUpdatedResponse,
    errors: [400, 403, 404, 413],
  },
  async ({ ctx, params, body, form }) =>
    form
      ? updateAccountFromForm({ ctx, input: { userId: params.id, form } })
      : updateAccount({ ctx, input: { userId: params.id, changes: body } }),
);

export * from "@/lib/http/unserved-methods";
