import type { Context } from "@/lib/context";
import { z } from "zod";
import { loadActingUser } from "./acting-user";

export const currentUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  user_type: z.enum(["candidate", "staff"]),
  role: z.string(),
  is_email_verified: z.boolean(),
  is_user_verified: z.boolean(),
  avatar_url: z.string().nullable(),
  created_at: z.iso.datetime(),
});

/** GET /auth/me/: the signed-in person, whatever their type. */
export async function getCurrentUser({
  ctx,
}: {
  ctx: Context;
}): Promise<z.infer<typeof currentUser>> {
  const user = await loadActingUser(ctx);
  return {
    id: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`.trim(),
    first_name: user.firstName,
    last_name: user.lastName,
    user_type: user.userType,
    role: user.role,
    is_email_verified: user.isEmailVerified,
    is_user_verified: user.isUserVerified,
    avatar_url: null,
    created_at: user.dateJoined.toISOString(),
  };
}
