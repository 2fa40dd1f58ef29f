// Pure time logic of the exam builder and the exam page: a `datetime-local` value read in a named
// time zone becomes an ISO 8601 string with that zone's offset (and back), the exam's window
// (opens, closes, which side of it `now` is on), and countdown text. No React, no DOM.

const localInput = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

type WallTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallTimeIn(instant: number, timeZone: string): WallTime {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const wallAsUtc = (wall: WallTime) =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** How far `timeZone` is ahead of UTC at `instant`, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: Date | number, timeZone: string): number {
  const at = Math.floor(new Date(instant).getTime() / 1000) * 1000;
  return Math.round((wallAsUtc(wallTimeIn(at, timeZone)) - at) / 60_000);
}

export { isKnownTimeZone } from "@/lib/time/format-time";

const two = (n: number) => String(n).padStart(2, "0");

function offsetText(minutes: number) {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** `instant` as the wall time of `timeZone` with its offset: "2026-01-02T10:00:00+01:00". */
export function isoInZone(instant: Date | number, timeZone: string): string {
  const at = Math.floor(new Date(instant).getTime() / 1000) * 1000;
  const wall = wallTimeIn(at, timeZone);
  const date = `${String(wall.year).padStart(4, "0")}-${two(wall.month)}-${two(wall.day)}`;
  const time = `${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
  return `${date}T${time}${offsetText(zoneOffsetMinutes(at, timeZone))}`;
}

/**
 * A `datetime-local` value ("2026-01-02T10:00") read as the wall time of `timeZone`, as an ISO
 * 8601 string with that zone's offset; null when empty or not a real date and time. A wall time
 * that the zone skips (the hour clocks go forward) moves forward by the gap, as browsers do.
 */
export function localInputToIso(value: string, timeZone: string): string | null {
  const match = localInput.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as number[];
  const wall = { year, month, day, hour, minute, second } as WallTime;
  const asUtc = wallAsUtc(wall);
  const check = new Date(asUtc);
  if (
    check.getUTCFullYear() !== wall.year ||
    check.getUTCMonth() !== wall.month - 1 ||
    check.getUTCDate() !== wall.day ||
    wall.hour > 23 ||
    wall.minute > 59 ||
    wall.second > 59
  ) {
    return null;
  }
  // The offset at the guess can differ from the offset at the answer near a change of offset.
  const firstGuess = asUtc - zoneOffsetMinutes(asUtc, timeZone) * 60_000;
  const offset = zoneOffsetMinutes(firstGuess, timeZone);
  const instant = asUtc - offset * 60_000;
  return isoInZone(instant, timeZone);
}

/** The `datetime-local` value ("2026-01-02T10:00") showing `iso` in `timeZone`. */
export function isoToLocalInput(iso: string, timeZone: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return "";
  return isoInZone(at, timeZone).slice(0, 16);
}

/** "2d 3h 4m 5s", leaving out leading zero units ("4m 5s"); never negative. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const units: [number, string][] = [
    [days, "d"],
    [hours, "h"],
    [minutes, "m"],
    [seconds, "s"],
  ];
  const first = units.findIndex(([value]) => value > 0);
  if (first === -1) return "0s";
  return units
    .slice(first)
    .map(([value, unit]) => `${value}${unit}`)
    .join(" ");
}

export type WindowPhase = "before" | "open" | "closed";

export type ExamWindow = {
  opensAt: number;
  closesAt: number;
  phase: WindowPhase;
  /** Until it opens (before), until it closes (open), 0 once closed. */
  remainingMs: number;
};

/**
 * The exam's window from its scheduled start and length, and where `now` is in it. `endedIso` is
 * when an admin ended it early (its concluded_at), which closes it then.
 */
export function examWindow(
  scheduledIso: string,
  openDurationHours: number,
  now: number,
  endedIso?: string | null,
): ExamWindow {
  const opensAt = Date.parse(scheduledIso);
  const planned = opensAt + openDurationHours * 3_600_000;
  const ended = endedIso ? Date.parse(endedIso) : NaN;
  const closesAt = Number.isNaN(ended) ? planned : Math.min(planned, ended);
  if (now < opensAt) return { opensAt, closesAt, phase: "before", remainingMs: opensAt - now };
  if (now < closesAt) return { opensAt, closesAt, phase: "open", remainingMs: closesAt - now };
  return { opensAt, closesAt, phase: "closed", remainingMs: 0 };
}

/** "Opens in 2d 3h", "Closes in 4m 5s" or "Closed". */
export function countdownText(window: Pick<ExamWindow, "phase" | "remainingMs">): string {
  if (window.phase === "before") return `Opens in ${formatDuration(window.remainingMs)}`;
  if (window.phase === "open") return `Closes in ${formatDuration(window.remainingMs)}`;
  return "Closed";
}

/** Whether a schedule is already in the past at `now` (the exam then opens as soon as it is saved). */
export function isInPast(iso: string, now: number): boolean {
  const at = Date.parse(iso);
  return !Number.isNaN(at) && at < now;
}

/**
 * What saving a schedule in the past does (CONTRACT §4): the exam opens at once, or, when its whole
 * window is over, it is recorded as concluded. Null for a schedule in the future.
 */
export function pastScheduleNote(
  iso: string,
  openDurationHours: number | null,
  now: number,
): string | null {
  if (!isInPast(iso, now)) return null;
  const closes = openDurationHours ? Date.parse(iso) + openDurationHours * 3_600_000 : null;
  if (closes !== null && closes <= now) {
    return "This exam’s whole window is already over: it will be recorded as concluded when you save (for an exam held on paper, enter the scores by hand).";
  }
  return "This time is in the past: the exam will open as soon as you save.";
}
