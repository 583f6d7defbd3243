"use server";
import { serverAction } from "@/lib/core/server-action";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { sendTestPush } from "@/lib/notifications/send-test-push";
import { subscribeToPush } from "@/lib/notifications/subscribe-to-push";
import { unsubscribeFromPush } from "@/lib/notifications/unsubscribe-from-push";
import { updateDeliverySettings } from "@/lib/notifications/update-delivery-settings";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";

export const readNotification = serverAction(async (id: string, actor) => markNotificationRead(actor, id), {
  input: "id",
});

export const readAllNotifications = serverAction(
  async (_input: null, actor) => markAllNotificationsRead(actor, actor?.userId ?? ""),
  { input: "any" },
);

export const savePreferences = serverAction(async (input: unknown, actor) =>
  updateNotificationPreferences(actor, actor?.userId ?? "", input),
);

export const saveDeliverySettings = serverAction(async (input: unknown, actor) =>
  updateDeliverySettings(actor, actor?.userId ?? "", input),
);

export const subscribeThisBrowser = serverAction(async (input: unknown, actor) => subscribeToPush(actor, input));

export const unsubscribeThisBrowser = serverAction(async (input: unknown, actor) => unsubscribeFromPush(actor, input));

export const sendPushTest = serverAction(async (_input: null, actor) => sendTestPush(actor), { input: "any" });
