-- Live followers of a job (its stream, its debugger) LISTEN on "baton_job_activity" instead of polling
-- fast (lib/db/job-activity-listener.ts). The database sends the notification itself, so every write
-- path (the worker's appends, transitionJob, the queue's claim, the reaper, debug messages) is covered
-- and none can forget it; pg_notify in a trigger is delivered at the writer's commit, when a woken
-- follower can see the change. The payload is the job id alone; identical notifications of one
-- transaction are folded into one by PostgreSQL.

CREATE FUNCTION "baton_notify_job_activity_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('baton_job_activity', j."jobId") FROM (SELECT DISTINCT "jobId" FROM inserted) j;
  RETURN NULL;
END
$$;

CREATE FUNCTION "baton_notify_job_status_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('baton_job_activity', NEW."id");
  RETURN NULL;
END
$$;

-- Per statement: a batch of a thousand records sends one notification per job, not a thousand.
CREATE TRIGGER "JobStreamRecord_notify_job_activity" AFTER INSERT ON "JobStreamRecord"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "baton_notify_job_activity_inserted"();

CREATE TRIGGER "DebugMessage_notify_job_activity" AFTER INSERT ON "DebugMessage"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "baton_notify_job_activity_inserted"();

CREATE TRIGGER "Job_notify_job_status_changed" AFTER UPDATE OF "status" ON "Job"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "baton_notify_job_status_changed"();
