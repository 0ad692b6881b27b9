-- The planner's review of MRP exception messages (done, with a note). Every run regenerates the
-- messages, so a review is keyed by what names a message across runs: item, kind, order and
-- date (order_no is '' for past_due, whose planned order ids each run numbers anew). No foreign
-- key to item: an import replaces the items, and the marks should still apply when the same
-- exception comes back; a mark nothing matches any more is simply not shown.

CREATE TABLE exception_review (
    item     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('past_due', 'expedite', 'excess')),
    order_no TEXT NOT NULL DEFAULT '',
    date     TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    done_at  TEXT NOT NULL,
    PRIMARY KEY (item, kind, order_no, date)
);
