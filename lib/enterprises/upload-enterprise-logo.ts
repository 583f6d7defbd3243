import { recordAudit } from "@/lib/core/audit";
import { field, invalid } from "@/lib/core/errors";
import { storeDocument, type UploadedFile } from "@/lib/documents/store-document";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { requireEnterpriseAdmin } from "./policy";

export const logoUrlOf = (documentId: string) => `/api/v1/documents/${documentId}/download`;

/**
 * An enterprise admin replaces its logo (PNG, JPEG or WebP, checked from the bytes). Logos are
 * public documents; each upload is a new document, so the URL changes and no cache shows the old one.
 */
export async function uploadEnterpriseLogo(
  actor: Actor | null,
  file: UploadedFile | null | undefined,
): Promise<{ logoUrl: string }> {
  const me = requireEnterpriseAdmin(requireActor(actor));
  if (!file) throw invalid({ file: field("required") });
  const enterpriseId = me.enterprise.id;
  let logoUrl = "";
  await storeDocument(
    { ownerId: me.userId, kind: "LOGO", title: "Logo", enterpriseId },
    file,
    async (tx, { documentId }) => {
      const before = await tx.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { logoUrl: true } });
      logoUrl = logoUrlOf(documentId);
      await tx.document.updateMany({
        where: { enterpriseId, kind: "LOGO", deletedAt: null, id: { not: documentId } },
        data: { deletedAt: new Date() },
      });
      await tx.enterprise.update({ where: { id: enterpriseId }, data: { logoUrl } });
      await recordAudit(tx, {
        actorId: me.userId,
        action: "enterprise.logo-updated",
        entity: "Enterprise",
        entityId: enterpriseId,
        before,
        after: { logoUrl },
      });
    },
  );
  return { logoUrl };
}
