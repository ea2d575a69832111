/** The cache key every test core opens its SQLite file with (a real key: the file is encrypted in tests as in the app). */
export const TEST_CACHE_KEY = 'test-cache-key-0123456789abcdef0123456789abcdef'
