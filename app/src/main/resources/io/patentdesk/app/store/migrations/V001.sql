-- Version 1: matters with their sections and suppressions, and version snapshots.
CREATE TABLE matter (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    claims      TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL
);
CREATE TABLE matter_section (
    matter_id   TEXT NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    section     TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (matter_id, section)
);
CREATE TABLE suppression (
    matter_id   TEXT NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    rule_id     TEXT NOT NULL,
    anchor      TEXT NOT NULL,
    note        TEXT NOT NULL,
    PRIMARY KEY (matter_id, position)
);
CREATE TABLE matter_version (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    matter_id   TEXT NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    saved_ms    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    content     TEXT NOT NULL
);
CREATE INDEX matter_version_by_matter ON matter_version(matter_id, saved_ms);
