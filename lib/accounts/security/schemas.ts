import { z } from "zod";

export const sessionSummary = z.object({
  id: z.uuid(),
  kind: z.enum(["api", "web"]),
  ip_address: z.string().nullable(),
  user_agent: z.string().nullable(),
  created_at: z.iso.datetime(),
  last_seen_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
  is_current: z.boolean(),
});

export const loginHistoryEntry = z.object({
  id: z.uuid(),
  created_at: z.iso.datetime(),
  success: z.boolean(),
  ip_address: z.string().nullable(),
  user_agent: z.string().nullable(),
  channel: z.string(),
});

export const securityOverview = z.object({
  primary_method: z.literal("password"),
  has_password: z.boolean(),
  linked_providers: z.array(z.string()),
  can_add_password: z.boolean(),
  email_verified: z.boolean(),
  active_sessions: z.number().int(),
  last_login_at: z.iso.datetime().nullable(),
  failed_logins_last_24h: z.number().int(),
  password_changed_at: z.iso.datetime().nullable(),
});

export const deleteAccountInput = z.object({
  password: z.string().min(1, "This field may not be blank.").max(128),
  confirm: z.boolean().default(false),
});
