-- Credits (billing, when RESUMAX_BILLING turns it on). A user's balance, changed only together
-- with an append-only ledger row that says why and what the balance became; it never goes
-- below zero. Erased with the account (Stripe keeps the payment records).
CREATE TABLE credit_balances (
  user_id    TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  balance    INTEGER NOT NULL CHECK (balance >= 0),
  plan       TEXT NOT NULL DEFAULT 'free',
  updated_at TEXT NOT NULL
);

CREATE TABLE credit_ledger (
  id                TEXT PRIMARY KEY,
  user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The row's place in the user's ledger (1, 2, ...): changes of one balance are serial (each
  -- holds its balance row), so the next number is the largest plus one.
  seq               INTEGER NOT NULL,
  delta             INTEGER NOT NULL,
  reason            TEXT NOT NULL
                    CHECK (reason IN ('signup', 'purchase', 'optimization', 'returned', 'refund',
                                      'manual')),
  balance_after     INTEGER NOT NULL CHECK (balance_after >= 0),
  -- Each Stripe event changes a balance at most once, whatever the number of deliveries.
  stripe_event_id   TEXT UNIQUE,
  stripe_payment_id TEXT,
  pack_id           TEXT,
  optimization_id   TEXT,
  actor_id          TEXT,
  note              TEXT,
  created_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX credit_ledger_user ON credit_ledger (user_id, seq);
CREATE INDEX credit_ledger_payment ON credit_ledger (stripe_payment_id)
  WHERE stripe_payment_id IS NOT NULL;
-- An optimization spends once and is given back at most once.
CREATE UNIQUE INDEX credit_ledger_optimization ON credit_ledger (optimization_id, reason)
  WHERE optimization_id IS NOT NULL;

-- The Checkout Sessions users started: what each one buys, and when it was paid.
CREATE TABLE billing_checkouts (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  pack_id      TEXT NOT NULL,
  credits      INTEGER NOT NULL CHECK (credits > 0),
  created_at   TEXT NOT NULL,
  completed_at TEXT
);
CREATE INDEX billing_checkouts_user ON billing_checkouts (user_id, created_at);

-- Stripe events received (verified), the fields applying them needs and nothing else; applied_at
-- stays empty until the event has changed what it changes (a refund whose purchase has not
-- arrived yet waits here for it).
CREATE TABLE billing_events (
  id              TEXT PRIMARY KEY,
  type            TEXT NOT NULL,
  payment_id      TEXT,
  amount          INTEGER,
  amount_refunded INTEGER,
  received_at     TEXT NOT NULL,
  applied_at      TEXT
);
CREATE INDEX billing_events_payment ON billing_events (payment_id) WHERE payment_id IS NOT NULL;
