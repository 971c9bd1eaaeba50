-- CreateTable
CREATE TABLE "ChannelOptIns" (
    "channelId" INTEGER NOT NULL,
    "syncEvents" BOOLEAN NOT NULL DEFAULT false,
    "threads" BOOLEAN NOT NULL DEFAULT false,
    "syncProblem" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelOptIns_pkey" PRIMARY KEY ("channelId")
);

-- CreateTable
CREATE TABLE "GuildEventSync" (
    "id" SERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "eventId" INTEGER NOT NULL,
    "externalId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "hash" TEXT,
    "interested" INTEGER,
    "lastError" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuildEventSync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostThread" (
    "postId" INTEGER NOT NULL,
    "threadId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "noticedVersion" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostThread_pkey" PRIMARY KEY ("postId")
);

-- CreateIndex
CREATE UNIQUE INDEX "GuildEventSync_workspaceId_eventId_key" ON "GuildEventSync"("workspaceId", "eventId");

-- AddForeignKey
ALTER TABLE "ChannelOptIns" ADD CONSTRAINT "ChannelOptIns_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuildEventSync" ADD CONSTRAINT "GuildEventSync_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostThread" ADD CONSTRAINT "PostThread_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
