import type Database from 'better-sqlite3'

/** The cache connection: one type for every repository, service and handler that takes it. */
export type Db = Database.Database
