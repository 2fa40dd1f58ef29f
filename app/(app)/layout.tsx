import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { signOut } from "@/auth";
import { NavLink } from "@/components/navigation/nav-link";
import { Providers } from "@/components/providers";
import { TimeZoneProvider } from "@/components/ui/local-time";
import { navigationFor } from "@/lib/navigation";
import { browserSessionContext, reportedTimeZone } from "./page-context";

export const dynamic = "force-dynamic";

/** The signed-in area: every page below needs a live session. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { ctx, session } = await browserSessionContext();
  if (!ctx) redirect("/sign-in");
  const sections = navigationFor(ctx);
  const zone = await reportedTimeZone();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <nav
          aria-label="Main"
          className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-6 py-3 text-sm"
        >
          <Link href="/get-started" className="mr-2 font-semibold text-brand-700">
            Competition Platform
          </Link>
          {sections.map((section) => (
            <ul key={section.label} aria-label={section.label} className="flex flex-wrap gap-1">
              {section.items.map((item) => (
                <li key={item.href}>
                  <NavLink href={item.href} exact={item.exact}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          ))}
          <span className="ml-auto text-slate-600">{session?.user?.name}</span>
          <form
            action={async () => {
              "use server";
              await signOut({ redirectTo: "/sign-in" });
            }}
          >
            <button
              type="submit"
              className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
            >
              Sign out
            </button>
          </form>
        </nav>
      </header>
      <Providers>
        <TimeZoneProvider zone={zone}>{children}</TimeZoneProvider>
      </Providers>
    </div>
  );
}
