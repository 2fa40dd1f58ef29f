// Runs once when the Next.js server starts: begin draining the event outbox in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startBackgroundWork }, { platformFunctions }, { inngest }] = await Promise.all([
    import("@/lib/jobs"),
    import("@/inngest"),
    import("@/inngest/client"),
  ]);
  startBackgroundWork({ functions: platformFunctions, sender: inngest });
}
