// Runs once when the Next.js server starts: begin draining the event outbox in this process.
export async function register() {
  // Next.js replaces this literal at build time to drop the Node-only branch from the edge build,
  // so it must stay a direct read of process.env.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ startBackgroundWork }, { platformFunctions }, { inngest }] = await Promise.all([
    import("@/lib/jobs"),
    import("@/inngest"),
    import("@/inngest/client"),
  ]);
  startBackgroundWork({ functions: platformFunctions, sender: inngest });
}
