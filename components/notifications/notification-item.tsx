"use client";
// One notification as the bell's list and the notifications page show it: a dot while unread, the
// subject, the message, when it came, and the button that flips its read state.
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import type { notificationJson } from "@/lib/notifications/schemas";
import { useMarkRead } from "./use-notifications";

export type NotificationView = z.output<typeof notificationJson>;

export function NotificationItem({
  notification,
  compact = false,
}: {
  notification: NotificationView;
  /** The bell's list: the message cut to two lines, and only "Mark read". */
  compact?: boolean;
}) {
  const mark = useMarkRead();
  const { id, subject, message, read, created_at: createdAt } = notification;
  return (
    <article
      className={`flex gap-3 ${compact ? "px-4 py-3" : "p-4"} ${read ? "" : "bg-brand-50/60"}`}
      data-testid="notification"
      data-read={read}
    >
      <span
        aria-hidden="true"
        className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${read ? "bg-transparent" : "bg-brand-600"}`}
      />
      <div className="min-w-0 flex-1">
        <h3 className={`break-words ${read ? "font-medium text-slate-800" : "font-semibold"}`}>
          {subject}
          {read ? null : <span className="sr-only"> (unread)</span>}
        </h3>
        <p
          className={`mt-0.5 whitespace-pre-line break-words text-slate-700 ${compact ? "line-clamp-2" : ""}`}
        >
          {message}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
          <LocalTime iso={createdAt} />
          {compact && read ? null : (
            <Button
              size="small"
              tone="quiet"
              className="-my-1 !px-2 !py-0.5 text-xs text-brand-700 underline"
              disabled={mark.isPending}
              onClick={() => mark.mutate({ id, read: !read })}
              aria-label={`${read ? "Mark unread" : "Mark read"}: ${subject}`}
            >
              {read ? "Mark unread" : "Mark read"}
            </Button>
          )}
        </div>
      </div>
    </article>
  );
}
