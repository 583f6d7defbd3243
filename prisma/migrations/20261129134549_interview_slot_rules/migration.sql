-- AlterTable
ALTER TABLE "InterviewSlot" ADD COLUMN     "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "minNoticeMinutes" INTEGER NOT NULL DEFAULT 1440,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris';

-- AlterTable
ALTER TABLE "InterviewBooking" ADD COLUMN     "notifiedSequence" INTEGER NOT NULL DEFAULT -1,
ADD COLUMN     "outcomeAt" TIMESTAMPTZ(3),
ADD COLUMN     "outcomeNotes" TEXT,
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

