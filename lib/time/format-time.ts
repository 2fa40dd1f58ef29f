// How the platform writes an instant for people: one format everywhere, in the viewer's time zone
// (24-hour clock, day before month: "4 Dec 2026, 15:22"), with the zone named where it matters
// ("4 Dec 2026, 15:22 CET"). Pure: the zone is an argument, so the server and tests can use it.

export type TimeStyle = "datetime" | "date" | "time" | "time-seconds";

const fields: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  datetime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  date: { day: "numeric", month: "short", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit" },
  "time-seconds": { hour: "2-digit", minute: "2-digit", second: "2-digit" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(style: TimeStyle, timeZone: string, withZone: boolean) {
  const key = `${style}|${timeZone}|${withZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      ...fields[style],
      hourCycle: "h23",
      timeZone,
      ...(withZone ? { timeZoneName: "short" } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Whether the runtime knows `timeZone` (an IANA name such as "Europe/Berlin"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function formatTime(
  instant: string | number | Date,
  {
    timeZone = "UTC",
    style = "datetime",
    withZone = false,
  }: { timeZone?: string; style?: TimeStyle; withZone?: boolean } = {},
): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return "";
  const zone = isKnownTimeZone(timeZone) ? timeZone : "UTC";
  return formatterFor(style, zone, withZone).format(date);
}

/** The zone's short name at that instant: "CET", "GMT+9", "UTC". */
export function timeZoneLabel(instant: string | number | Date, timeZone: string): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  const zone = isKnownTimeZone(timeZone) ? timeZone : "UTC";
  return (
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? zone
  );
}
