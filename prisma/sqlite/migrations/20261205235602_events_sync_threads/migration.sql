-- CreateTable
CREATE TABLE "ChannelOptIns" (
    "channelId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "syncEvents" BOOLEAN NOT NULL DEFAULT false,
    "threads" BOOLEAN NOT NULL DEFAULT false,
    "syncProblem" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChannelOptIns_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GuildEventSync" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "workspaceId" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "externalId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "hash" TEXT,
    "interested" INTEGER,
    "lastError" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GuildEventSync_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostThread" (
    "postId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "threadId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "noticedVersion" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PostThread_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "GuildEventSync_workspaceId_eventId_key" ON "GuildEventSync"("workspaceId", "eventId");
