"use client";
// The latest value in a ref, for callbacks registered once (timers, document listeners) that must
// call what the current render passed in.
import { useEffect, useRef } from "react";

export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
