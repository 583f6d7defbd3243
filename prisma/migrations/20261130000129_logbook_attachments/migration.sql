-- AlterEnum
ALTER TYPE "DocumentKind" ADD VALUE 'LOGBOOK_ATTACHMENT';

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "activityId" TEXT;

-- CreateIndex
CREATE INDEX "Document_activityId_idx" ON "Document"("activityId");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ActivityLog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

