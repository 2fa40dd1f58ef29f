"use client";
// True once React has hydrated in the browser. Controls that only work with JavaScript stay
// disabled until then, so an early click is not lost (or sent as a plain form submission).
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
