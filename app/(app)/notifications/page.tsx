import type { Metadata } from "next";
import { NotificationsList } from "@/components/notifications/notifications-list";
import { getRealtime } from "@/lib/realtime";
import { requirePageContext } from "@/app/(app)/page-context";

export const metadata: Metadata = { title: "Notifications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Everything the person was told: all or only unread, a page at a time, newest first. */
export default async function NotificationsPage({ searchParams }: Props) {
  const { ctx } = await requirePageContext();
  const query = await searchParams;
  const page = Number(typeof query.page === "string" ? query.page : "1");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <p className="mt-1 text-slate-600">
        Messages from the organisers and news about your account, exams and results.
      </p>
      <NotificationsList
        userId={ctx.actor.user.id}
        realtime={getRealtime().clientConfig()}
        page={Number.isInteger(page) && page > 0 ? page : 1}
        unreadOnly={query.show === "unread"}
      />
    </main>
  );
}
