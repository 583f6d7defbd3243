import { apiRoute } from "@/lib/core/api-route";
import { decideProposal } from "@/lib/profile-import/decide-proposal";

export const POST = apiRoute<{ id: string; importId: string; proposalId: string }>(async ({ actor, params }) =>
  decideProposal(await actor(), params.id, params.importId, params.proposalId, "accept"),
);
