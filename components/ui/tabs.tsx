"use client";
// The UI kit's tabs, on Radix Tabs: a tablist whose arrow keys (and Home/End) move between tabs,
// with the selected tab and its panel tied together for screen readers (aria-selected,
// aria-controls, aria-labelledby). Activation is manual: arrows only move focus, Enter or Space
// opens the focused tab. `Tabs`/`TabsList`/`TabsTrigger`/`TabsContent` switch panels within a
// page; `LinkTabs` is the same widget where each tab is a page of its own (a route segment under
// a layout), so tabs stay real links (open in a new tab, work before hydration).
import * as RadixTabs from "@radix-ui/react-tabs";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { KeyboardEvent, ReactNode } from "react";

const listClass = "flex gap-1 overflow-x-auto border-b border-slate-200";
const triggerClass =
  "-mb-px inline-block shrink-0 border-b-2 px-4 py-2 text-sm font-medium whitespace-nowrap outline-none focus-visible:ring-2 focus-visible:ring-brand-600 data-[state=active]:border-brand-600 data-[state=active]:text-brand-700 data-[state=inactive]:border-transparent data-[state=inactive]:text-slate-600 data-[state=inactive]:hover:text-slate-900";

/** Tabs within one page (panels switched on the client). */
export function Tabs(props: Omit<RadixTabs.TabsProps, "activationMode">) {
  return <RadixTabs.Root activationMode="manual" {...props} />;
}

export function TabsList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <RadixTabs.List aria-label={label} className={listClass}>
      {children}
    </RadixTabs.List>
  );
}

export function TabsTrigger({ value, children }: { value: string; children: ReactNode }) {
  return (
    <RadixTabs.Trigger value={value} className={triggerClass}>
      {children}
    </RadixTabs.Trigger>
  );
}

export function TabsContent({ value, children }: { value: string; children: ReactNode }) {
  return (
    <RadixTabs.Content value={value} className="mt-6 outline-none">
      {children}
    </RadixTabs.Content>
  );
}

export type LinkTab = { href: string; label: string };

const withoutTrailingSlash = (path: string) =>
  path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;

/**
 * The tab for `path`: the one whose href is the longest leading part of it, counted in whole
 * segments (so `/admin/exams/5/scores/7` is the Scores tab, and `/admin/exams/5` Overview); the
 * first tab when none is.
 */
export function currentTab(tabs: LinkTab[], path: string): LinkTab {
  const here = withoutTrailingSlash(path);
  let best: LinkTab | undefined;
  for (const tab of tabs) {
    const href = withoutTrailingSlash(tab.href);
    const covers = here === href || here.startsWith(`${href}/`);
    if (covers && (!best || href.length > withoutTrailingSlash(best.href).length)) best = tab;
  }
  return best ?? tabs[0]!;
}

/** Space opens a focused link-tab as Enter does (a link alone only answers to Enter). */
function openOnSpace(event: KeyboardEvent<HTMLAnchorElement>) {
  if (event.key !== " ") return;
  event.preventDefault();
  event.currentTarget.click();
}

/**
 * Tabs whose panels are pages: the tab for the current path (`currentTab`) is selected, and
 * `children` (the page the layout renders) is its panel.
 */
export function LinkTabs({
  label,
  tabs,
  children,
}: {
  /** What the tabs are, for screen readers ("Exam sections"). */
  label: string;
  tabs: LinkTab[];
  children: ReactNode;
}) {
  const current = currentTab(tabs, usePathname());
  return (
    // Navigation selects the tab: the value follows the path, so onValueChange has nothing to do.
    <RadixTabs.Root value={current.href} activationMode="manual" onValueChange={() => {}}>
      <RadixTabs.List aria-label={label} className={listClass}>
        {tabs.map((tab) => (
          <RadixTabs.Trigger key={tab.href} value={tab.href} asChild>
            <Link href={tab.href} className={triggerClass} onKeyDown={openOnSpace}>
              {tab.label}
            </Link>
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      <RadixTabs.Content value={current.href} className="mt-6 outline-none">
        {children}
      </RadixTabs.Content>
    </RadixTabs.Root>
  );
}
