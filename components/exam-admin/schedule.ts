// Pure time logic of the exam builder and the exam page: a `datetime-local` value read in a named
// time zone becomes an ISO 8601 string with that zone's offset (and back), the exam's window
// (opens, closes, which side of it `now` is on), and countdown text. No React, no DOM. Zone
// arithmetic is @date-fns/tz's (TZDate reads and writes wall times in a named IANA zone).
import { TZDate, tzOffset } from "@date-fns/tz";

const localInput = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** How far `timeZone` is ahead of UTC at `instant`, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: Date | number, timeZone: string): number {
  return tzOffset(timeZone, new Date(instant));
}

export { isKnownTimeZone } from "@/lib/time/format-time";

/** `instant` as the wall time of `timeZone` with its offset: "2026-01-02T10:00:00+01:00". */
export function isoInZone(instant: Date | number, timeZone: string): string {
  const at = Math.floor(new Date(instant).getTime() / 1000) * 1000;
  // TZDate writes "2026-01-02T10:00:00.000+01:00"; whole seconds, so the fraction is dropped.
  return new TZDate(at, timeZone).toISOString().replace(/\.\d{3}(?=[+-])/, "");
}

/**
 * A `datetime-local` value ("2026-01-02T10:00") read as the wall time of `timeZone`, as an ISO
 * 8601 string with that zone's offset; null when empty or not a real date and time. A wall time
 * that the zone skips (the hour clocks go forward) moves forward by the gap, as browsers do; one
 * that happens twice (the hour clocks go back) is read with the offset in force after the change
 * in zones east of UTC and before it west of UTC (TZDate's reading, as this code always had).
 */
export function localInputToIso(value: string, timeZone: string): string | null {
  const match = localInput.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // A calendar check first: TZDate, like Date, would roll 30 February over into March.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const wall = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  return isoInZone(wall.getTime(), timeZone);
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
