-- AlterEnum
ALTER TYPE "AuthTokenPurpose" ADD VALUE 'CHANGE_EMAIL';

