-- What-if for the customer list (not a migration): one partial index per sort of the live list
-- (TrashedAt IS NULL) replaces the TrashedAt-leading index and the unfiltered sort indexes.
-- Same SQL on SQLite and PostgreSQL. Apply to a benchmark database only:
--   sqlite3 bench/.data/customer-center.db < bench/experiments/live-list-indexes.sql
--   psql -h 127.0.0.1 -p 55432 -U postgres -d cc_bench -f bench/experiments/live-list-indexes.sql
DROP INDEX IF EXISTS "IX_Customers_TrashedAt_NameNormalized";
DROP INDEX IF EXISTS "IX_Customers_NameNormalized_Id";
DROP INDEX IF EXISTS "IX_Customers_CreatedAt_Id";
DROP INDEX IF EXISTS "IX_Customers_Email_Id";
DROP INDEX IF EXISTS "IX_Customers_Currency_NameNormalized";
CREATE INDEX "IX_Customers_Live_NameNormalized_Id" ON "Customers" ("NameNormalized", "Id") WHERE "TrashedAt" IS NULL;
CREATE INDEX "IX_Customers_Live_CreatedAt_Id" ON "Customers" ("CreatedAt", "Id") WHERE "TrashedAt" IS NULL;
CREATE INDEX "IX_Customers_Live_Email_Id" ON "Customers" ("Email", "Id") WHERE "TrashedAt" IS NULL;
CREATE INDEX "IX_Customers_Live_Currency_NameNormalized_Id" ON "Customers" ("Currency", "NameNormalized", "Id") WHERE "TrashedAt" IS NULL;
CREATE INDEX "IX_Customers_Trashed_NameNormalized_Id" ON "Customers" ("NameNormalized", "Id") WHERE "TrashedAt" IS NOT NULL;
