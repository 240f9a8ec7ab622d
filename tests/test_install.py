"""The README's Quick start is what CI runs, and the install it describes is pinned by name and version."""

import re
import tomllib

from tests.conftest import ROOT


def _commands(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def quickstart_commands() -> list[str]:
    """The command lines of the first bash block under the README's `## Quick start`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block, "the Quick start has no bash block"
    return _commands(block.group(1).splitlines())


def ci_commands() -> list[str]:
    """The command lines of `.ci/run` after its preamble (shell options, moving to the repository root)."""
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("cd "))
    return _commands(lines[start + 1 :])


def test_ci_runs_exactly_the_readme_quickstart():
    assert quickstart_commands()
    assert ci_commands() == quickstart_commands()


def test_the_quickstart_uses_the_pip_the_venv_brings():
    assert not any("--upgrade pip" in c or "-U pip" in c for c in quickstart_commands())


def test_dependencies_are_pinned_by_name_and_version_not_by_url():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    for requirement in requirements:
        assert "@" not in requirement and "://" not in requirement, requirement
        assert "==" in requirement or requirement.startswith(project["name"] + "["), requirement


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock_pins() -> dict[str, set[str]]:
    """requirements.lock's pins: each package's versions (several where markers split them by Python)."""
    pins: dict[str, set[str]] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        found = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line)
        if found:
            pins.setdefault(_normalized(found.group(1)), set()).add(found.group(2))
    return pins


def test_the_lock_pins_every_dependency_of_every_extra_at_its_pyproject_version():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _lock_pins()
    requirements = list(project["dependencies"]) + [
        r for extra in project["optional-dependencies"].values() for r in extra
    ]
    for requirement in requirements:
        if "==" in requirement:  # the project's own extras (`relations-pipelines[...]`) are not pinned
            name, version = requirement.split("==")
            assert pins.get(_normalized(name)) == {version}, f"refresh requirements.lock: {requirement}"


def test_every_locked_package_is_hashed_and_named_without_a_url():
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])  # after the two header comment lines
    assert len(entries) == sum(len(v) for v in _lock_pins().values())
    assert all("--hash=sha256:" in entry for entry in entries)
    assert "://" not in text and "--index-url" not in text and "--find-links" not in text
