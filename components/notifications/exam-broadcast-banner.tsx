"use client";
// During an exam, a notification that arrives (a broadcast from the organisers, say) shows as a
// banner above the questions: announced politely, never taking focus, never touching the answers
// or the clock. "Dismiss" hides it and marks it read. Without realtime nothing is shown here: the
// bell on the other pages has it.
import { useMemo, useState } from "react";
import { useRealtime } from "@/components/realtime/use-realtime";
import { userRealtimeChannel } from "@/lib/realtime/channels";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";
import type { NotificationView } from "./notification-item";
import { useMarkRead } from "./use-notifications";

/** At most this many banners at once; older ones give way. */
const shownAtMost = 3;

export function ExamBroadcastBanner({
  userId,
  realtime,
}: {
  userId: string;
  realtime: RealtimeClientConfig | null;
}) {
  const channel = useMemo(() => userRealtimeChannel(userId), [userId]);
  const [shown, setShown] = useState<NotificationView[]>([]);
  const mark = useMarkRead();
  useRealtime({
    config: realtime,
    channel,
    invalidate: {},
    on: {
      notification_activity: ({ message }) =>
        setShown((now) =>
          now.some((item) => item.id === message.id) ? now : [...now, message].slice(-shownAtMost),
        ),
    },
  });
  const dismiss = (id: number) => {
    setShown((now) => now.filter((item) => item.id !== id));
    mark.mutate({ id, read: true });
  };
  return (
    <div aria-live="polite" className="space-y-2">
      {shown.map((item) => (
        <section
          key={item.id}
          aria-label="Message from the organisers"
          className="mt-4 flex items-start gap-3 rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950"
          data-testid="exam-broadcast"
        >
          <div className="min-w-0 flex-1">
            <h2 className="font-semibold break-words">{item.subject}</h2>
            <p className="mt-0.5 whitespace-pre-line break-words">{item.message}</p>
          </div>
          <button
            type="button"
            className="shrink-0 rounded border border-blue-300 bg-white px-2 py-1 text-xs font-medium hover:bg-blue-100"
            onClick={() => dismiss(item.id)}
            aria-label={`Dismiss: ${item.subject}`}
          >
            Dismiss
          </button>
        </section>
      ))}
    </div>
  );
}
