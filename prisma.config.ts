import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { connectionFields } from "./lib/core/database-url";

// Without a URL the CLI would try to download a query engine; the value only has to parse.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaPg(connectionFields(process.env.DATABASE_URL!));
  },
});
