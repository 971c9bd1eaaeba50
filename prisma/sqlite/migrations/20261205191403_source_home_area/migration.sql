-- AlterTable
ALTER TABLE "Source" ADD COLUMN "homeBasis" TEXT;
ALTER TABLE "Source" ADD COLUMN "homeCountry" TEXT;
ALTER TABLE "Source" ADD COLUMN "homeLabel" TEXT;
ALTER TABLE "Source" ADD COLUMN "homeLat" REAL;
ALTER TABLE "Source" ADD COLUMN "homeLon" REAL;
ALTER TABLE "Source" ADD COLUMN "homeTimezone" TEXT;
