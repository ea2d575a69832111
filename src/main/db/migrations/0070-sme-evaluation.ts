import type { Migration } from './index'

/**
 * 서울형 강소기업 screening and evaluation. The application row gains the columns the list filters
 * and sorts on; beside it, side tables hold what is derived from each record as the user sees it
 * (rebuilt with the row by the sme repository): the criteria a company fails, the evaluators'
 * sheets (one per evaluator and stage: its total and whether it is complete), 회피·기피·제척, who is
 * assigned to score which stage, and what ranking each stage reads (computed points and scores).
 * The evaluator's 청렴·이해충돌 확인 is local data of this PC, one per staff member and round.
 *
 * What SQL can read from the cached JSON is filled here. The 사업자등록번호 check digit, the
 * eligibility results, whether a sheet is complete and the ranking inputs need the domain's code
 * (and the round's criteria): they are left empty — `business_no_valid IS NULL` marks such a row —
 * and the domain's repair at the next open derives them (Domain.repairDerived). No stored data is dropped.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'sme-evaluation',
  up(db) {
    db.exec(`
      ALTER TABLE sme_applications ADD COLUMN industry_code TEXT NOT NULL DEFAULT '';
      ALTER TABLE sme_applications ADD COLUMN industry_name TEXT;
      ALTER TABLE sme_applications ADD COLUMN founded_on TEXT NOT NULL DEFAULT '';
      ALTER TABLE sme_applications ADD COLUMN employees INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sme_applications ADD COLUMN insured_employees INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sme_applications ADD COLUMN documents_missing INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sme_applications ADD COLUMN screening_result TEXT;
      ALTER TABLE sme_applications ADD COLUMN business_no_valid INTEGER;
      ALTER TABLE sme_applications ADD COLUMN eligibility_failure_count INTEGER;
      ALTER TABLE sme_applications ADD COLUMN eligibility_manual_count INTEGER;

      UPDATE sme_applications SET
        industry_code = coalesce(json_extract(v.json, '$.company.industry_code'), ''),
        industry_name = json_extract(v.json, '$.company.industry_name'),
        founded_on = coalesce(json_extract(v.json, '$.company.founded_on'), ''),
        employees = coalesce(json_extract(v.json, '$.company.employees'), 0),
        insured_employees = coalesce(json_extract(v.json, '$.company.insured_employees'), 0),
        documents_missing = (SELECT count(*) FROM json_each(v.json, '$.documents') d WHERE json_extract(d.value, '$.received') = 0),
        screening_result = json_extract(v.json, '$.screening.result')
      FROM (SELECT rowid AS json_rowid, coalesce(local_raw, raw) AS json FROM sme_applications_json) v
      WHERE v.json_rowid = sme_applications.rowid;

      CREATE INDEX sme_applications_by_district_status ON sme_applications (district_code, status);
      CREATE INDEX sme_applications_by_industry_status ON sme_applications (industry_code, status);
      CREATE INDEX sme_applications_by_stage_status ON sme_applications (stage, status);
      CREATE INDEX sme_applications_by_eligibility_status ON sme_applications (eligibility_failure_count, status);
      CREATE INDEX sme_applications_needing_repair ON sme_applications (id) WHERE business_no_valid IS NULL;

      CREATE TABLE sme_eligibility_failures (
        application_id TEXT NOT NULL,
        criterion TEXT NOT NULL,
        outcome TEXT NOT NULL,
        PRIMARY KEY (application_id, criterion)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sme_eligibility_failures_by_criterion ON sme_eligibility_failures (criterion);

      -- One row per evaluator and stage with a score or a 평가의견, keyed by round and stage first (the
      -- committee matrix reads a stage's rows in order).
      CREATE TABLE sme_sheets (
        round TEXT NOT NULL,
        stage TEXT NOT NULL,
        application_id TEXT NOT NULL,
        evaluator_id TEXT NOT NULL,
        scored_items INTEGER NOT NULL,
        total REAL NOT NULL,
        complete INTEGER,
        has_comment INTEGER NOT NULL,
        PRIMARY KEY (round, stage, application_id, evaluator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sme_sheets_by_application ON sme_sheets (application_id);
      CREATE INDEX sme_sheets_by_evaluator ON sme_sheets (evaluator_id, round, stage);

      -- What ranking a stage reads of one application, as JSON (its computed points, every evaluator's
      -- scores, its abstentions): one row per application and stage it has reached, so a stage of ten
      -- thousand applications is ranked from ten thousand rows.
      CREATE TABLE sme_stage_inputs (
        round TEXT NOT NULL,
        stage TEXT NOT NULL,
        application_id TEXT NOT NULL,
        input TEXT NOT NULL,
        PRIMARY KEY (round, stage, application_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sme_stage_inputs_by_application ON sme_stage_inputs (application_id);

      CREATE TABLE sme_abstentions (
        application_id TEXT NOT NULL,
        round TEXT NOT NULL,
        stage TEXT NOT NULL,
        evaluator_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        PRIMARY KEY (application_id, stage, evaluator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sme_abstentions_by_round_stage ON sme_abstentions (round, stage);

      CREATE TABLE sme_assignments (
        application_id TEXT NOT NULL,
        round TEXT NOT NULL,
        stage TEXT NOT NULL,
        evaluator_id TEXT NOT NULL,
        PRIMARY KEY (application_id, stage, evaluator_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sme_assignments_by_evaluator ON sme_assignments (evaluator_id, round, stage);
      CREATE INDEX sme_assignments_by_round_stage ON sme_assignments (round, stage);

      CREATE TABLE sme_pledges (
        staff_id TEXT NOT NULL,
        round TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        PRIMARY KEY (staff_id, round)
      ) STRICT;
    `)
    // What each record's JSON states outright (a sheet's completeness needs the criteria); the repair derives them again with the rest.
    const visible = `FROM sme_applications r JOIN sme_applications_json j ON j.rowid = r.rowid`
    db.exec(`
      INSERT OR REPLACE INTO sme_sheets (round, stage, application_id, evaluator_id, scored_items, total, complete, has_comment)
        SELECT r.round, json_extract(s.value, '$.stage') AS sheet_stage, r.id, json_extract(s.value, '$.evaluator_id') AS sheet_evaluator,
          count(*), sum(json_extract(s.value, '$.score')), NULL, 0
        ${visible}, json_each(coalesce(j.local_raw, j.raw), '$.scores') s
        GROUP BY r.id, sheet_stage, sheet_evaluator;
      INSERT OR REPLACE INTO sme_assignments (application_id, round, stage, evaluator_id)
        SELECT r.id, r.round, json_extract(a.value, '$.stage'), json_extract(a.value, '$.evaluator_id')
        ${visible}, json_each(coalesce(j.local_raw, j.raw), '$.assignments') a;
      INSERT OR REPLACE INTO sme_abstentions (application_id, round, stage, evaluator_id, kind)
        SELECT r.id, r.round, json_extract(a.value, '$.stage'), json_extract(a.value, '$.evaluator_id'), json_extract(a.value, '$.kind')
        ${visible}, json_each(coalesce(j.local_raw, j.raw), '$.abstentions') a;
    `)
  }
}
