"use client";
// A navigation link that marks itself as the current page (aria-current) for screen readers and
// shows it visually.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({
  href,
  exact = false,
  children,
}: {
  href: string;
  exact?: boolean;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={
        current
          ? "rounded px-2 py-1 font-semibold text-brand-700 underline underline-offset-4"
          : "rounded px-2 py-1 hover:bg-slate-100 hover:underline"
      }
    >
      {children}
    </Link>
  );
}
