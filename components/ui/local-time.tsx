"use client";
// Times in the viewer's own time zone, everywhere, in one format (lib/time/format-time.ts).
// The signed-in layout reads the zone the browser reported last (the `tz` cookie) and passes it to
// TimeZoneProvider, so the server's HTML already shows local times; the browser then confirms its
// zone (and refreshes the cookie when it moved). Without a provider (public pages), the server
// renders UTC and the browser switches to its zone after hydration.
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from "react";
import { formatTime, type TimeStyle } from "@/lib/time/format-time";
import { TIME_ZONE_COOKIE } from "./time-zone-cookie";

const TimeZoneContext = createContext<string | null>(null);
const subscribe = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

export function TimeZoneProvider({ zone, children }: { zone: string | null; children: ReactNode }) {
  const viewerZone = useSyncExternalStore(subscribe, browserTimeZone, () => zone ?? "UTC");
  useEffect(() => {
    if (viewerZone === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(viewerZone)}; path=/; max-age=31536000; samesite=lax`;
  }, [viewerZone, zone]);
  return <TimeZoneContext.Provider value={viewerZone}>{children}</TimeZoneContext.Provider>;
}

/** The viewer's IANA time zone ("UTC" while a page without a provider hydrates). */
export function useViewerTimeZone(): string {
  const provided = useContext(TimeZoneContext);
  const fallback = useSyncExternalStore(subscribe, browserTimeZone, () => "UTC");
  return provided ?? fallback;
}

/** A formatter bound to the viewer's zone, for text that embeds a time ("Saved ✓ 15:22:09"). */
export function useFormatTime() {
  const timeZone = useViewerTimeZone();
  return (instant: string | number | Date, style: TimeStyle = "datetime", withZone = false) =>
    formatTime(instant, { timeZone, style, withZone });
}

export function LocalTime({
  iso,
  style = "datetime",
  withZone = false,
}: {
  iso: string;
  style?: TimeStyle;
  /** Name the zone ("15:22 CET"): exam schedules, where a reader may be elsewhere. */
  withZone?: boolean;
}) {
  const timeZone = useViewerTimeZone();
  return (
    <time
      dateTime={iso}
      title={formatTime(iso, { timeZone, style: "datetime", withZone: true })}
      suppressHydrationWarning
    >
      {formatTime(iso, { timeZone, style, withZone })}
    </time>
  );
}
