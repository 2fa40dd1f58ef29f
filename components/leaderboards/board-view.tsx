// A published board: the podium for the top three, then the rest in a table, the viewer's own row
// highlighted (id "my-rank", so "Jump to my rank" can reach it), each row saying what decided its
// place. Server-rendered; every number is text, no chart to read.
import Link from "next/link";
import { formatSeconds } from "@/lib/time/format-duration";

export type BoardEntryView = {
  rank: number;
  position: number;
  candidate: { id: string; full_name: string; school: string | null };
  score: number;
  time_used: number | null;
  decided_by_text: string;
};

const medal = [
  "bg-amber-100 border-amber-300",
  "bg-slate-100 border-slate-300",
  "bg-orange-100 border-orange-300",
];

type EntryLinks = {
  base: string;
  viewerId: string;
  canOpen: (entry: BoardEntryView) => boolean;
};

/** The candidate's name, a link to their performance where the viewer may open it; "(you)". */
function CandidateName({ entry, base, viewerId, canOpen }: EntryLinks & { entry: BoardEntryView }) {
  return (
    <>
      {canOpen(entry) ? (
        <Link href={`${base}/candidate/${entry.candidate.id}`} className="underline">
          {entry.candidate.full_name}
        </Link>
      ) : (
        entry.candidate.full_name
      )}
      {entry.candidate.id === viewerId ? " (you)" : ""}
    </>
  );
}

export function Podium({
  entries,
  base,
  viewerId,
  canOpen,
}: EntryLinks & { entries: BoardEntryView[] }) {
  if (entries.length === 0) return null;
  return (
    <ol aria-label="Top three" className="mt-6 grid gap-4 sm:grid-cols-3" data-testid="podium">
      {entries.map((entry, index) => (
        <li
          key={entry.candidate.id}
          id={entry.candidate.id === viewerId ? "my-rank" : undefined}
          className={`rounded-lg border p-4 ${medal[index] ?? "bg-white border-slate-200"} ${
            entry.candidate.id === viewerId ? "ring-2 ring-brand-600" : ""
          }`}
        >
          <p className="text-sm font-semibold text-slate-700">Rank {entry.rank}</p>
          <p className="mt-1 text-lg font-bold">
            <CandidateName entry={entry} base={base} viewerId={viewerId} canOpen={canOpen} />
          </p>
          <p className="text-sm text-slate-600">{entry.candidate.school ?? "—"}</p>
          <p className="mt-2 text-2xl font-bold">{entry.score.toFixed(2)}%</p>
          <p className="text-sm text-slate-600">
            {entry.time_used === null
              ? "Time not recorded"
              : `Time used ${formatSeconds(entry.time_used)}`}
          </p>
        </li>
      ))}
    </ol>
  );
}

export function BoardTable({
  entries,
  base,
  viewerId,
  canOpen,
}: EntryLinks & { entries: BoardEntryView[] }) {
  return (
    <div className="relative mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Ranks after the top three</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">
              Rank
            </th>
            <th scope="col" className="px-4 py-2">
              Candidate
            </th>
            <th scope="col" className="px-4 py-2">
              Score
            </th>
            <th scope="col" className="px-4 py-2">
              Time used
            </th>
            <th scope="col" className="hidden px-4 py-2 sm:table-cell">
              Why here
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((entry) => {
            const mine = entry.candidate.id === viewerId;
            return (
              <tr
                key={entry.candidate.id}
                id={mine ? "my-rank" : undefined}
                data-testid="board-row"
                aria-current={mine ? "true" : undefined}
                className={mine ? "bg-brand-50 font-semibold" : undefined}
              >
                <td className="px-4 py-2">{entry.rank}</td>
                <td className="px-4 py-2">
                  <CandidateName entry={entry} base={base} viewerId={viewerId} canOpen={canOpen} />
                  <span className="block text-xs font-normal text-slate-600">
                    {entry.candidate.school ?? ""}
                  </span>
                  {/* On a phone the reason sits under the name instead of in its own column. */}
                  <span className="block text-xs font-normal text-slate-700 sm:hidden">
                    {entry.decided_by_text}
                  </span>
                </td>
                <td className="px-4 py-2">{entry.score.toFixed(2)}%</td>
                <td className="px-4 py-2">
                  {entry.time_used === null ? "—" : formatSeconds(entry.time_used)}
                </td>
                <td className="hidden px-4 py-2 font-normal text-slate-700 sm:table-cell">
                  {entry.decided_by_text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
