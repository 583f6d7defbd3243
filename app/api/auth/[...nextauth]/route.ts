import { handlers } from "@/lib/identity/next-auth";

export const { GET, POST } = handlers;
