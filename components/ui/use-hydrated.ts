import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * False in the server's HTML and until React has attached its handlers, true after. A button whose
 * work is a click handler is disabled until then, so a click that could only be lost is refused
 * visibly (and Playwright waits for it, as a person would).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
