"use client";
// Publish with a confirmation, then a progress line until the new snapshot is readable (polling
// GET /leaderboard/ through the one browser client), then the page reloads its history.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { getJson } from "@/components/api/fetch-json";
import { ConfirmSubmitButton } from "@/components/ui/confirm-submit-button";
import { leaderboardSummary } from "@/lib/leaderboards/schemas";
import {
  publishLeaderboardAction,
  type PublishState,
} from "@/app/(app)/admin/leaderboards/actions";

export function PublishPanel() {
  const router = useRouter();
  const [state, action] = useActionState<PublishState, FormData>(() => publishLeaderboardAction(), {
    status: "idle",
  });
  const waiting = state.status === "started";
  const latest = useQuery({
    queryKey: ["leaderboards", "latest", waiting ? state.at : null],
    queryFn: () => getJson("/api/v1/leaderboard/", leaderboardSummary),
    enabled: waiting,
    // Ask again while the latest snapshot is still the one from before the publish.
    refetchInterval: (query) =>
      waiting && query.state.data?.snapshot_id === state.before ? 1500 : false,
  });
  const ready = waiting && latest.data !== undefined && latest.data.snapshot_id !== state.before;
  useEffect(() => {
    if (ready) router.refresh();
  }, [ready, router]);

  return (
    <form action={action} className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Publish</h2>
      <p className="mt-1 text-sm text-slate-600">
        Builds a new snapshot of every concluded exam&apos;s board from the scores as they are now.
        Candidates see it at once; earlier snapshots stay in the history.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <ConfirmSubmitButton
          question="Publish the leaderboards now?"
          detail="Every concluded exam's board is rebuilt from the current scores and shown to candidates straight away."
          confirmLabel="Publish"
          tone="primary"
        >
          Publish leaderboards
        </ConfirmSubmitButton>
        <p role="status" aria-live="polite" className="text-sm" data-testid="publish-status">
          {state.status === "refused" ? (
            <span className="text-red-700">{state.error}</span>
          ) : ready ? (
            <span className="text-green-700">
              Published: snapshot {latest.data!.snapshot_id} with{" "}
              {latest.data!.available_leaderboards.length} boards.
            </span>
          ) : waiting ? (
            <span className="inline-flex items-center gap-2 text-slate-700">
              <span
                aria-hidden="true"
                className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
              />
              Building the boards…
            </span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
