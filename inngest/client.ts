import { Inngest } from "inngest";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";

const holder = globalThis as { inngest?: Inngest };

export function inngestClient(): Inngest {
  holder.inngest ??= new Inngest({
    id: "stagiaire",
    eventKey: env().INNGEST_EVENT_KEY,
    isDev: Boolean(env().INNGEST_DEV),
    ...(env().INNGEST_DEV?.startsWith("http") ? { baseUrl: env().INNGEST_DEV } : {}),
    logger: logger.child({ component: "inngest" }),
  });
  return holder.inngest;
}
