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
