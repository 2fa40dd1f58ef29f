// The contract's error shape, {detail, code, errors?}: one schema that the server answers with
// (lib/http/error-response.ts) and the browser reads (components/api/fetch-json.ts). Zod only, so
// it is safe in the browser bundle.
import { z } from "zod";

export const errorBody = z.object({
  detail: z.string(),
  code: z.string(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});

export type ErrorBody = z.infer<typeof errorBody>;
