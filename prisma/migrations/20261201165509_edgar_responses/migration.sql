-- CreateTable
CREATE TABLE "EdgarResponse" (
    "path" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EdgarResponse_pkey" PRIMARY KEY ("path")
);
