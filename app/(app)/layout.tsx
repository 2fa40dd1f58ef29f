import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { signOut } from "@/auth";
import { SiteHeader } from "@/components/navigation/site-header";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Providers } from "@/components/providers";
import { TimeZoneProvider } from "@/components/ui/local-time";
import { navigationFor } from "@/lib/navigation";
import { getRealtime } from "@/lib/realtime";
import { browserSessionContext, reportedTimeZone } from "./page-context";

export const dynamic = "force-dynamic";

/** The signed-in area: every page below needs a live session. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { ctx, session } = await browserSessionContext();
  if (!ctx) redirect("/sign-in");
  const navigation = navigationFor(ctx);
  const zone = await reportedTimeZone();
  return (
    <div className="min-h-screen">
      <Providers>
        <TimeZoneProvider zone={zone}>
          <SiteHeader
            navigation={navigation}
            name={session?.user?.name || session?.user?.email || "Your account"}
            signOutAction={async () => {
              "use server";
              await signOut({ redirectTo: "/sign-in" });
            }}
            bell={
              <NotificationBell
                userId={ctx.actor.user!.id}
                realtime={getRealtime().clientConfig()}
              />
            }
          />
          {children}
        </TimeZoneProvider>
      </Providers>
    </div>
  );
}
