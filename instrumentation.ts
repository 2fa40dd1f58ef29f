// Runs once when the Next.js server starts: begin draining the event outbox in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startBackgroundWork } = await import("@/lib/jobs");
  startBackgroundWork();
}
