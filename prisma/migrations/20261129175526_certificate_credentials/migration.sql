-- Certificates become Verifiable Credentials: each one gets its bit in the Bitstring Status List
-- (existing rows, if any, are numbered in issue order), the locale it was written in, and who revoked it and why.
ALTER TABLE "Certificate" ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'fr',
ADD COLUMN     "revocationReason" TEXT,
ADD COLUMN     "revokedById" TEXT,
ADD COLUMN     "statusIndex" INTEGER;

UPDATE "Certificate" SET "statusIndex" = numbered.n - 1
FROM (SELECT "id", row_number() OVER (ORDER BY "issuedAt", "id") AS n FROM "Certificate") AS numbered
WHERE numbered."id" = "Certificate"."id";

ALTER TABLE "Certificate" ALTER COLUMN "statusIndex" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_statusIndex_key" ON "Certificate"("statusIndex");

-- CreateIndex
CREATE INDEX "Certificate_revokedById_idx" ON "Certificate"("revokedById");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
