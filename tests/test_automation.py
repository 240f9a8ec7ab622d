import os

import dagster as dg

from pipelines.defs.automation import daily_refresh, input_folder_changed
from pipelines.defs.resources import OUTPUT_TAG, CorpusPaths, folder_tags
from pipelines.read.changes import SensorCursor, save_manifest, snapshot
from tests.conftest import SEEDS


def tick(folder, cursor=None, instance=None, output=None):
    output = output or folder / ".." / "out"
    context = dg.build_sensor_context(
        cursor=cursor,
        resources={"paths": CorpusPaths(input_dir=str(folder), output_dir=str(output))},
        instance=instance or dg.DagsterInstance.ephemeral(),
    )
    return input_folder_changed(context)


def requested(result) -> list[dg.RunRequest]:
    return [] if isinstance(result, dg.SkipReason) else list(result.run_requests or [])


def test_sensor_requests_a_refresh_for_new_changed_and_removed_files_only(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("first article")
    first = tick(folder)
    assert len(first.run_requests) == 1
    assert first.run_requests[0].tags["input_changes"] == "1 added, 0 changed, 0 removed"
    assert first.run_requests[0].tags[OUTPUT_TAG] == str((tmp_path / "out").resolve())

    nothing = tick(folder, first.cursor)
    assert isinstance(nothing, dg.SkipReason)

    (folder / "notes.md").write_text("not an article")
    assert isinstance(tick(folder, first.cursor), dg.SkipReason)

    (folder / "a.txt").write_text("first article, edited")
    os.utime(folder / "a.txt", ns=(1, 1))
    changed = tick(folder, first.cursor)
    assert changed.run_requests[0].tags["input_changes"] == "1 added, 0 changed, 0 removed"  # none published yet

    paths = CorpusPaths(input_dir=str(folder), output_dir=str(tmp_path / "out"))
    save_manifest(paths.input_manifest("published"), folder, snapshot(folder))  # as a finished build leaves it
    (folder / "a.txt").unlink()
    removed = tick(folder, changed.cursor)
    assert removed.run_requests[0].tags["input_changes"] == "0 added, 0 changed, 1 removed"
    assert removed.run_requests[0].run_key != changed.run_requests[0].run_key


def test_first_tick_after_a_build_requests_nothing_when_nothing_changed(seed_build):
    _, out = seed_build
    first = tick(SEEDS, output=out)
    assert requested(first) == [] and "as last published" in first.skip_reason.skip_message
    assert isinstance(tick(SEEDS, first.cursor, output=out), dg.SkipReason)


def test_cursor_stays_small_and_run_keys_tell_repeated_states_apart(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2000):
        (folder / f"article_{i:05d}_with_a_long_descriptive_file_name.txt").write_text(f"text {i}")
    first = tick(folder)
    assert len(first.cursor) < 40
    assert tick(folder, None).run_requests[0].run_key == first.run_requests[0].run_key  # a retried tick: deduplicated

    keys = [first.run_requests[0].run_key]
    cursor = first.cursor
    extra = folder / "extra.txt"
    for _ in range(2):  # the folder goes back and forth between two states: each change is a new request
        extra.write_text("added")
        cursor, key = _request(folder, cursor)
        keys.append(key)
        extra.unlink()
        cursor, key = _request(folder, cursor)
        keys.append(key)
    assert len(set(keys)) == len(keys) == 5
    assert SensorCursor.decode(cursor).requests == 5


def _request(folder, cursor):
    result = tick(folder, cursor)
    return result.cursor, result.run_requests[0].run_key


def test_sensor_waits_while_a_build_into_the_same_folder_is_running_then_requests_the_changes(tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("first article")
    elsewhere = dg.DagsterRun(job_name="build_datasets", run_id="other-folder", status=dg.DagsterRunStatus.STARTED)
    instance.add_run(elsewhere.with_tags(folder_tags(tmp_path / "other")))
    running = instance.add_run(
        dg.DagsterRun(
            job_name="build_datasets",
            run_id="running-build",
            status=dg.DagsterRunStatus.STARTED,
            tags=folder_tags(tmp_path / "out"),
        )
    )
    waiting = tick(folder, instance=instance)
    assert isinstance(waiting, dg.SkipReason) and "running-build" in waiting.skip_message
    instance.handle_run_event(
        running.run_id, dg.DagsterEvent(event_type_value="PIPELINE_SUCCESS", job_name="build_datasets")
    )
    assert tick(folder, instance=instance).run_requests[0].tags["input_changes"] == "1 added, 0 changed, 0 removed"


def test_schedule_runs_the_build_daily_into_the_configured_folder(tmp_path):
    assert daily_refresh.cron_schedule == "0 6 * * *"
    assert daily_refresh.job_name == "build_datasets"
    paths = CorpusPaths(input_dir=str(SEEDS), output_dir=str(tmp_path / "out"))
    context = dg.build_schedule_context(scheduled_execution_time=None, resources={"paths": paths})
    [request] = list(daily_refresh.evaluate_tick(context).run_requests)
    assert request.tags[OUTPUT_TAG] == str((tmp_path / "out").resolve())
    missing = CorpusPaths(input_dir=str(tmp_path / "missing"))
    context = dg.build_schedule_context(scheduled_execution_time=None, resources={"paths": missing})
    assert not daily_refresh.evaluate_tick(context).run_requests


def test_the_sensor_and_schedule_of_the_definitions_read_their_folders_from_the_environment(tmp_path, monkeypatch):
    from pipelines.defs.resources import configured_paths

    folder, out = tmp_path / "articles", tmp_path / "published"
    folder.mkdir()
    (folder / "a.txt").write_text("first article")
    monkeypatch.setenv("PIPELINES_INPUT_DIR", str(folder))
    monkeypatch.setenv("PIPELINES_OUTPUT_DIR", str(out))
    paths = configured_paths()
    assert isinstance(paths.input_dir, dg.EnvVar)  # read when a run or a tick starts, shown by name in the UI
    context = dg.build_sensor_context(resources={"paths": paths}, instance=dg.DagsterInstance.ephemeral())
    [request] = input_folder_changed(context).run_requests
    assert request.tags[OUTPUT_TAG] == str(out.resolve())
    context = dg.build_schedule_context(scheduled_execution_time=None, resources={"paths": paths})
    [request] = list(daily_refresh.evaluate_tick(context).run_requests)
    assert request.tags["input_dir"] == str(folder.resolve())
