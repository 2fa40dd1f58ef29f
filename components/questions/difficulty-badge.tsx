// A question's difficulty as a small coloured badge (the word is always shown, not only colour).
import type { difficulties } from "@/lib/questions/schemas";

// Whole class names, so Tailwind sees them.
const badgeClass: Record<(typeof difficulties)[number], string> = {
  easy: "bg-green-50 text-green-800 ring-green-200",
  moderate: "bg-amber-50 text-amber-900 ring-amber-200",
  hard: "bg-red-50 text-red-800 ring-red-200",
};

export function DifficultyBadge({ difficulty }: { difficulty: string }) {
  const tone = badgeClass[difficulty as keyof typeof badgeClass] ?? "bg-slate-100 ring-slate-200";
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1 ${tone}`}
    >
      {difficulty}
    </span>
  );
}
