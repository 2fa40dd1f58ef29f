"use client";
// The UI kit's menu of actions or links, on Radix DropdownMenu: arrow keys move between items,
// typing a letter jumps to an item, Escape closes it and returns focus to its button, and screen
// readers hear a menu with menu items.
import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import type { ReactNode } from "react";

export const DropdownMenu = RadixMenu.Root;
export const DropdownMenuTrigger = RadixMenu.Trigger;
export const DropdownMenuSeparator = () => (
  <RadixMenu.Separator className="my-1 h-px bg-slate-200" />
);

const itemClass =
  "block cursor-pointer rounded px-3 py-2 text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-950";

export function DropdownMenuContent({
  label,
  children,
  align = "end",
}: {
  /** What the menu is, for screen readers ("Your account"). */
  label: string;
  children: ReactNode;
  align?: "start" | "center" | "end";
}) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content
        aria-label={label}
        align={align}
        sideOffset={6}
        className="z-50 min-w-52 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
      >
        {children}
      </RadixMenu.Content>
    </RadixMenu.Portal>
  );
}

/** A menu item that is a link (marks the current page with aria-current). */
export function DropdownMenuLink({
  href,
  current = false,
  children,
}: {
  href: string;
  current?: boolean;
  children: ReactNode;
}) {
  return (
    <RadixMenu.Item asChild>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className={`${itemClass}${current ? " font-semibold text-brand-700" : ""}`}
      >
        {children}
      </Link>
    </RadixMenu.Item>
  );
}

/** A menu item that runs an action (`onSelect`). */
export function DropdownMenuItem({
  onSelect,
  children,
}: {
  onSelect: () => void;
  children: ReactNode;
}) {
  return (
    <RadixMenu.Item onSelect={onSelect} className={itemClass}>
      {children}
    </RadixMenu.Item>
  );
}
