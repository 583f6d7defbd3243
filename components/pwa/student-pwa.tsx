"use client";
import { InstallPrompt } from "./install-prompt";
import { ServiceWorker } from "./service-worker";

/** The installable, offline-readable app of a student: the service worker and the install prompt. */
export function StudentPwa() {
  return (
    <>
      <ServiceWorker />
      <InstallPrompt />
    </>
  );
}
