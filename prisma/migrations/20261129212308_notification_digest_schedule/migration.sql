-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "NotificationSettings" ADD COLUMN     "digestFrequency" "DigestFrequency" NOT NULL DEFAULT 'DAILY',
ADD COLUMN     "digestHour" INTEGER NOT NULL DEFAULT 6;

