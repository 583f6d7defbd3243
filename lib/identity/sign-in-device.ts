import type { Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { queueEmail } from "@/lib/notifications/queue-email";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { describeUserAgent } from "./device";
import { digest } from "./secure-token";

export type SignInClient = { ip: string; userAgent?: string };
type SignedInUser = { id: string; email: string; name: string; locale: string };

/**
 * Notes the device of a sign-in (decision 0010) and returns its row id. The first sign-in from a
 * device the account has not used before is e-mailed to the user, except the account's very first
 * one (right after registration, or the first since devices were recorded).
 */
export async function recognizeDevice(
  tx: Tx,
  user: SignedInUser,
  deviceKey: string,
  client: SignInClient,
): Promise<string> {
  const deviceHash = digest(deviceKey);
  const hadDevices = (await tx.knownDevice.findFirst({ where: { userId: user.id }, select: { id: true } })) !== null;
  // ON CONFLICT DO NOTHING: two sign-ins from the same new device at once mail only once.
  const inserted = await tx.knownDevice.createMany({ data: [{ userId: user.id, deviceHash }], skipDuplicates: true });
  const device = await tx.knownDevice.update({
    where: { userId_deviceHash: { userId: user.id, deviceHash } },
    data: { lastSeenAt: new Date() },
    select: { id: true },
  });
  if (inserted.count === 1 && hadDevices) await queueEmail(tx, user.email, newDeviceEmail(user, client, new Date()));
  return device.id;
}

function newDeviceEmail(user: SignedInUser, client: SignInClient, at: Date) {
  const t = translator(user.locale, "emails");
  const { browser, os } = describeUserAgent(client.userAgent);
  const when = new Intl.DateTimeFormat(user.locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  return renderEmail({
    template: "newDeviceSignIn",
    subject: t("newDeviceSignIn.subject"),
    greeting: t("greetingNamed", { name: user.name }),
    paragraphs: [
      t("newDeviceSignIn.body", {
        device: [browser, os].filter(Boolean).join(", ") || t("newDeviceSignIn.unknownDevice"),
        ip: client.ip,
        at: `${when.format(at)} UTC`,
      }),
      t("newDeviceSignIn.advice"),
    ],
    action: { label: t("newDeviceSignIn.action"), url: `${env().APP_URL}/profile` },
    footer: t("footer"),
  });
}
