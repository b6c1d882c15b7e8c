-- Version 4: the office whose rules and fees apply to a matter ('auto': guessed from its text each time it is
-- checked; else 'uspto', 'epo', 'cnipa', 'jpo') and the applicant's USPTO entity size ('large', 'small', 'micro').
-- Rows written before read as the defaults.
ALTER TABLE matter ADD COLUMN office TEXT NOT NULL DEFAULT 'auto';
ALTER TABLE matter ADD COLUMN entity TEXT NOT NULL DEFAULT 'large';
