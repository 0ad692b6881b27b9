-- Results of the last MRP run: the scheduler plans the planned make orders of this run, and the
-- desktop app shows them without re-running MRP. Replaced as a whole by each run.

CREATE TABLE mrp_run (
    id          INTEGER PRIMARY KEY,
    run_at      TEXT NOT NULL,
    today       TEXT NOT NULL
);

CREATE TABLE planned_order (
    id      TEXT PRIMARY KEY,
    run     INTEGER NOT NULL REFERENCES mrp_run (id) ON DELETE CASCADE,
    item    TEXT NOT NULL REFERENCES item (code) ON DELETE CASCADE,
    qty     REAL NOT NULL,
    due     TEXT NOT NULL,
    release TEXT NOT NULL,
    source  TEXT NOT NULL CHECK (source IN ('make', 'buy'))
);

CREATE TABLE planned_order_pegging (
    id            INTEGER PRIMARY KEY,
    planned_order TEXT NOT NULL REFERENCES planned_order (id) ON DELETE CASCADE,
    demand        TEXT NOT NULL,
    qty           REAL NOT NULL
);

CREATE TABLE mrp_exception (
    id       INTEGER PRIMARY KEY,
    run      INTEGER NOT NULL REFERENCES mrp_run (id) ON DELETE CASCADE,
    item     TEXT NOT NULL REFERENCES item (code) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('past_due', 'expedite', 'excess')),
    date     TEXT NOT NULL,
    message  TEXT NOT NULL,
    order_no TEXT NOT NULL DEFAULT ''
);
