-- Version 3: comments on ranges of a matter's text ("part" is "claims" or a section key; start and end are offsets
-- into that part's text; "quote" is the text commented on, to find the range again after edits).
CREATE TABLE matter_comment (
    id          TEXT PRIMARY KEY,
    matter_id   TEXT NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    part        TEXT NOT NULL,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL
);
CREATE INDEX matter_comment_by_matter ON matter_comment(matter_id, part, start_at);
