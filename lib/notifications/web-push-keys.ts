import { env } from "@/lib/core/env";

/**
 * The VAPID keys web push is signed with: from the environment in production, else generated on
 * the first start into DATA_DIR/secrets.json (scripts/lib/secrets.ts). Null when neither is there.
 */
export function vapidKeys(): { publicKey: string; privateKey: string; subject: string } | null {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = env();
  if (!VAPID_PUBLIC_KEY || !VAPID_PRIVATE_KEY) return null;
  return { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject: VAPID_SUBJECT };
}
