import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { connectionFields } from "./database-url";
import { env } from "./env";

export type Tx = Prisma.TransactionClient;

const holder = globalThis as { prismaClient?: PrismaClient };

/**
 * The pool's settings from the configuration (lib/core/env.ts, decision 0019): its size, how long
 * a request waits for a connection (then a 503 with Retry-After, lib/core/database-busy.ts), and a
 * statement timeout sent with each connection.
 */
export function poolConfig(): PoolConfig {
  const settings = env();
  const fields = connectionFields(settings.DATABASE_URL);
  const timeout = settings.DATABASE_STATEMENT_TIMEOUT_MS;
  return {
    ...fields,
    max: settings.DATABASE_POOL_MAX,
    connectionTimeoutMillis: settings.DATABASE_POOL_TIMEOUT_MS,
    options: timeout > 0 ? `${fields.options ?? ""} -c statement_timeout=${timeout}`.trim() : fields.options,
  };
}

function client(): PrismaClient {
  // One pool per process, also across Next's hot reloads in development.
  holder.prismaClient ??= new PrismaClient({
    adapter: new PrismaPg(poolConfig()),
    transactionOptions: {
      maxWait: env().DATABASE_TRANSACTION_MAX_WAIT_MS,
      timeout: env().DATABASE_TRANSACTION_TIMEOUT_MS,
    },
  });
  return holder.prismaClient;
}

/** The Prisma client, created on first use so that importing this module never needs a database. */
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property, client()),
});

export async function disconnectDb(): Promise<void> {
  await holder.prismaClient?.$disconnect();
  holder.prismaClient = undefined;
}
