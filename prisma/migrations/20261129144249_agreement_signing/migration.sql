-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "contentSha256" TEXT,
ADD COLUMN     "place" TEXT,
ADD COLUMN     "tasks" TEXT;

-- AlterTable
ALTER TABLE "AgreementStep" ADD COLUMN     "askedAt" TIMESTAMPTZ(3),
ADD COLUMN     "codeExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "codeHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "AgreementStep_codeHash_key" ON "AgreementStep"("codeHash");

