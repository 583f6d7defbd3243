-- Agreement reminders (per-circuit delay, the agreement language for e-mails) and amendments signed in turn.
-- Also holds the offer-import schema changes (ATS providers, import items, scheduled runs) that
-- were pending in schema.prisma when this migration was created.

-- CreateEnum
CREATE TYPE "AtsProvider" AS ENUM ('GREENHOUSE', 'LEVER', 'WORKABLE', 'RECRUITEE', 'PERSONIO');

-- CreateEnum
CREATE TYPE "ImportTrigger" AS ENUM ('MANUAL', 'SCHEDULED');

-- AlterEnum
ALTER TYPE "ImportRunStatus" ADD VALUE 'QUEUED';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "appliedExternallyAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "language" "Locale" NOT NULL DEFAULT 'fr';

-- AlterTable
ALTER TABLE "AgreementCircuit" ADD COLUMN     "reminderAfterDays" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "AgreementAmendment" ADD COLUMN     "contentSha256" TEXT;

-- AlterTable
ALTER TABLE "ImportSource" ADD COLUMN     "atsProvider" "AtsProvider",
ADD COLUMN     "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "etag" TEXT,
ADD COLUMN     "filters" JSONB,
ADD COLUMN     "lastModified" TEXT,
ADD COLUMN     "pausedAt" TIMESTAMPTZ(3),
ADD COLUMN     "requestsPerMinute" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "skipped" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "skips" JSONB,
ADD COLUMN     "slotKey" TEXT,
ADD COLUMN     "trigger" "ImportTrigger" NOT NULL DEFAULT 'MANUAL',
ALTER COLUMN "status" SET DEFAULT 'QUEUED';

-- CreateTable
CREATE TABLE "AgreementAmendmentStep" (
    "id" TEXT NOT NULL,
    "amendmentId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "party" "AgreementParty" NOT NULL,
    "signerUserId" TEXT,
    "signerName" TEXT,
    "signerEmail" CITEXT,
    "status" "AgreementStepStatus" NOT NULL DEFAULT 'PENDING',
    "signedAt" TIMESTAMPTZ(3),
    "method" "SignatureMethod",
    "signedIp" TEXT,
    "documentSha256" TEXT,
    "refusalReason" TEXT,
    "askedAt" TIMESTAMPTZ(3),
    "codeHash" TEXT,
    "codeExpiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgreementAmendmentStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "offerId" TEXT,
    "contentHash" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "goneAt" TIMESTAMPTZ(3),
    "notifiedHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAmendmentStep_codeHash_key" ON "AgreementAmendmentStep"("codeHash");

-- CreateIndex
CREATE INDEX "AgreementAmendmentStep_signerUserId_idx" ON "AgreementAmendmentStep"("signerUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAmendmentStep_amendmentId_order_key" ON "AgreementAmendmentStep"("amendmentId", "order");

-- CreateIndex
CREATE INDEX "ImportItem_offerId_idx" ON "ImportItem"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportItem_sourceId_externalId_key" ON "ImportItem"("sourceId", "externalId");

-- CreateIndex
CREATE INDEX "ImportSource_createdById_idx" ON "ImportSource"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRun_slotKey_key" ON "ImportRun"("slotKey");

-- AddForeignKey
ALTER TABLE "AgreementAmendmentStep" ADD CONSTRAINT "AgreementAmendmentStep_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "AgreementAmendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAmendmentStep" ADD CONSTRAINT "AgreementAmendmentStep_signerUserId_fkey" FOREIGN KEY ("signerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportSource" ADD CONSTRAINT "ImportSource_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "ImportSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

