import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { connectionFields } from "./database-url";
import { env } from "./env";

export type Tx = Prisma.TransactionClient;

const holder = globalThis as { prismaClient?: PrismaClient };

function client(): PrismaClient {
  // One pool per process, also across Next's hot reloads in development.
  holder.prismaClient ??= new PrismaClient({ adapter: new PrismaPg(connectionFields(env().DATABASE_URL)) });
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
