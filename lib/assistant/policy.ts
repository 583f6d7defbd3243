import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";

/** Conversations are personal: each user reads and deletes their own, staff included. */
export const conversationScope = (actor: Actor): Prisma.AssistantConversationWhereInput => ({ userId: actor.userId });
