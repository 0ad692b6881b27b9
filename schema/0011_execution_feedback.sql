-- Execution feedback (docs/execution.md, docs/purchasing.md, docs/kpi.md): who made a completion
-- report and the hours worked, abnormal hours (异常工时), piece rates (计件工资), receipts of
-- purchase orders with incoming inspection (IQC) and the suppliers' promised dates, the unit cost
-- that values stock, and the stations of a line for line balancing (拉线平衡).

ALTER TABLE completion_report ADD COLUMN worker TEXT NOT NULL DEFAULT '';
ALTER TABLE completion_report ADD COLUMN labour_hours REAL NOT NULL DEFAULT 0 CHECK (labour_hours >= 0);

-- Hours lost on a work center for a reason outside the worker's control. The work center and the
-- work order are kept as text, without foreign keys, so an import that replaces master data or
-- orders keeps the plant's history of lost hours.
CREATE TABLE abnormal_hours (
    id          INTEGER PRIMARY KEY,
    report_date TEXT NOT NULL,
    work_center TEXT NOT NULL,
    work_order  TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL CHECK (category IN ('material', 'equipment', 'tooling', 'quality', 'other')),
    hours       REAL NOT NULL CHECK (hours > 0),
    owner       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX abnormal_hours_date ON abnormal_hours (report_date);

ALTER TABLE routing_operation ADD COLUMN piece_rate REAL NOT NULL DEFAULT 0 CHECK (piece_rate >= 0);
ALTER TABLE item ADD COLUMN unit_cost REAL NOT NULL DEFAULT 0 CHECK (unit_cost >= 0);

-- What has arrived on a purchase order and was not rejected (on inspection or accepted); the open
-- quantity MRP plans with is qty − received_qty.
ALTER TABLE purchase_order ADD COLUMN received_qty REAL NOT NULL DEFAULT 0 CHECK (received_qty >= 0);

-- Receipts belong to their purchase order like completion reports to their work order.
CREATE TABLE purchase_receipt (
    id             INTEGER PRIMARY KEY,
    purchase_order TEXT NOT NULL REFERENCES purchase_order (number) ON DELETE CASCADE ON UPDATE CASCADE,
    receipt_date   TEXT NOT NULL,
    qty            REAL NOT NULL CHECK (qty > 0),
    inspection     TEXT NOT NULL DEFAULT 'pending' CHECK (inspection IN ('pending', 'inspected')),
    accepted_qty   REAL NOT NULL DEFAULT 0 CHECK (accepted_qty >= 0),
    rejected_qty   REAL NOT NULL DEFAULT 0 CHECK (rejected_qty >= 0),
    disposition    TEXT NOT NULL DEFAULT '',
    inspected_date TEXT,
    note           TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL
);
CREATE INDEX purchase_receipt_order ON purchase_receipt (purchase_order);

-- Every date a supplier promised for a purchase order, oldest first; the latest is the current one.
CREATE TABLE purchase_promise (
    id             INTEGER PRIMARY KEY,
    purchase_order TEXT NOT NULL REFERENCES purchase_order (number) ON DELETE CASCADE ON UPDATE CASCADE,
    promised_date  TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT NOT NULL
);
CREATE INDEX purchase_promise_order ON purchase_promise (purchase_order);

-- The stations of an assembly line in flow order, for the line balance sheet.
CREATE TABLE line_station (
    id        INTEGER PRIMARY KEY,
    line      TEXT NOT NULL,
    station   TEXT NOT NULL,
    name      TEXT NOT NULL DEFAULT '',
    operators INTEGER NOT NULL DEFAULT 1 CHECK (operators >= 1),
    seconds   REAL NOT NULL CHECK (seconds > 0),
    UNIQUE (line, station)
);
