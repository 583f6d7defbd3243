-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "unansweredRemindedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "InterviewBooking" ADD COLUMN     "cancellationNote" TEXT;
