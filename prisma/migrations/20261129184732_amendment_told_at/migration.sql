-- AlterTable
ALTER TABLE "AgreementAmendment" ADD COLUMN     "toldAt" TIMESTAMPTZ(3);

