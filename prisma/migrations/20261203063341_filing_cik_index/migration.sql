-- CreateIndex
CREATE INDEX "Filing_cik_idx" ON "Filing"("cik");
