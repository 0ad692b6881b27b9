-- Scheduling data (extension keys `items[].family`, `changeovers`, `pinned_operations`):
-- product families (机型) and the changeover minutes between them per work center, so that the
-- scheduler can keep the same model running; and the operations the planner pinned (锁定) to a
-- unit and a start, which the scheduler leaves where they are. References are checked by the
-- application (FactoryValidator) rather than by foreign keys: a pin outlives its work order's
-- completion, and renaming a work center must be refused with a message, not a constraint error.

ALTER TABLE item ADD COLUMN family TEXT NOT NULL DEFAULT '';

CREATE TABLE changeover (
    id          INTEGER PRIMARY KEY,
    work_center TEXT NOT NULL,
    from_family TEXT NOT NULL,
    to_family   TEXT NOT NULL,
    minutes     REAL NOT NULL CHECK (minutes >= 0),
    UNIQUE (work_center, from_family, to_family)
);

CREATE TABLE operation_pin (
    id           INTEGER PRIMARY KEY,
    order_number TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    unit         INTEGER NOT NULL CHECK (unit >= 0),
    start_date   TEXT NOT NULL,
    start_minute INTEGER NOT NULL CHECK (start_minute >= 0 AND start_minute < 1440),
    UNIQUE (order_number, seq)
);
