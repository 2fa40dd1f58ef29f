"use client";
// The browser's side of notifications: one TanStack key for every list of them (the bell's latest
// few, the notifications page), kept current by the person's realtime channel — or, while that
// cannot be reached, by polling — and the two changes a person makes: mark one read or unread,
// mark all read. Both invalidate every list, so the bell and the page agree.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { fetchJson, getJson } from "@/components/api/fetch-json";
import { toast } from "@/components/ui/toast";
import { useRealtime, type RealtimeConnectionState } from "@/components/realtime/use-realtime";
import { notificationJson, notificationList, readAllResponse } from "@/lib/notifications/schemas";
import { userRealtimeChannel } from "@/lib/realtime/channels";
import type { RealtimeClientConfig } from "@/lib/realtime/realtime-port";

export const notificationsKey = ["notifications"] as const;
/** How often lists are read again while realtime is unreachable (or not configured). */
export const notificationPollMs = 30_000;
/** A drop shorter than this is not worth telling anyone about (pusher-js reconnects quickly). */
const lostAfterMs = 5_000;

/**
 * Subscribes the page to the person's channel: a new notification (or one read in another tab)
 * invalidates every notification list. Returns the connection's state and whether it has been
 * lost long enough to say so.
 */
export function useNotificationChannel(userId: string, realtime: RealtimeClientConfig | null) {
  const channel = useMemo(() => userRealtimeChannel(userId), [userId]);
  const connection = useRealtime({
    config: realtime,
    channel,
    invalidate: {
      notification_activity: () => [[...notificationsKey]],
      // Read here or in another tab (or through the mark_as_read client action).
      notification_read: () => [[...notificationsKey]],
    },
    resync: [[...notificationsKey]],
  });
  const lost = useLasting(connection === "unavailable", lostAfterMs);
  return { connection, lost };
}

/** True once `flag` has stayed true for `ms`. */
function useLasting(flag: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    if (!flag) {
      setLasting(false);
      return;
    }
    const timer = setTimeout(() => setLasting(true), ms);
    return () => clearTimeout(timer);
  }, [flag, ms]);
  return lasting;
}

/** One page of the person's notifications; polled unless realtime is connected. */
export function useNotifications(
  query: { page?: number; pageSize?: number; unreadOnly?: boolean },
  connection: RealtimeConnectionState,
) {
  const params = new URLSearchParams();
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize) params.set("page_size", String(query.pageSize));
  if (query.unreadOnly) params.set("read", "false");
  const search = params.toString();
  const live = connection === "connected";
  return useQuery({
    queryKey: [...notificationsKey, search],
    queryFn: () => getJson(`/api/v1/notifications/${search ? `?${search}` : ""}`, notificationList),
    refetchInterval: live ? false : notificationPollMs,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, read }: { id: number; read: boolean }) => {
      const result = await fetchJson(`/api/v1/notifications/${id}/`, notificationJson, {
        method: "PATCH",
        body: { read },
      });
      if (!result.ok) throw new Error(result.error.detail);
      return result.data;
    },
    onError: (error) => toast({ tone: "error", title: error.message }),
    onSettled: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const result = await fetchJson("/api/v1/notifications/read-all/", readAllResponse, {
        method: "POST",
      });
      if (!result.ok) throw new Error(result.error.detail);
      return result.data;
    },
    onError: (error) => toast({ tone: "error", title: error.message }),
    onSettled: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}
