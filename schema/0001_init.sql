-- Planning data of one factory: master data and open orders (interchange.md §1).
-- Rows keep their input order through integer primary keys so that export round-trips.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE calendar_workday (
    iso_weekday INTEGER PRIMARY KEY CHECK (iso_weekday BETWEEN 1 AND 7)
);

CREATE TABLE calendar_shift (
    id           INTEGER PRIMARY KEY,
    start_minute INTEGER NOT NULL CHECK (start_minute >= 0),
    end_minute   INTEGER NOT NULL CHECK (end_minute <= 1440 AND end_minute > start_minute)
);

CREATE TABLE calendar_holiday (
    date TEXT PRIMARY KEY
);

-- Make-up working days (调休上班); a date in both lists is worked.
CREATE TABLE calendar_extra_workday (
    date TEXT PRIMARY KEY
);

CREATE TABLE supplier (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE item (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    type           TEXT NOT NULL CHECK (type IN ('finished', 'semi', 'raw', 'packaging')),
    uom            TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('make', 'buy')),
    lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
    safety_stock   REAL NOT NULL CHECK (safety_stock >= 0),
    lot_rule       TEXT NOT NULL CHECK (lot_rule IN ('lot_for_lot', 'fixed', 'min_multiple')),
    lot_size       REAL NOT NULL DEFAULT 0,
    lot_moq        REAL NOT NULL DEFAULT 0,
    lot_multiple   REAL NOT NULL DEFAULT 0,
    supplier       TEXT REFERENCES supplier (code)
);

CREATE TABLE bom_line (
    id         INTEGER PRIMARY KEY,
    parent     TEXT NOT NULL REFERENCES item (code),
    component  TEXT NOT NULL REFERENCES item (code),
    qty_per    REAL NOT NULL CHECK (qty_per >= 0),
    scrap_rate REAL NOT NULL CHECK (scrap_rate >= 0),
    valid_from TEXT,
    valid_to   TEXT
);
CREATE INDEX bom_line_parent ON bom_line (parent);
CREATE INDEX bom_line_component ON bom_line (component);

CREATE TABLE work_center (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    workshop       TEXT NOT NULL,
    parallel_units INTEGER NOT NULL CHECK (parallel_units >= 1),
    efficiency     REAL NOT NULL CHECK (efficiency > 0)
);

CREATE TABLE calendar_overtime (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL,
    work_center  TEXT NOT NULL REFERENCES work_center (code),
    start_minute INTEGER NOT NULL,
    end_minute   INTEGER NOT NULL CHECK (end_minute > start_minute)
);

CREATE TABLE routing_operation (
    id                   INTEGER PRIMARY KEY,
    item                 TEXT NOT NULL REFERENCES item (code),
    routing_position     INTEGER NOT NULL,
    seq                  INTEGER NOT NULL,
    work_center          TEXT NOT NULL REFERENCES work_center (code),
    setup_minutes        REAL NOT NULL CHECK (setup_minutes >= 0),
    run_minutes_per_unit REAL NOT NULL CHECK (run_minutes_per_unit >= 0),
    UNIQUE (item, seq)
);

CREATE TABLE inventory (
    id      INTEGER PRIMARY KEY,
    item    TEXT NOT NULL REFERENCES item (code),
    on_hand REAL NOT NULL CHECK (on_hand >= 0)
);

CREATE TABLE purchase_order (
    id       INTEGER PRIMARY KEY,
    number   TEXT NOT NULL UNIQUE,
    item     TEXT NOT NULL REFERENCES item (code),
    qty      REAL NOT NULL CHECK (qty >= 0),
    due      TEXT NOT NULL,
    supplier TEXT REFERENCES supplier (code)
);

CREATE TABLE work_order (
    id            INTEGER PRIMARY KEY,
    number        TEXT NOT NULL UNIQUE,
    item          TEXT NOT NULL REFERENCES item (code),
    qty           REAL NOT NULL CHECK (qty >= 0),
    due           TEXT NOT NULL,
    completed_qty REAL NOT NULL DEFAULT 0 CHECK (completed_qty >= 0)
);

CREATE TABLE sales_order (
    id       INTEGER PRIMARY KEY,
    number   TEXT NOT NULL UNIQUE,
    customer TEXT NOT NULL,
    priority INTEGER NOT NULL
);

CREATE TABLE sales_order_line (
    id          INTEGER PRIMARY KEY,
    sales_order INTEGER NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,
    item        TEXT NOT NULL REFERENCES item (code),
    qty         REAL NOT NULL CHECK (qty >= 0),
    due         TEXT NOT NULL,
    UNIQUE (sales_order, line_no)
);
