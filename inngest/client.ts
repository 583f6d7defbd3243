import { Inngest } from "inngest";
import { inngestEnv } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";

const holder = globalThis as { inngest?: Inngest };

export function inngestClient(): Inngest {
  const config = inngestEnv();
  holder.inngest ??= new Inngest({
    id: "stagiaire",
    eventKey: config.INNGEST_EVENT_KEY,
    isDev: Boolean(config.INNGEST_DEV),
    ...(config.INNGEST_DEV?.startsWith("http") ? { baseUrl: config.INNGEST_DEV } : {}),
    logger: logger.child({ component: "inngest" }),
  });
  return holder.inngest;
}
