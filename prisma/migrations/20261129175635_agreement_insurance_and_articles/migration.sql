-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "insurance" TEXT;

-- AlterTable
ALTER TABLE "AgreementCircuit" ADD COLUMN     "articles" JSONB;

