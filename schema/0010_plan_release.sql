-- Released daily plans (docs/plans.md "Release"): every release of a date's plan, for all
-- workshops ('') or for one, gets the next version number of that date and workshop and keeps
-- the plan as it was handed to the shop floor, as the `plan daily --json` document with the
-- start and end times on the plan's date. Releases are history: an import that replaces the
-- planning data keeps them, so they name orders as text, without foreign keys.

CREATE TABLE plan_release (
    id           INTEGER PRIMARY KEY,
    plan_date    TEXT NOT NULL,
    workshop     TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL CHECK (version > 0),
    released_by  TEXT NOT NULL,
    released_at  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    pinned_steps INTEGER NOT NULL DEFAULT 0,
    plan_json    TEXT NOT NULL,
    UNIQUE (plan_date, workshop, version)
);
