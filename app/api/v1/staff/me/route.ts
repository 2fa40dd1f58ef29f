// GET /api/v1/staff/me/ — the signed-in staff member's profile.
import { getOwnStaffProfile } from "@/lib/accounts/get-own-staff-profile";
import { staffProfile } from "@/lib/accounts/profile";
import { defineRoute } from "@/lib/http/define-route";

export const GET = defineRoute(
  {
    summary: "My staff profile",
    tags: ["Staff"],
    auth: "user",
    response: staffProfile,
    errors: [403],
  },
  async ({ ctx }) => getOwnStaffProfile({ ctx }),
);

export * from "@/lib/http/unserved-methods";
