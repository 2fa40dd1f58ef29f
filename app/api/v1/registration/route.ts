// GET /api/v1/registration/ — whether candidate and staff registration are open (public).
// PATCH /api/v1/registration/ — change those switches (superadmin).
import { defineRoute } from "@/lib/http/define-route";
import {
  getRegistrationSettings,
  registrationSettings,
  setRegistrationSettings,
} from "@/lib/registration/registration-settings";

export const GET = defineRoute(
  {
    summary: "Registration status",
    tags: ["Registration"],
    auth: "public",
    response: registrationSettings,
  },
  async ({ ctx }) => getRegistrationSettings(ctx.db),
);

export const PATCH = defineRoute(
  {
    summary: "Change registration settings",
    description:
      "Open or close candidate and staff registration, or change the support email. Send only the keys to change. Superadmin only.",
    tags: ["Registration"],
    permission: "registration:manage",
    body: registrationSettings.partial().strict(),
    response: registrationSettings,
    errors: [400, 401, 403],
  },
  async ({ ctx, caller, body }) => {
    await setRegistrationSettings(ctx.db, body, caller.user!.id);
    return getRegistrationSettings(ctx.db);
  },
);

export * from "@/lib/http/unserved-methods";
