"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False on the server and while React hydrates, true once the page's scripts run. Until then a
 * form cannot keep what is typed (hydration resets controlled fields) nor submit through its
 * action (the browser would send a plain GET and lose the page's parameters), so its fields and
 * buttons wait, disabled, for the fraction of a second it takes.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
