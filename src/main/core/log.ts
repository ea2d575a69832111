export type LogLevel = 'info' | 'warn' | 'error'
export type Logger = (level: LogLevel, message: string, meta?: unknown) => void
