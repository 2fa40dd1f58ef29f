"use client";
// The bell in every signed-in page's header: the unread count (kept current by the person's
// realtime channel, polled while that is down), the latest few notifications with "Mark read" and
// "Mark all read", and the way to all of them. When the realtime connection has been lost for a
// few seconds the page says so, in a note that goes away once it is back.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Popover, PopoverClose, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";
import { NotificationItem } from "./notification-item";
import {
  notificationPollMs,
  useMarkAllRead,
  useNotificationChannel,
  useNotifications,
} from "./use-notifications";

const latest = 6;

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-5 w-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NotificationBell({
  userId,
  realtime,
}: {
  userId: string;
  realtime: RealtimeClientConfig | null;
}) {
  const { connection, lost } = useNotificationChannel(userId, realtime);
  const list = useNotifications({ pageSize: latest }, connection);
  const markAll = useMarkAllRead();
  const unread = list.data?.unread_count ?? 0;
  const items = list.data?.results ?? [];

  // Screen readers hear that something new came, not only sighted people watching the badge.
  const [announcement, setAnnouncement] = useState("");
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (!list.data) return;
    const newest = list.data.results[0];
    if (seen.current !== null && newest && newest.id > seen.current && !newest.read) {
      setAnnouncement(`New notification: ${newest.subject}`);
    }
    seen.current = Math.max(seen.current ?? 0, newest?.id ?? 0);
  }, [list.data]);

  return (
    <>
      <Popover>
        <PopoverTrigger
          className="relative rounded p-1.5 text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100"
          aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
          data-testid="notification-bell"
          data-unread={list.data ? unread : undefined}
        >
          <BellIcon />
          {unread > 0 ? (
            <span
              className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white"
              data-testid="notification-count"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
          {lost ? (
            <span className="absolute -bottom-0.5 -right-0.5 h-2.5 w-2.5 rounded-full border-2 border-white bg-amber-500" />
          ) : null}
        </PopoverTrigger>
        <PopoverContent label="Notifications">
          <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-2.5">
            <h2 className="font-semibold">Notifications</h2>
            {unread > 0 ? (
              <button
                type="button"
                className="rounded px-2 py-1 text-brand-700 underline hover:bg-slate-100 disabled:opacity-60"
                disabled={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                Mark all read
              </button>
            ) : null}
          </div>
          {lost ? <LostNote className="border-b border-amber-200 px-4 py-2" /> : null}
          <div className="max-h-[min(28rem,70vh)] divide-y divide-slate-100 overflow-y-auto">
            {list.isPending ? (
              <p className="px-4 py-6 text-center text-slate-600">Loading…</p>
            ) : list.isError && !list.data ? (
              <p className="px-4 py-6 text-center text-slate-600">
                Your notifications could not be loaded. {list.error.message}
              </p>
            ) : items.length === 0 ? (
              <p className="px-4 py-6 text-center text-slate-600">
                No notifications yet. Messages from the organisers and news about your exams will
                appear here.
              </p>
            ) : (
              items.map((item) => <NotificationItem key={item.id} notification={item} compact />)
            )}
          </div>
          <div className="border-t border-slate-200 px-4 py-2.5">
            <PopoverClose asChild>
              <Link href="/notifications" className="text-brand-700 underline">
                See all notifications
              </Link>
            </PopoverClose>
          </div>
        </PopoverContent>
      </Popover>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {lost ? (
        <LostNote className="fixed bottom-4 left-4 z-40 max-w-[calc(100vw-2rem)] rounded-md border border-amber-300 px-3 py-2 shadow" />
      ) : null}
    </>
  );
}

function LostNote({ className }: { className: string }) {
  return (
    <p
      role="status"
      className={`bg-amber-50 text-sm text-amber-900 ${className}`}
      data-testid="realtime-lost"
    >
      Live updates are paused: the connection was lost. New notifications are checked every{" "}
      {notificationPollMs / 1000} seconds until it is back.
    </p>
  );
}
