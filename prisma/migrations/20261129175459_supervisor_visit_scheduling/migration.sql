-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PROPOSED', 'SCHEDULED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitMode" AS ENUM ('ON_SITE', 'REMOTE');

-- AlterTable
ALTER TABLE "Internship" ADD COLUMN     "terminationNotifiedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "ActivityComment" ADD COLUMN     "notifiedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "SupervisorVisit" ADD COLUMN     "chosenByRole" "Role",
ADD COLUMN     "endsAt" TIMESTAMPTZ(3),
ADD COLUMN     "followUp" TEXT,
ADD COLUMN     "location" TEXT,
ADD COLUMN     "meetingUrl" TEXT,
ADD COLUMN     "minNoticeMinutes" INTEGER NOT NULL DEFAULT 1440,
ADD COLUMN     "mode" "VisitMode",
ADD COLUMN     "notifiedSequence" INTEGER NOT NULL DEFAULT -1,
ADD COLUMN     "reportedAt" TIMESTAMPTZ(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" "VisitStatus" NOT NULL DEFAULT 'PROPOSED',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
ALTER COLUMN "plannedAt" DROP NOT NULL;

-- CreateTable
CREATE TABLE "VisitSlot" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VisitSlot_visitId_startsAt_idx" ON "VisitSlot"("visitId", "startsAt");

-- CreateIndex
CREATE INDEX "SupervisorVisit_supervisorId_status_idx" ON "SupervisorVisit"("supervisorId", "status");

-- AddForeignKey
ALTER TABLE "VisitSlot" ADD CONSTRAINT "VisitSlot_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "SupervisorVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
