-- Version 5: each matter's prior-art chart. chart_reference: the reference files charted, in order, and whether the
-- matter's own specification is charted with them. chart_mark: the reviewer's verdict on a cell (a passage of a
-- reference for a claim element), keyed by what the cell is about rather than by its place in one chart: the
-- reference's content (SHA-256 of the file's bytes, or 'specification'), the claim number, the element's text and
-- the SHA-256 of the passage's text; so a mark comes back when the same references are charted again, indexed anew
-- or read from the cache, and it is only lost when its passage or element text itself changes.
CREATE TABLE chart_reference (
    matter_id   TEXT NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    path        TEXT NOT NULL,
    PRIMARY KEY (matter_id, position)
);
CREATE TABLE chart_option (
    matter_id      TEXT PRIMARY KEY REFERENCES matter(id) ON DELETE CASCADE,
    specification  INTEGER NOT NULL
);
CREATE TABLE chart_mark (
    matter_id      TEXT NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    reference_sha  TEXT NOT NULL,
    claim          INTEGER NOT NULL,
    element        TEXT NOT NULL,
    passage_sha    TEXT NOT NULL,
    mark           TEXT,
    note           TEXT NOT NULL,
    modified_ms    INTEGER NOT NULL,
    PRIMARY KEY (matter_id, reference_sha, claim, element, passage_sha)
);
