-- Version 2: a docket number per matter, and a checksum of each matter's stored content (SHA-256 of its JSON
-- form), so that verify and salvage can tell a matter read back whole from one with a damaged or missing part.
ALTER TABLE matter ADD COLUMN docket TEXT NOT NULL DEFAULT '';
ALTER TABLE matter ADD COLUMN content_sha TEXT NOT NULL DEFAULT '';
