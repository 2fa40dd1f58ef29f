"use client";
// The signed-in header. Wide screens: one line — the person's pages, the staff pages their role
// opens, a menu under their name for their account, and Sign out. Narrow screens (phones, and
// tablets for staff with many pages): the name of the site and a "Menu" button that opens every
// link and Sign out in a side panel. The notification bell stays in view on every width.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type MouseEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLink,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Sheet, SheetContent, SheetTrigger } from "@/components/ui/sheet";
import type { Navigation, NavItem } from "@/lib/navigation";
import { NavLink } from "./nav-link";

const isCurrent = (pathname: string, item: NavItem) =>
  pathname === item.href || (!item.exact && pathname.startsWith(`${item.href}/`));

function SignOutButton({ action, wide = false }: { action: () => Promise<void>; wide?: boolean }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className={`whitespace-nowrap rounded border border-slate-300 px-3 py-1 hover:bg-slate-100${wide ? " w-full py-2" : ""}`}
      >
        Sign out
      </button>
    </form>
  );
}

function AccountMenu({ name, items }: { name: string; items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="flex max-w-48 items-center gap-1 rounded px-2 py-1 text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100">
        <span className="truncate">{name}</span>
        <span className="sr-only">: your account</span>
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </DropdownMenuTrigger>
      <DropdownMenuContent label="Your account">
        {items.map((item) => (
          <DropdownMenuLink key={item.href} href={item.href} current={isCurrent(pathname, item)}>
            {item.label}
          </DropdownMenuLink>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function LinkList({
  label,
  items,
  stacked,
}: {
  label: string;
  items: NavItem[];
  stacked: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <ul
      aria-label={label}
      className={stacked ? "mt-1 flex flex-col gap-1" : "flex items-center gap-0.5"}
    >
      {items.map((item) => (
        <li key={item.href} className={stacked ? "[&>a]:block [&>a]:py-2" : "whitespace-nowrap"}>
          <NavLink href={item.href} exact={item.exact}>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

type HeaderProps = {
  navigation: Navigation;
  name: string;
  signOutAction: () => Promise<void>;
};

function PhoneMenu({ navigation, name, signOutAction }: HeaderProps) {
  const [open, setOpen] = useState(false);
  // Following a link closes the panel (the page changes behind it).
  const closeOnLink = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest("a")) setOpen(false);
  };
  const groups = [
    { label: "Pages", items: navigation.pages },
    { label: "Staff", items: navigation.staff },
    { label: "Your account", items: navigation.account },
  ].filter((group) => group.items.length > 0);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button size="small">
          <span aria-hidden="true">☰</span> Menu
        </Button>
      </SheetTrigger>
      <SheetContent title="Menu">
        <p className="mt-1 truncate text-sm text-slate-600">Signed in as {name}</p>
        <nav aria-label="Main" className="mt-4 flex-1 text-sm" onClick={closeOnLink}>
          {groups.map((group) => (
            <section key={group.label} className="mt-3 first:mt-0">
              <h2 className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {group.label}
              </h2>
              <LinkList label={group.label} items={group.items} stacked />
            </section>
          ))}
        </nav>
        <div className="mt-6 border-t border-slate-200 pt-4 text-sm">
          <SignOutButton action={signOutAction} wide />
        </div>
      </SheetContent>
    </Sheet>
  );
}

export function SiteHeader({
  navigation,
  name,
  signOutAction,
  bell,
}: HeaderProps & {
  /** The notification bell: on every width, right of the links, before the account. */
  bell?: ReactNode;
}) {
  // Few links fit on a tablet; staff with many pages get the full line from 1280 px on.
  const roomy = navigation.staff.length > 2;
  const wideOnly = roomy ? "hidden xl:flex" : "hidden md:flex";
  const narrowOnly = roomy ? "xl:hidden" : "md:hidden";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-x-3 px-4 py-3 text-sm sm:px-6">
        <Link
          href={navigation.pages[0]?.href ?? "/dashboard"}
          className="mr-1 whitespace-nowrap font-semibold text-brand-700"
        >
          Competition Platform
        </Link>
        <nav aria-label="Main" className={`${wideOnly} flex-1 items-center gap-x-2`}>
          <LinkList label="Pages" items={navigation.pages} stacked={false} />
          {navigation.staff.length > 0 ? (
            <>
              <span aria-hidden="true" className="h-5 w-px bg-slate-200" />
              <LinkList label="Staff" items={navigation.staff} stacked={false} />
            </>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {bell}
          <div className={`${wideOnly} items-center gap-2`}>
            <AccountMenu name={name} items={navigation.account} />
            <SignOutButton action={signOutAction} />
          </div>
          <div className={narrowOnly}>
            <PhoneMenu navigation={navigation} name={name} signOutAction={signOutAction} />
          </div>
        </div>
      </div>
    </header>
  );
}
