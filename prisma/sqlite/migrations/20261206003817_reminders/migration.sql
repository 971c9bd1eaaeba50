-- CreateTable
CREATE TABLE "Reminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Reminder_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (new columns at the end, so no table rebuild: other migrations that change UserPref stay independent)
ALTER TABLE "UserPref" ADD COLUMN "remindMinutes" INTEGER;
ALTER TABLE "UserPref" ADD COLUMN "visible" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "UserPref" ADD COLUMN "displayName" TEXT;

-- CreateIndex
CREATE INDEX "Reminder_state_dueAt_idx" ON "Reminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_eventId_platform_userId_key" ON "Reminder"("eventId", "platform", "userId");
