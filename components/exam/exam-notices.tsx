// What the page says about saving: answers waiting while offline, the exam open in another tab,
// and refusals. Words for people, never API codes.
export function ExamNotices({
  pending,
  online,
  networkTrouble,
  otherTabs,
  problems,
}: {
  pending: number;
  online: boolean;
  networkTrouble: boolean;
  otherTabs: number;
  problems: (string | null)[];
}) {
  const shown = problems.filter((problem): problem is string => Boolean(problem));
  return (
    <>
      {pending > 0 && (!online || networkTrouble) ? (
        <p
          role="status"
          aria-live="polite"
          data-testid="offline-warning"
          className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-900"
        >
          {!online ? "You're offline — " : "Connection problem — "}
          {pending} answer{pending === 1 ? "" : "s"} waiting to be saved
        </p>
      ) : null}
      {otherTabs > 0 ? (
        <p
          role="status"
          data-testid="other-tab-notice"
          className="mt-4 rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
        >
          This exam is also open in another tab or window. Your answers stay in step between them:
          the latest choice counts.
        </p>
      ) : null}
      {shown.map((problem) => (
        <p
          key={problem}
          role="alert"
          className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm"
        >
          {problem}
        </p>
      ))}
    </>
  );
}
