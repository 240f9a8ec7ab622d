import os

import dagster as dg

from pipelines.defs.automation import daily_refresh, input_folder_changed
from pipelines.defs.resources import CorpusPaths


def tick(folder, cursor=None, instance=None):
    context = dg.build_sensor_context(
        cursor=cursor,
        resources={"paths": CorpusPaths(input_dir=str(folder))},
        instance=instance or dg.DagsterInstance.ephemeral(),
    )
    return input_folder_changed(context)


def test_sensor_requests_a_refresh_for_new_changed_and_removed_files_only(tmp_path):
    (tmp_path / "a.txt").write_text("first article")
    first = tick(tmp_path)
    assert len(first.run_requests) == 1
    assert first.run_requests[0].tags["input_changes"] == "1 added, 0 changed, 0 removed"

    nothing = tick(tmp_path, first.cursor)
    assert isinstance(nothing, dg.SkipReason)

    (tmp_path / "notes.md").write_text("not an article")
    assert isinstance(tick(tmp_path, first.cursor), dg.SkipReason)

    (tmp_path / "a.txt").write_text("first article, edited")
    os.utime(tmp_path / "a.txt", ns=(1, 1))
    changed = tick(tmp_path, first.cursor)
    assert changed.run_requests[0].tags["input_changes"] == "0 added, 1 changed, 0 removed"

    (tmp_path / "a.txt").unlink()
    removed = tick(tmp_path, changed.cursor)
    assert removed.run_requests[0].tags["input_changes"] == "0 added, 0 changed, 1 removed"
    assert removed.run_requests[0].run_key != changed.run_requests[0].run_key


def test_sensor_waits_while_a_build_is_running_then_requests_the_changes(tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    (tmp_path / "a.txt").write_text("first article")
    running = instance.add_run(
        dg.DagsterRun(job_name="build_datasets", run_id="running-build", status=dg.DagsterRunStatus.STARTED)
    )
    waiting = tick(tmp_path, instance=instance)
    assert isinstance(waiting, dg.SkipReason) and "running-build" in waiting.skip_message
    instance.handle_run_event(
        running.run_id, dg.DagsterEvent(event_type_value="PIPELINE_SUCCESS", job_name="build_datasets")
    )
    assert tick(tmp_path, instance=instance).run_requests[0].tags["input_changes"] == "1 added, 0 changed, 0 removed"


def test_schedule_runs_the_build_daily_by_default():
    assert daily_refresh.cron_schedule == "0 6 * * *"
    assert daily_refresh.job_name == "build_datasets"
    context = dg.build_schedule_context(scheduled_execution_time=None)
    [request] = list(daily_refresh.evaluate_tick(context).run_requests)
    assert request.run_key is None or isinstance(request.run_key, str)
