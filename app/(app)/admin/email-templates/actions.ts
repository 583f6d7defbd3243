"use server";
import { serverAction } from "@/lib/core/server-action";
import { previewEmailTemplate } from "@/lib/notifications/preview-email-template";
import { resetEmailTemplate } from "@/lib/notifications/reset-email-template";
import { saveEmailTemplate } from "@/lib/notifications/save-email-template";

// The domain functions check that the caller is a system admin and the wording's variables.

export const saveEmailWording = serverAction(async (input: unknown, actor) => {
  const { key, locale, updatedAt } = await saveEmailTemplate(actor, input);
  return { key, locale, updatedAt };
});

export const previewEmailWording = serverAction(async (input: unknown, actor) => previewEmailTemplate(actor, input));

export const resetEmailWording = serverAction(async (input: unknown, actor) => resetEmailTemplate(actor, input));
