// The schema, as an append-only list of migrations. Never edit a migration that has shipped:
// databases in the field already ran it. Add a new one with the next version instead.
// Each `up` runs inside one transaction with foreign_keys ON; a migration that must rebuild a
// table (SQLite's ALTER is limited) should create-copy-drop-rename in that same transaction.

export interface Migration {
  version: number; // 1, 2, 3, ... contiguous; stored in PRAGMA user_version once applied
  name: string;
  up: string; // SQL, may hold several statements
}

// Conventions: ids are TEXT (random UUIDs, except dataset_versions.id which is a sha256 hex
// content hash); times are INTEGER ms since the Unix epoch in *_at_ms columns; booleans are
// 0/1 INTEGERs; *_json columns hold JSON text (checked with json_valid).
const initialSchema = `
CREATE TABLE requests (
  id                TEXT PRIMARY KEY,
  platform          TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console', 'cli', 'eval')),
  platform_user_id  TEXT NOT NULL,
  guild_id          TEXT,  -- Discord guild or Slack team; NULL for DMs, console, cli, eval
  channel_id        TEXT,
  kind              TEXT NOT NULL CHECK (kind IN ('diagram', 'render', 'regenerate', 'fix')),
  request_text      TEXT NOT NULL,  -- the prompt, or the pasted code for 'render'
  theme             TEXT,
  parent_request_id TEXT REFERENCES requests (id) ON DELETE SET NULL,  -- what 'regenerate'/'fix' redoes
  status            TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'answered', 'failed')),
  error_code        TEXT,
  created_at_ms     INTEGER NOT NULL,
  answered_at_ms    INTEGER,  -- set when the user got a reply, success or error
  CHECK ((status = 'failed') = (error_code IS NOT NULL))
);
-- Rate limits count one user's recent requests.
CREATE INDEX requests_by_user_time ON requests (platform, platform_user_id, created_at_ms);
CREATE INDEX requests_by_time ON requests (created_at_ms);

CREATE TABLE generations (
  id            TEXT PRIMARY KEY,
  request_id    TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  -- No FK to models: remote and retrieval backends generate too and are not registered models.
  model_id      TEXT NOT NULL,
  attempt       INTEGER NOT NULL CHECK (attempt >= 1),  -- 1 = first try, 2+ = retries after a failed compile
  code          TEXT NOT NULL,
  prompt_tokens INTEGER CHECK (prompt_tokens >= 0),  -- NULL when the backend does not report it
  output_tokens INTEGER CHECK (output_tokens >= 0),
  duration_ms   INTEGER NOT NULL CHECK (duration_ms >= 0),
  created_at_ms INTEGER NOT NULL,
  UNIQUE (request_id, attempt),
  UNIQUE (id, request_id)  -- target of compiles' composite FK
);
CREATE INDEX generations_by_model_time ON generations (model_id, created_at_ms);

CREATE TABLE compiles (
  id            TEXT PRIMARY KEY,
  request_id    TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  generation_id TEXT,  -- NULL for 'render' requests, which compile pasted code
  code_sha256   TEXT NOT NULL CHECK (length(code_sha256) = 64 AND code_sha256 NOT GLOB '*[^0-9a-f]*'),
  ok            INTEGER NOT NULL CHECK (ok IN (0, 1)),
  timed_out     INTEGER NOT NULL DEFAULT 0 CHECK (timed_out IN (0, 1)),
  cached        INTEGER NOT NULL DEFAULT 0 CHECK (cached IN (0, 1)),  -- served from the compile cache
  exit_code     INTEGER,
  error_json    TEXT CHECK (error_json IS NULL OR json_valid(error_json)),
  duration_ms   INTEGER NOT NULL CHECK (duration_ms >= 0),
  png_path      TEXT,
  png_bytes     INTEGER CHECK (png_bytes >= 0),
  png_sha256    TEXT CHECK (png_sha256 IS NULL OR (length(png_sha256) = 64 AND png_sha256 NOT GLOB '*[^0-9a-f]*')),
  created_at_ms INTEGER NOT NULL,
  -- The generation must belong to the same request. SQLite skips the check when generation_id is NULL.
  FOREIGN KEY (generation_id, request_id) REFERENCES generations (id, request_id) ON DELETE CASCADE
);
CREATE INDEX compiles_by_request ON compiles (request_id);
CREATE INDEX compiles_by_generation ON compiles (generation_id);
CREATE INDEX compiles_by_code ON compiles (code_sha256);

CREATE TABLE feedback (
  id               TEXT PRIMARY KEY,
  generation_id    TEXT NOT NULL REFERENCES generations (id) ON DELETE CASCADE,
  platform         TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console', 'cli', 'eval')),
  platform_user_id TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('vote', 'fix')),
  vote             INTEGER CHECK (vote IN (-1, 1)),
  corrected_code   TEXT,  -- a teacher's fixed version of the generated code
  created_at_ms    INTEGER NOT NULL,
  updated_at_ms    INTEGER NOT NULL,  -- moves when a user changes their vote
  CHECK ((kind = 'vote' AND vote IS NOT NULL AND corrected_code IS NULL)
      OR (kind = 'fix' AND vote IS NULL AND corrected_code IS NOT NULL))
);
-- One vote per user per generation; voting again updates it. Fixes may repeat.
CREATE UNIQUE INDEX feedback_one_vote ON feedback (generation_id, platform, platform_user_id) WHERE kind = 'vote';
-- The nightly fold reads feedback by time. It keys on updated_at_ms so changed votes are seen again.
CREATE INDEX feedback_by_time ON feedback (updated_at_ms);

CREATE TABLE dataset_versions (
  id            TEXT PRIMARY KEY CHECK (length(id) = 64 AND id NOT GLOB '*[^0-9a-f]*'),  -- sha256 of the content
  parent_id     TEXT REFERENCES dataset_versions (id),
  sample_count  INTEGER NOT NULL CHECK (sample_count >= 0),
  path          TEXT NOT NULL,
  notes_json    TEXT CHECK (notes_json IS NULL OR json_valid(notes_json)),
  created_at_ms INTEGER NOT NULL
);
CREATE INDEX dataset_versions_by_time ON dataset_versions (created_at_ms);

CREATE TABLE models (
  id                 TEXT PRIMARY KEY,
  dataset_version_id TEXT REFERENCES dataset_versions (id),  -- NULL only for weights not trained here
  parent_model_id    TEXT REFERENCES models (id),
  path               TEXT NOT NULL,
  metrics_json       TEXT CHECK (metrics_json IS NULL OR json_valid(metrics_json)),
  status             TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'active', 'retired', 'rejected')),
  created_at_ms      INTEGER NOT NULL,
  promoted_at_ms     INTEGER  -- last time it became active
);
-- At most one active model: a second 'active' row violates this index.
CREATE UNIQUE INDEX models_one_active ON models (status) WHERE status = 'active';

CREATE TABLE jobs (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('nightly', 'retrain', 'eval', 'rollback', 'corpus')),
  status         TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  triggered_by   TEXT NOT NULL,  -- 'schedule', or who ran it, e.g. 'cli:alice'
  detail_json    TEXT CHECK (detail_json IS NULL OR json_valid(detail_json)),
  error          TEXT,
  started_at_ms  INTEGER NOT NULL,
  finished_at_ms INTEGER,
  CHECK ((status = 'running') = (finished_at_ms IS NULL))
);
-- A lock: two jobs of one kind (say, two nightly runs) never run at once.
CREATE UNIQUE INDEX jobs_one_running_per_kind ON jobs (kind) WHERE status = 'running';
CREATE INDEX jobs_by_kind_time ON jobs (kind, started_at_ms);

CREATE TABLE eval_runs (
  id                  TEXT PRIMARY KEY,
  model_id            TEXT NOT NULL,  -- no FK: baselines and remote backends are evaluated too
  job_id              TEXT REFERENCES jobs (id) ON DELETE SET NULL,
  set_name            TEXT NOT NULL,
  n                   INTEGER NOT NULL CHECK (n >= 0),  -- prompts evaluated
  compile_rate        REAL NOT NULL CHECK (compile_rate BETWEEN 0 AND 1),
  non_blank_rate      REAL NOT NULL CHECK (non_blank_rate BETWEEN 0 AND 1),
  label_recall        REAL NOT NULL CHECK (label_recall BETWEEN 0 AND 1),
  predicate_pass_rate REAL NOT NULL CHECK (predicate_pass_rate BETWEEN 0 AND 1),
  p50_ms              REAL NOT NULL CHECK (p50_ms >= 0),
  p95_ms              REAL NOT NULL CHECK (p95_ms >= 0),
  report_path         TEXT,
  created_at_ms       INTEGER NOT NULL
);
CREATE INDEX eval_runs_by_model_set_time ON eval_runs (model_id, set_name, created_at_ms);
`;

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial schema', up: initialSchema }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
