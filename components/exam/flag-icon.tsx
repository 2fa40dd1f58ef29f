// A small flag, for "flagged for review" (decorative: the words are always there as well).
export function FlagIcon({ filled, className }: { filled: boolean; className?: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      aria-hidden="true"
      className={className ?? "h-4 w-4"}
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M3.5 14.5V2" strokeLinecap="round" />
      <path d="M3.5 2.5h8.5l-2 3 2 3H3.5" strokeLinejoin="round" />
    </svg>
  );
}
