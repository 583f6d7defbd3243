import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/core/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { sessionActor } from "./current-actor";

/**
 * For pages: the signed-in actor, else off to sign-in; a role outside `roles` gets the 403 page.
 * This only chooses what to render; the domain functions the page calls check again.
 */
export async function pageActor(...roles: Role[]): Promise<Actor> {
  const actor = await sessionActor();
  if (!actor) redirect("/sign-in");
  // A system admin enrols a second factor before anything else.
  if (actor.role === "SYSTEM_ADMIN" && !actor.totpEnabled) redirect(TOTP_ENROLMENT_PATH);
  if (roles.length > 0 && !roles.includes(actor.role)) forbidden();
  return actor;
}

/** Where a system admin without a second factor is sent (outside the signed-in shell). */
export const TOTP_ENROLMENT_PATH = "/two-factor";

/**
 * The page side of the one error mapping: a domain function's expected refusals become the 403,
 * 404 or sign-in pages (layouts and pages render in parallel, so a page cannot rely on its
 * layout's check having stopped it first).
 */
export async function forPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHENTICATED") redirect("/sign-in");
      if (error.code === "TOTP_ENROLMENT_REQUIRED") redirect(TOTP_ENROLMENT_PATH);
      if (error.code === "FORBIDDEN") forbidden();
      // A malformed link (bad cursor, unknown filter) leads nowhere: the not-found page says so.
      if (error.code === "NOT_FOUND" || error.code === "VALIDATION") notFound();
    }
    throw error;
  }
}
