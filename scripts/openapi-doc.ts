/**
 * Builds the OpenAPI 3.1 document of the portal admin API v1 from the shared zod schemas
 * (src/shared/portal). `npm run openapi` writes it to docs/openapi.json; tests/shared/openapi.test.ts
 * regenerates it in memory and fails if the committed file drifted.
 */
import { z } from 'zod'
import * as P from '../src/shared/portal'

type Json = Record<string, unknown>

function schema(s: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  const out = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json
  delete out.$schema
  return out
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` })
const problem = (description: string): Json => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } })
const ok = (name: string, description = 'OK', status = '200'): Json => ({ [status]: { description, content: { 'application/json': { schema: ref(name) } } } })

const DECISIONS = [
  'Choices the contract (shared/portal-admin-api.md) leaves open, as the project client and simulator implement them:',
  '- Change feeds: `limit` 1..1000, default 200; out of range or not an integer → 422 validation_failed. `next_cursor` is opaque (base64url); it is always present, also on the last page. A cursor that is not one of ours, or belongs to another collection → 422 validation_failed; a cursor from before a server-side reset (or older than the configured cursor TTL) → 410 cursor_expired.',
  '- A pull without a cursor returns live records only; pages after it carry tombstones only for deletions that happened after the pull began.',
  '- Every write (POST/PUT/DELETE) needs `Idempotency-Key`; missing → 422 validation_failed with errors[0].path = "headers.idempotency-key". Keys are scoped per staff member. "Same body" compares method, path, query and the JSON body with keys sorted. Only 2xx responses are stored and replayed (header `Idempotent-Replayed: true`); an error had no effect and may be retried under the same key.',
  '- Versioned writes check in this order: 404 not_found → 428 precondition_required (no If-Match) → 409 version_conflict (with `current`) → 422 validation_failed → 409 invalid_transition / capacity_exceeded. If-Match accepts "3", W/"3" and 3.',
  '- Comments (`POST /attractive-jobs/{id}/comments`) take no If-Match and return 201 with the created comment; the record version goes up.',
  '- Walk-ins (`POST /reemployment-registrations`) take no If-Match. A second POST with another Idempotency-Key but a known `client_ref` creates nothing and returns the existing record with 200. Unknown `session_id` → 422; a cancelled session → 409 invalid_transition.',
  '- Registrations: `person.id` is the pseudonymous member id; a walk-in is matched to a known member by name + birth year + phone digits, else gets a new id (`P-` and seven digits). Attendance is refused (409 invalid_transition) for a row not `registered` and in a session `closed` or `cancelled`; it is kept for `open` and `completed` sessions (offline check-ins arrive after the session). `DELETE …/attendance` (If-Match, Idempotency-Key, no body) clears a recorded attendance — the undo of a check-in already sent — and is refused with 409 invalid_transition when none is recorded.',
  '- Registration status: setting the current status again → 409 invalid_transition; cancelling a registered row frees a seat but nobody is promoted automatically; waitlist ranks are kept dense 1..n (re-ranked rows get a new version).',
  '- SME stages: a round\'s `stages` (GET /reference/sme-criteria) are the only path: an eligible screening sets `stage` to the first and adds the round\'s `assignments` the record lacks (the 서면심사 committee for `document` and, in rounds that have it, `interview`; one 현장실사 team of three for `site_visit`, by a stable rule per application); `POST …/stage` (`manager`) accepts only the next stage of that list (else 409 invalid_transition); `POST …/selection` (`manager`) only while `evaluating` in the last stage (else 409).',
  '- SME score sheets (`PUT …/scores/{evaluator_id}?stage=…`, body `{scores, comment?}`): `stage` is required and must be one of the round\'s stages (else 422). A non-manager writes only their own row and only for an application and stage in `assignments` (else 403 forbidden, checked after If-Match); a `manager` may write any row. The sheet replaces that evaluator\'s scores for the stage; computed items, unknown items and scores outside 0..max → 422 with `errors[].path` = `scores.<code>`. The stage must be the application\'s current one while `evaluating` (else 409 invalid_transition: a sheet is editable until the stage moves on), and a sheet after that evaluator\'s abstention for the stage → 409 invalid_transition.',
  '- SME 평가의견: the record shows a sheet\'s `comment` in `sheet_comments`, one entry `{evaluator_id, stage, comment, at}` per evaluator and stage, replaced on each save (trimmed); a save with an empty or absent `comment` removes it; an abstention removes it.',
  '- SME abstentions (`{abstain: {kind, reason, known_on?}}` on the same PUT): `recusal` (회피) by the evaluator themself or a `manager` for them; `challenge` (기피) and `exclusion` (제척) by a `manager` only (else 403); `reason` ≥ 5 characters after trimming (else 422); allowed while `evaluating` for the current or a later stage of the round (else 409). It removes that evaluator\'s scores and comment for the stage and adds `{evaluator_id, stage, kind, reason, known_on (null if absent), by, at}` to `abstentions`; a second abstention for the same evaluator and stage → 409 invalid_transition. A body with both `scores` and `abstain` → 422.',
  '- SME blind scoring: for a caller without `manager`, every `sme-applications` record the API returns (change feed, GET one, write answers, the `current` of a 409) carries only the caller\'s own `scores` and `sheet_comments`; `abstentions`, `assignments` and `version` are as stored (the filtering is not a change). A `manager` sees every sheet.',
  '- `GET /{collection}/{id}/contact`: `reason` ≥ 2 characters (else 422); records without personal data → 404.',
  '- `POST /audit/events`: any signed-in staff member, for their own events only: an event whose `staff_id` is not the caller\'s refuses the whole call with 403 forbidden (`errors[].path` = `events.<i>.staff_id`). `accepted` counts every event of the call the portal now holds: an event id stored before is acknowledged again, not stored twice. `at` must carry an offset; `record` is `{collection, id}` (collection null when the record is not one of the collections); the PC\'s host name travels in `detail.host`.',
  '- Refresh tokens live 12 h and are not invalidated when used (a lost token response is harmless).',
  '- Errors carry `type` = `urn:seoul-job-portal:problem:{code}`. Unexpected server errors are 500 with code `unavailable`.',
  '- The simulator\'s `/__sim/...` control endpoints are test hooks and are NOT part of this API.'
].join('\n')

export function buildOpenApiDocument(): Json {
  const components: Json = {
    AttractiveJob: schema(P.AttractiveJob),
    SmeApplication: schema(P.SmeApplication),
    ReemploymentSession: schema(P.ReemploymentSession),
    ReemploymentRegistration: schema(P.ReemploymentRegistration),
    Tombstone: schema(P.Tombstone),
    Problem: schema(P.Problem),
    Staff: schema(P.Staff),
    TokenRequest: schema(P.TokenRequest, 'input'),
    TokenResponse: schema(P.TokenResponse),
    ReviewRequest: schema(P.ReviewRequest, 'input'),
    CommentRequest: schema(P.CommentRequest, 'input'),
    Comment: schema(P.Comment),
    ScreeningRequest: schema(P.ScreeningRequest, 'input'),
    ScoresRequest: schema(P.ScoresRequest, 'input'),
    StageRequest: schema(P.StageRequest, 'input'),
    SelectionRequest: schema(P.SelectionRequest, 'input'),
    AttendanceRequest: schema(P.AttendanceRequest, 'input'),
    RegistrationStatusRequest: schema(P.RegistrationStatusRequest, 'input'),
    WalkInRequest: schema(P.WalkInRequest, 'input'),
    ContactResponse: schema(P.ContactResponse),
    DistrictList: schema(P.DistrictList),
    StaffDirectory: schema(P.StaffDirectory),
    LivingWage: schema(P.LivingWage),
    AttractiveJobsRules: schema(P.AttractiveJobsRules),
    SmeCriteria: schema(P.SmeCriteria),
    AuditEventsRequest: schema(P.AuditEventsRequest, 'input'),
    AuditEventsResponse: schema(P.AuditEventsResponse)
  }
  const recordNames: Record<P.CollectionName, string> = {
    'attractive-jobs': 'AttractiveJob',
    'sme-applications': 'SmeApplication',
    'reemployment-sessions': 'ReemploymentSession',
    'reemployment-registrations': 'ReemploymentRegistration'
  }
  const paths: Json = {}
  const common = { '401': problem('unauthorized | token_expired'), '403': problem('forbidden'), '429': problem('rate_limited (Retry-After)'), '503': problem('unavailable (may carry Retry-After)') }
  const idemKey = { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', format: 'uuid' } }
  const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string', examples: ['"3"'] }, description: 'The version the user saw, quoted.' }
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
  const body = (name: string): Json => ({ required: true, content: { 'application/json': { schema: ref(name) } } })
  const versioned = (summary: string, req: string, res: string, extra: Json[] = []): Json => ({
    summary,
    parameters: [idParam, ...extra, ifMatch, idemKey],
    requestBody: body(req),
    responses: { ...ok(res), '404': problem('not_found'), '409': problem('version_conflict (with current) | invalid_transition | capacity_exceeded'), '422': problem('validation_failed | idempotency_key_reused'), '428': problem('precondition_required'), ...common }
  })
  for (const c of P.COLLECTIONS) {
    const rec = recordNames[c]
    components[`${rec}FeedPage`] = {
      type: 'object',
      required: ['items', 'next_cursor', 'has_more'],
      properties: { items: { type: 'array', items: { oneOf: [ref(rec), ref('Tombstone')] } }, next_cursor: { type: 'string' }, has_more: { type: 'boolean' } }
    }
    paths[`/${c}/changes`] = {
      get: {
        summary: `Change feed of ${c}`,
        parameters: [
          { name: 'cursor', in: 'query', required: false, schema: { type: 'string' }, description: 'Opaque; omit to start from the beginning (live records only).' },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 200 } }
        ],
        responses: { ...ok(`${rec}FeedPage`), '410': problem('cursor_expired'), '422': problem('validation_failed'), ...common }
      }
    }
    paths[`/${c}/{id}`] = { get: { summary: `One current ${rec}`, parameters: [idParam], responses: { ...ok(rec), '404': problem('not_found'), ...common } } }
    paths[`/${c}/{id}/contact`] = {
      get: {
        summary: 'Unmasked contact data, logged with who/when/which/why',
        parameters: [idParam, { name: 'reason', in: 'query', required: true, schema: { type: 'string', minLength: 2 } }],
        responses: { ...ok('ContactResponse'), '404': problem('not_found'), '422': problem('validation_failed'), ...common }
      }
    }
  }
  paths['/auth/token'] = { post: { summary: 'Password or refresh-token grant', security: [], requestBody: body('TokenRequest'), responses: { ...ok('TokenResponse'), '401': problem('unauthorized'), '422': problem('validation_failed') } } }
  paths['/me'] = { get: { summary: 'The signed-in staff member', responses: { ...ok('Staff'), ...common } } }
  paths['/attractive-jobs/{id}/review'] = { post: versioned('Review action (reviewer, manager)', 'ReviewRequest', 'AttractiveJob') }
  paths['/attractive-jobs/{id}/comments'] = {
    post: { summary: 'Add a comment (no If-Match)', parameters: [idParam, idemKey], requestBody: body('CommentRequest'), responses: { ...ok('Comment', 'Created', '201'), '404': problem('not_found'), '422': problem('validation_failed | idempotency_key_reused'), ...common } }
  }
  paths['/sme-applications/{id}/screening'] = { post: versioned('Eligibility screening (screener, manager)', 'ScreeningRequest', 'SmeApplication') }
  paths['/sme-applications/{id}/scores/{evaluator_id}'] = {
    put: versioned('One evaluator\'s score sheet for a stage, or their 회피 · 기피 · 제척 instead (sme_evaluator for their own assigned row, manager any)', 'ScoresRequest', 'SmeApplication', [
      { name: 'evaluator_id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'stage', in: 'query', required: true, schema: { type: 'string', enum: [...P.SME_STAGES] } }
    ])
  }
  paths['/sme-applications/{id}/stage'] = { post: versioned('Move to the next stage of the round\'s `stages` (manager)', 'StageRequest', 'SmeApplication') }
  paths['/sme-applications/{id}/selection'] = { post: versioned('Final selection, in the round\'s last stage only (manager)', 'SelectionRequest', 'SmeApplication') }
  paths['/reemployment-registrations'] = {
    post: {
      summary: 'Register a walk-in (no If-Match); an existing client_ref returns the existing record with 200',
      parameters: [idemKey],
      requestBody: body('WalkInRequest'),
      responses: { ...ok('ReemploymentRegistration', 'Created', '201'), ...ok('ReemploymentRegistration', 'Already registered under this client_ref'), '409': problem('invalid_transition'), '422': problem('validation_failed | idempotency_key_reused'), ...common }
    }
  }
  paths['/reemployment-registrations/{id}/attendance'] = {
    post: versioned('Record attendance (registered rows of a session neither closed nor cancelled)', 'AttendanceRequest', 'ReemploymentRegistration'),
    delete: (({ requestBody: _body, ...rest }) => rest)(
      versioned('Clear a recorded attendance (a check-in undone after it was sent); nothing recorded → 409 invalid_transition', 'AttendanceRequest', 'ReemploymentRegistration')
    )
  }
  paths['/reemployment-registrations/{id}/status'] = { post: versioned('Register / waitlist / cancel', 'RegistrationStatusRequest', 'ReemploymentRegistration') }
  paths['/reference/districts'] = { get: { summary: 'The 25 자치구 in official code order', responses: { ...ok('DistrictList'), ...common } } }
  paths['/reference/staff'] = {
    get: { summary: 'The staff directory: id, name and department of every staff member who may appear as an author, decider or evaluator', responses: { ...ok('StaffDirectory'), ...common } }
  }
  paths['/audit/events'] = {
    post: {
      summary: 'Audit events from a staff tool (at most 500 per call; each event id is stored once)',
      parameters: [idemKey],
      requestBody: body('AuditEventsRequest'),
      responses: { ...ok('AuditEventsResponse'), ...common, '403': problem('forbidden (an event of another staff member)'), '422': problem('validation_failed | idempotency_key_reused') }
    }
  }
  const yearParam = { name: 'year', in: 'query', required: true, schema: { type: 'integer', examples: [2026] } }
  paths['/reference/living-wage'] = { get: { summary: '서울시 생활임금', parameters: [yearParam], responses: { ...ok('LivingWage'), '404': problem('not_found'), '422': problem('validation_failed'), ...common } } }
  paths['/reference/attractive-jobs-rules'] = { get: { summary: '매력일자리 thresholds for a year', parameters: [yearParam], responses: { ...ok('AttractiveJobsRules'), '404': problem('not_found'), '422': problem('validation_failed'), ...common } } }
  paths['/reference/sme-criteria'] = {
    get: { summary: '강소기업 criteria of a round: reference date, stages, eligibility (by kind), scoring items (computed ones with brackets), tie_break', parameters: [{ name: 'round', in: 'query', required: true, schema: { type: 'string', examples: ['2026-1'] } }], responses: { ...ok('SmeCriteria'), '404': problem('not_found'), '422': problem('validation_failed'), ...common } }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Seoul Job Portal Admin API', version: '1', description: DECISIONS },
    servers: [{ url: '{base}/admin/v1', variables: { base: { default: 'http://127.0.0.1:4010' } } }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } }
  }
}

export function renderOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`
}
