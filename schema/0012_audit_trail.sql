-- The audit trail (docs/audit.md): who changed what and when, with the rows before and after as
-- scenario JSON, for master data, orders, settings, plans and their releases, and the records of
-- the shop floor and purchasing. Written in the same transaction as the change it describes.
CREATE TABLE audit_event (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,            -- local time YYYY-MM-DDTHH:MM:SS
    user_name  TEXT NOT NULL,
    action     TEXT NOT NULL,            -- import, edit, release, record, take_back, …
    entity     TEXT NOT NULL,            -- the scenario section (items, work_orders, settings, …) or plan
    entity_key TEXT NOT NULL DEFAULT '', -- code or number of the row
    before     TEXT,                     -- JSON; NULL when the row was created
    after      TEXT                      -- JSON; NULL when the row was removed
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_entity ON audit_event (entity, entity_key);
