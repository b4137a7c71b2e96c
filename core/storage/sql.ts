// Thin helpers shared by the repository files: cached prepared statements, translation of
// driver errors into StorageError, and the column conversions SQLite cannot do itself.
import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { StorageError, type StorageErrorCode } from './errors.ts';

export type Database = BetterSqlite3.Database;
export type Params = Record<string, unknown>;

// Statements are compiled once per connection; WeakMap lets closed connections be collected.
const statementCache = new WeakMap<Database, Map<string, BetterSqlite3.Statement>>();

function prepareCached(db: Database, sql: string): BetterSqlite3.Statement {
  let byText = statementCache.get(db);
  if (byText === undefined) {
    byText = new Map();
    statementCache.set(db, byText);
  }
  let statement = byText.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}

export function translateSqliteError(what: string, error: unknown): unknown {
  if (error instanceof StorageError || !(error instanceof BetterSqlite3.SqliteError)) return error;
  let code: StorageErrorCode = 'STORAGE_QUERY_FAILED';
  if (error.code.startsWith('SQLITE_CONSTRAINT')) code = 'STORAGE_CONSTRAINT_FAILED';
  else if (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')) code = 'STORAGE_BUSY';
  return new StorageError(code, `${what} failed: ${error.message} (${error.code})`, { cause: error });
}

function withTranslation<T>(what: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw translateSqliteError(what, error);
  }
}

export function runSql(db: Database, what: string, sql: string, params: Params = {}): BetterSqlite3.RunResult {
  return withTranslation(what, () => prepareCached(db, sql).run(params));
}

export function getRow<T>(db: Database, what: string, sql: string, params: Params = {}): T | undefined {
  return withTranslation(what, () => prepareCached(db, sql).get(params) as T | undefined);
}

export function allRows<T>(db: Database, what: string, sql: string, params: Params = {}): T[] {
  return withTranslation(what, () => prepareCached(db, sql).all(params) as T[]);
}

/** Like getRow, for INSERT/UPDATE ... RETURNING statements that always yield one row. */
export function getReturnedRow<T>(db: Database, what: string, sql: string, params: Params = {}): T {
  const row = getRow<T>(db, what, sql, params);
  if (row === undefined) throw new StorageError('STORAGE_QUERY_FAILED', `${what} failed: statement returned no row`);
  return row;
}

export function newId(): string {
  return randomUUID();
}

// SQLite has no boolean type; flags are stored as 0/1.
export function toFlag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function fromFlag(value: unknown): boolean {
  return value === 1 || value === 1n;
}

export function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function fromJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}
