-- The orders of the outbox sample. Spring Modulith creates its EVENT_PUBLICATION table itself
-- (spring.modulith.events.jdbc.schema-initialization.enabled).
CREATE TABLE IF NOT EXISTS orders
(
  id        VARCHAR(40)    NOT NULL PRIMARY KEY,
  customer  VARCHAR(200)   NOT NULL,
  amount    DECIMAL(12, 2) NOT NULL,
  placed_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
