import { z } from "zod";
import { apiKeyScopes } from "@/lib/auth/permissions";

export const apiKeyScopeSchema = z.enum(apiKeyScopes);

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, "This field may not be blank.").max(100),
  scopes: z.array(apiKeyScopeSchema).max(apiKeyScopes.length).default([]),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

export const apiKeySummary = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(apiKeyScopeSchema),
  created_at: z.iso.datetime(),
  last_used_at: z.iso.datetime().nullable(),
  revoked_at: z.iso.datetime().nullable(),
});
export type ApiKeySummary = z.infer<typeof apiKeySummary>;

export const createdApiKey = apiKeySummary.extend({
  key: z.string().describe("The full key. Shown once; store it now."),
});
