import { z } from 'zod'
import { ko } from 'zod/locales'

/**
 * Schema errors in Korean: they reach staff as IPC validation messages and as the reason a feed item
 * was quarantined, next to the field path. Imported for its effect by each entry point that validates
 * (the core, the portal simulator, the renderer); custom messages on a schema still take precedence.
 */
z.config(ko())
