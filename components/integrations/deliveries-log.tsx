"use client";
// A webhook's deliveries, newest first: status, event, when, attempts, the last answer, the next
// retry; each opens to its attempts (status, time taken, the answer's first bytes, the error).
// Finished deliveries can be replayed. While any is still being tried, the page re-reads every
// 3 seconds so the log moves without a reload.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { replayDeliveryAction } from "@/app/(app)/admin/integrations/actions";
import { DeliveryStatusBadge, eventLabel } from "./integration-words";

export type DeliveryView = {
  id: string;
  message_id: string;
  event_type: string;
  status: string;
  attempt_count: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  replay_of_id: string | null;
  created_at: string;
  attempts: Array<{
    attempt_number: number;
    started_at: string;
    duration_ms: number;
    status_code: number | null;
    response_snippet: string | null;
    error: string | null;
  }>;
};

export function DeliveriesLog({
  webhookId,
  deliveries,
}: {
  webhookId: string;
  deliveries: DeliveryView[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const trying = deliveries.some((delivery) => delivery.status === "pending");
  useEffect(() => {
    if (!trying) return;
    const timer = setInterval(() => router.refresh(), 3_000);
    return () => clearInterval(timer);
  }, [trying, router]);

  const replay = async (deliveryId: string) => {
    const result = await replayDeliveryAction(webhookId, deliveryId);
    setMessage("error" in result ? result.error : "Sent again: the new delivery is at the top.");
    router.refresh();
  };

  return (
    <div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {message}
      </p>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {deliveries.map((delivery) => (
          <li
            key={delivery.id}
            className="p-3"
            data-testid="delivery-row"
            data-message-id={delivery.message_id}
          >
            <details>
              <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1">
                <DeliveryStatusBadge status={delivery.status} />
                <span className="font-medium">{eventLabel(delivery.event_type)}</span>
                <span className="text-sm text-slate-600">
                  <LocalTime iso={delivery.created_at} />
                </span>
                <span className="text-sm text-slate-600">
                  {delivery.attempt_count === 1
                    ? "1 attempt"
                    : `${delivery.attempt_count} attempts`}
                  {delivery.last_status_code !== null
                    ? ` · last answer ${delivery.last_status_code}`
                    : ""}
                </span>
                {delivery.replay_of_id ? (
                  <span className="text-sm text-slate-600">(a replay)</span>
                ) : null}
              </summary>
              <div className="mt-3 space-y-2 text-sm">
                {delivery.last_error ? <p className="text-red-800">{delivery.last_error}</p> : null}
                {delivery.next_attempt_at ? (
                  <p>
                    Will try again at <LocalTime iso={delivery.next_attempt_at} />.
                  </p>
                ) : null}
                <p className="text-slate-600">
                  Message id <code>{delivery.message_id}</code> (the webhook-id header)
                </p>
                {delivery.attempts.length > 0 ? (
                  <ol className="space-y-2">
                    {delivery.attempts.map((attempt) => (
                      <li
                        key={attempt.attempt_number}
                        className="rounded border border-slate-200 p-2"
                      >
                        <p>
                          Attempt {attempt.attempt_number}, <LocalTime iso={attempt.started_at} />:{" "}
                          {attempt.status_code !== null
                            ? `answered ${attempt.status_code}`
                            : "no answer"}{" "}
                          in {attempt.duration_ms} ms
                        </p>
                        {attempt.error ? <p className="text-red-800">{attempt.error}</p> : null}
                        {attempt.response_snippet ? (
                          <pre className="mt-1 max-h-40 overflow-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">
                            {attempt.response_snippet}
                          </pre>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p className="text-slate-600">No attempt yet.</p>
                )}
                {delivery.status !== "pending" ? (
                  <Button size="small" onClick={() => void replay(delivery.id)}>
                    Replay
                  </Button>
                ) : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
