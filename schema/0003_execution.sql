-- Shop-floor execution: completion reports (the 08:30 returns) per operation of a work order.
-- Reports belong to the work order they were made on: an import replaces every work order, so
-- ON DELETE CASCADE drops the reports with it (a report on a replaced order means nothing).

CREATE TABLE completion_report (
    id           INTEGER PRIMARY KEY,
    work_order   TEXT NOT NULL REFERENCES work_order (number) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    report_date  TEXT NOT NULL,
    good_qty     REAL NOT NULL CHECK (good_qty >= 0),
    scrap_qty    REAL NOT NULL DEFAULT 0 CHECK (scrap_qty >= 0),
    scrap_reason TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX completion_report_order ON completion_report (work_order, seq);
