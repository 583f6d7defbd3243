-- Applications: the enterprise's rejection reasons, the match reasons kept with the score, and the
-- notification claim of each status change. One live application per student and offer becomes a
-- partial unique index (also in prisma/schema-extras.sql): a withdrawn application no longer blocks
-- a new one, and stays on record.

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('POSITION_FILLED', 'PROFILE_NOT_MATCHING', 'MISSING_SKILLS', 'AVAILABILITY_NOT_MATCHING', 'OTHER_CANDIDATE_PREFERRED', 'OTHER');

-- DropIndex
DROP INDEX "Application_offerId_studentId_key";

-- CreateIndex
CREATE UNIQUE INDEX "Application_offerId_studentId_live_key" ON "Application"("offerId", "studentId") WHERE "status" <> 'WITHDRAWN';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "matchReasons" JSONB;

-- AlterTable
ALTER TABLE "ApplicationStatusChange" ADD COLUMN     "notifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "rejectionReason" "RejectionReason";
