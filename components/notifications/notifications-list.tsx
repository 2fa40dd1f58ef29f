"use client";
// The notifications page's list: All / Unread, "Mark all read", a page of notifications with their
// own Mark read / Mark unread, and Previous / Next. It reads the same query key as the bell, so
// either one's changes show in both at once.
import Link from "next/link";
import { PaginationNav } from "@/components/people/pagination-nav";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";
import { NotificationItem } from "./notification-item";
import { useMarkAllRead, useNotificationChannel, useNotifications } from "./use-notifications";

const pageSize = 20;

export function NotificationsList({
  userId,
  realtime,
  page,
  unreadOnly,
}: {
  userId: string;
  realtime: RealtimeClientConfig | null;
  page: number;
  unreadOnly: boolean;
}) {
  const { connection } = useNotificationChannel(userId, realtime);
  const list = useNotifications({ page, pageSize, unreadOnly }, connection);
  const markAll = useMarkAllRead();
  const unread = list.data?.unread_count ?? 0;
  const tab = (active: boolean) =>
    `rounded px-3 py-1.5 ${active ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"}`;

  return (
    <section className="mt-6" aria-label="Your notifications">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Show" className="flex gap-1 text-sm">
          <Link
            href="/notifications"
            className={tab(!unreadOnly)}
            aria-current={!unreadOnly ? "page" : undefined}
          >
            All
          </Link>
          <Link
            href="/notifications?show=unread"
            className={tab(unreadOnly)}
            aria-current={unreadOnly ? "page" : undefined}
          >
            Unread{list.data ? ` (${unread})` : ""}
          </Link>
        </nav>
        <Button
          size="small"
          disabled={unread === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          Mark all read
        </Button>
      </div>
      {list.isPending ? (
        <p className="mt-6 text-slate-600">Loading your notifications…</p>
      ) : list.isError ? (
        <EmptyState className="mt-6">
          {list.error.message.startsWith("Invalid page")
            ? "There is no such page. "
            : `Your notifications could not be loaded. ${list.error.message} `}
          <Link href="/notifications" className="text-brand-700 underline">
            Back to the first page
          </Link>
        </EmptyState>
      ) : list.data.results.length === 0 ? (
        <EmptyState className="mt-6" testId="notifications-empty">
          {unreadOnly
            ? "You have read everything. Nothing is waiting for you."
            : "No notifications yet. Messages from the organisers and news about your exams will appear here."}
        </EmptyState>
      ) : (
        <>
          <div className="mt-4 divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {list.data.results.map((item) => (
              <NotificationItem key={item.id} notification={item} />
            ))}
          </div>
          <PaginationNav
            path="/notifications"
            filters={unreadOnly ? { show: "unread" } : {}}
            pagination={list.data.pagination}
            noun={["notification", "notifications"]}
          />
        </>
      )}
    </section>
  );
}
