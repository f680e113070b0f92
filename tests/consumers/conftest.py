"""Once per session: the wheel and sdist, the two consumers (the wheel in a fresh venv, the vendoring service in
another), and the consumers' checkers over them. The checkers take most of this folder's time, so they start in
the background with the folder's first test (an autouse fixture), and the tests that read their findings run
last in the session, so that everything else runs meanwhile."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.consumers.environments import (
    CHECKED,
    CONSUMER_APP,
    CONTROL,
    README_MODULES,
    UNVENDORED,
    WRONG,
    WRONG_CODE,
    Artefacts,
    Checked,
    Consumer,
    build,
    fresh_venv,
    install,
    vendored_imports,
    write_service,
)
from tests.consumers.readme import as_module, python_samples, unchecked
from tests.support.checkers import Completeness, Finding, mypy_strict, pyright_strict, ruff_defaults, verifytypes

# The tests that read the checkers' findings.
WAITING = Path(__file__).with_name("test_typing.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path == WAITING)  # stable: only those move, to the end


@pytest.fixture(scope="session")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> Artefacts:
    return build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def wheel_consumer(artefacts: Artefacts, tmp_path_factory: pytest.TempPathFactory) -> Consumer:
    """A fresh venv with the runtime dependencies and the wheel; a project holding consumer_app.py."""
    where = tmp_path_factory.mktemp("wheel-consumer")
    python = fresh_venv(where / "venv")
    install(python, artefacts.wheel)
    project = where / "project"
    project.mkdir()
    shutil.copy(CONSUMER_APP, project)
    (project / WRONG).write_text(WRONG_CODE, encoding="utf-8")
    return Consumer(python, project)


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Consumer:
    """The vendoring service, installed into a fresh venv with the runtime dependencies (not the wheel)."""
    where = tmp_path_factory.mktemp("vendoring-service")
    python = fresh_venv(where / "venv")
    root = where / "service"
    write_service(root)
    install(python, root)
    (root / CHECKED).mkdir()
    modules = {path: as_module(python_samples(readme.read_text(encoding="utf-8")))
               for path, readme in README_MODULES.items()}  # fmt: skip
    for path, module in modules.items():
        assert module.strip(), f"{README_MODULES[path]} lost its samples"
        (root / path).write_text(vendored_imports(module), encoding="utf-8")
    (root / CONTROL).write_text(vendored_imports(unchecked(modules[CHECKED / "readme_package.py"])), "utf-8")
    shutil.copy(CONSUMER_APP, root / UNVENDORED)
    return Consumer(python, root)


@pytest.fixture(scope="session", autouse=True)
def checked(
    service: Consumer, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Checked]:
    """Every checker, run once, in processes of their own while the tests go on: those on the service as soon as
    it exists (pyright takes longest), then those on the wheel once it is built and installed. The two mypy runs
    share a cache, so the second does not check the standard library and httpx again."""
    cache = tmp_path_factory.mktemp("mypy-cache")
    python, root = service.python, service.root
    with ThreadPoolExecutor(max_workers=5) as pool:
        pyright = pool.submit(pyright_strict, root, "src", str(CHECKED), python=python)
        ruff = pool.submit(ruff_defaults, root, "src", str(CONTROL))
        mypy = pool.submit(mypy_strict, root, "src/myservice", str(CHECKED), python=python, cache_dir=cache)
        wheel_consumer: Consumer = request.getfixturevalue("wheel_consumer")
        wheel_python, project = wheel_consumer.python, wheel_consumer.root
        completeness = pool.submit(verifytypes, "realtimekit_client", project, python=wheel_python)

        def wheel_mypy() -> list[Finding]:
            mypy.result()  # then the cache holds what the two runs share
            return mypy_strict(project, CONSUMER_APP.name, WRONG, python=wheel_python, cache_dir=cache)

        wheel = pool.submit(wheel_mypy)
        every = pool.submit(lambda: [finding for job in (pyright, mypy, ruff) for finding in job.result()])
        yield Checked(every, wheel, completeness)


@pytest.fixture(scope="session")
def service_findings(checked: Checked) -> list[Finding]:
    return checked.service.result()


@pytest.fixture(scope="session")
def wheel_findings(checked: Checked) -> list[Finding]:
    return checked.wheel.result()


@pytest.fixture(scope="session")
def completeness(checked: Checked) -> Completeness:
    return checked.completeness.result()
