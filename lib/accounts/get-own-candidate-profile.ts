// GET /candidates/me/: the signed-in candidate's own profile.
import type { Context } from "@/lib/context";
import { Forbidden } from "@/lib/errors";
import { loadActingUser } from "./acting-user";
import { toUserSummary, type CandidateProfile } from "./profile";

/** GET /candidates/me/: the spec's candidate profile; staff are refused. */
export async function getOwnCandidateProfile({ ctx }: { ctx: Context }): Promise<CandidateProfile> {
  const user = await loadActingUser(ctx);
  if (user.userType !== "candidate") throw new Forbidden("Only candidates have this profile.");
  return { user: toUserSummary(user), school: user.school, role: user.role };
}
