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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UserPref" (
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "homeName" TEXT,
    "homeLat" REAL,
    "homeLon" REAL,
    "timezone" TEXT,
    "remindMinutes" INTEGER,
    "visible" BOOLEAN NOT NULL DEFAULT false,
    "displayName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("platform", "userId")
);
INSERT INTO "new_UserPref" ("createdAt", "homeLat", "homeLon", "homeName", "platform", "timezone", "updatedAt", "userId") SELECT "createdAt", "homeLat", "homeLon", "homeName", "platform", "timezone", "updatedAt", "userId" FROM "UserPref";
DROP TABLE "UserPref";
ALTER TABLE "new_UserPref" RENAME TO "UserPref";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Reminder_state_dueAt_idx" ON "Reminder"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_eventId_platform_userId_key" ON "Reminder"("eventId", "platform", "userId");
