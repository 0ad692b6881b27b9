-- Master-data details beyond the interchange contract (its optional extension keys):
-- stock band, defect rate and buyer of items; supplier contacts; the line level of the
-- organisation tree; waiting times after an operation; stock on inspection and allocated.

ALTER TABLE item ADD COLUMN min_stock REAL NOT NULL DEFAULT 0 CHECK (min_stock >= 0);
ALTER TABLE item ADD COLUMN max_stock REAL NOT NULL DEFAULT 0 CHECK (max_stock >= 0);
ALTER TABLE item ADD COLUMN defect_rate REAL NOT NULL DEFAULT 0 CHECK (defect_rate >= 0 AND defect_rate < 1);
ALTER TABLE item ADD COLUMN buyer TEXT NOT NULL DEFAULT '';

ALTER TABLE supplier ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE supplier ADD COLUMN phone TEXT NOT NULL DEFAULT '';

ALTER TABLE work_center ADD COLUMN line TEXT NOT NULL DEFAULT '';

ALTER TABLE routing_operation ADD COLUMN queue_minutes REAL NOT NULL DEFAULT 0 CHECK (queue_minutes >= 0);
ALTER TABLE routing_operation ADD COLUMN inspection_minutes REAL NOT NULL DEFAULT 0 CHECK (inspection_minutes >= 0);
ALTER TABLE routing_operation ADD COLUMN move_minutes REAL NOT NULL DEFAULT 0 CHECK (move_minutes >= 0);

ALTER TABLE inventory ADD COLUMN on_inspection REAL NOT NULL DEFAULT 0 CHECK (on_inspection >= 0);
ALTER TABLE inventory ADD COLUMN allocated REAL NOT NULL DEFAULT 0 CHECK (allocated >= 0);
CREATE INDEX inventory_item ON inventory (item);
CREATE INDEX routing_operation_item ON routing_operation (item);
-- New routings go after the last one: max(routing_position) must not scan every operation.
CREATE INDEX routing_operation_position ON routing_operation (routing_position);
