// GET /staff/me/: the signed-in staff member's own profile.
import type { Context } from "@/lib/context";
import { Forbidden } from "@/lib/errors";
import { loadActingUser } from "./acting-user";
import { toUserSummary, type StaffProfile } from "./profile";

/** GET /staff/me/: the spec's staff profile; candidates are refused. */
export async function getOwnStaffProfile({ ctx }: { ctx: Context }): Promise<StaffProfile> {
  const user = await loadActingUser(ctx);
  if (user.userType !== "staff") throw new Forbidden("Only staff members have this profile.");
  return { user: toUserSummary(user), occupation: user.occupation, role: user.role };
}
