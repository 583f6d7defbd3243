-- CreateEnum
CREATE TYPE "AbsenceReason" AS ENUM ('SICK', 'LEAVE', 'SCHOOL', 'OTHER');

-- CreateEnum
CREATE TYPE "IssueCategory" AS ENUM ('CONFLICT', 'SAFETY', 'WORKLOAD', 'MISSING_TUTOR', 'OTHER');

-- AlterTable
ALTER TABLE "Internship" ADD COLUMN     "terminatedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "absenceReason" "AbsenceReason",
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "ActivityLog" ADD COLUMN     "learnings" TEXT;

-- AlterTable
ALTER TABLE "InternshipIssue" ADD COLUMN     "category" "IssueCategory" NOT NULL DEFAULT 'OTHER',
ADD COLUMN     "notifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "resolvedById" TEXT;

-- CreateTable
CREATE TABLE "ActivityComment" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorRole" "Role" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActivityComment_activityId_idx" ON "ActivityComment"("activityId");

-- CreateIndex
CREATE INDEX "ActivityComment_authorId_idx" ON "ActivityComment"("authorId");

-- CreateIndex
CREATE INDEX "Attendance_recordedById_idx" ON "Attendance"("recordedById");

-- CreateIndex
CREATE INDEX "InternshipIssue_resolvedById_idx" ON "InternshipIssue"("resolvedById");

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityComment" ADD CONSTRAINT "ActivityComment_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ActivityLog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityComment" ADD CONSTRAINT "ActivityComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipIssue" ADD CONSTRAINT "InternshipIssue_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

