-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "signingDocumentId" TEXT;

-- AlterTable
ALTER TABLE "AgreementAmendmentStep" ADD COLUMN     "lastRemindedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_signingDocumentId_key" ON "Agreement"("signingDocumentId");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signingDocumentId_fkey" FOREIGN KEY ("signingDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

