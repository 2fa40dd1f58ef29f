// Durations in words, singular where it is one: "1 minute", "90 minutes" → "1 hour 30 minutes".
import { plural as unit } from "@/lib/plural";

/** A whole number of minutes: "1 minute", "45 minutes", "2 hours", "1 hour 30 minutes". */
export function formatMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return unit(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(rest, "minute")}`;
}

/** Hours (an exam's window): "1 hour", "36 hours", "1 hour 30 minutes" for 1.5. */
export function formatHours(hours: number): string {
  return formatMinutes(hours * 60);
}

/** Seconds spent (time used): "45 seconds", "12 minutes 5 seconds", "1 hour 2 minutes". */
export function formatSeconds(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return unit(seconds, "second");
  if (seconds < 3600) {
    const rest = seconds % 60;
    const minutes = unit(Math.floor(seconds / 60), "minute");
    return rest === 0 ? minutes : `${minutes} ${unit(rest, "second")}`;
  }
  return formatMinutes(Math.floor(seconds / 60));
}
