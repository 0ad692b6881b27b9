-- The sales order lifecycle (docs/orders.md): status, order date and type of an order, the
-- promised date (确认交期) of a line, partial shipments, the departments' verdicts of the order
-- review (订单评审) and the order's change history. Orders loaded before this version were all
-- planned as demand, so they become confirmed.

ALTER TABLE sales_order ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed'
    CHECK (status IN ('draft', 'in_review', 'confirmed', 'in_production', 'partially_shipped', 'shipped', 'cancelled'));
ALTER TABLE sales_order ADD COLUMN order_date TEXT;
ALTER TABLE sales_order ADD COLUMN custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1));
ALTER TABLE sales_order ADD COLUMN note TEXT NOT NULL DEFAULT '';

ALTER TABLE sales_order_line ADD COLUMN promised TEXT;

CREATE TABLE sales_shipment (
    id      INTEGER PRIMARY KEY,
    line    INTEGER NOT NULL REFERENCES sales_order_line (id) ON DELETE CASCADE,
    number  TEXT NOT NULL DEFAULT '',
    date    TEXT NOT NULL,
    qty     REAL NOT NULL CHECK (qty > 0)
);
CREATE INDEX sales_shipment_line ON sales_shipment (line);

CREATE TABLE order_review (
    id          INTEGER PRIMARY KEY,
    sales_order INTEGER NOT NULL REFERENCES sales_order (id) ON DELETE CASCADE,
    department  TEXT NOT NULL
        CHECK (department IN ('sales', 'engineering', 'quality', 'production', 'purchasing', 'pmc')),
    verdict     TEXT NOT NULL CHECK (verdict IN ('accept', 'accept_with_conditions', 'reject')),
    can_meet    TEXT,
    comment     TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL DEFAULT '',
    UNIQUE (sales_order, department)
);

-- Kept by order number, without a foreign key: the history of a removed or re-imported order
-- stays readable.
CREATE TABLE sales_order_event (
    id       INTEGER PRIMARY KEY,
    order_no TEXT NOT NULL,
    at       TEXT NOT NULL,
    author   TEXT NOT NULL DEFAULT '',
    kind     TEXT NOT NULL,
    line_no  INTEGER NOT NULL DEFAULT 0,
    before   TEXT NOT NULL DEFAULT '',
    after    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_order_event_order ON sales_order_event (order_no, id);

-- Which departments the review waits for: always, custom (orders) or never.
CREATE TABLE review_requirement (
    department  TEXT PRIMARY KEY
        CHECK (department IN ('sales', 'engineering', 'quality', 'production', 'purchasing', 'pmc')),
    requirement TEXT NOT NULL CHECK (requirement IN ('always', 'custom', 'never'))
);
