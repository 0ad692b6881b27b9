-- Kitting lists (docs/plans.md): the warehouse location (库位) of a stock row, and the material
-- the warehouse issued to (or took back from) a work order. Issues belong to their work order
-- like completion reports: an import replaces every work order, and the cascade drops the issues
-- with it. The item is kept as text, without a foreign key, so replacing the items does not
-- stop at an issue row.

ALTER TABLE inventory ADD COLUMN location TEXT NOT NULL DEFAULT '';

CREATE TABLE material_issue (
    id          INTEGER PRIMARY KEY,
    work_order  TEXT NOT NULL REFERENCES work_order (number) ON DELETE CASCADE,
    item        TEXT NOT NULL,
    qty         REAL NOT NULL CHECK (qty <> 0),
    issue_date  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX material_issue_order ON material_issue (work_order, item);
