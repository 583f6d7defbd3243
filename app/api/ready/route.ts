import { checkReadiness } from "@/lib/operations/check-readiness";

/** Readiness for load balancers: 200 when the database answers and the migrations are applied, else 503. */
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ok" : "unavailable", checks },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
