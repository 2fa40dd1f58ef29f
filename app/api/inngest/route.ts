// GET, POST, PUT /api/inngest — serves the background functions to Inngest (cloud or dev server).
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { platformFunctions } from "@/inngest";

export const { GET, POST, PUT } = serve({
  client: inngest,
  functions: platformFunctions.map((fn) => fn.inngestFunction),
});
