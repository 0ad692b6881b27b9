-- Supply the planner creates from MRP proposals (extension keys `firm_planned_orders` and
-- `purchase_requisitions`): firm planned orders (确认的计划订单), which MRP keeps as they are
-- until they become work orders or requisitions, and purchase requisitions (请购单), which
-- purchasing turns into purchase orders. Both count as supply on `due`.

CREATE TABLE firm_planned_order (
    id      INTEGER PRIMARY KEY,
    number  TEXT NOT NULL UNIQUE,
    item    TEXT NOT NULL REFERENCES item (code),
    qty     REAL NOT NULL CHECK (qty > 0),
    due     TEXT NOT NULL,
    release TEXT NOT NULL CHECK (release <= due)
);
CREATE INDEX firm_planned_order_item ON firm_planned_order (item);

CREATE TABLE purchase_requisition (
    id       INTEGER PRIMARY KEY,
    number   TEXT NOT NULL UNIQUE,
    item     TEXT NOT NULL REFERENCES item (code),
    qty      REAL NOT NULL CHECK (qty > 0),
    due      TEXT NOT NULL,
    release  TEXT NOT NULL CHECK (release <= due),
    supplier TEXT REFERENCES supplier (code)
);
CREATE INDEX purchase_requisition_item ON purchase_requisition (item);

-- A run's output keeps the firm planned orders among its planned orders (the scheduler plans
-- both), marked so.
ALTER TABLE planned_order ADD COLUMN firm INTEGER NOT NULL DEFAULT 0 CHECK (firm IN (0, 1));
