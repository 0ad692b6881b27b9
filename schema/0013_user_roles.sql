-- Roles of the people sharing a server database (docs/server.md): a login may hold several,
-- a reviewer one row per department. No rows = nobody restricted yet (a new plant).
CREATE TABLE user_role (
    user_name  TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'planner', 'reviewer', 'purchasing', 'reporter', 'viewer')),
    department TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (user_name, role, department)
);
