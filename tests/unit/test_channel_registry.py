"""The adapter registry is static: PyInstaller follows import statements only, so an adapter looked up by name at
run time is missing from the bundle (tests/tools/build_bundle.sh then proves `sync --once` for every kind)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import orderdesk.channels
from orderdesk.channels import registry
from orderdesk.channels.base import Adapter
from orderdesk.core.capabilities import ChannelKind

REGISTRY_SOURCE = Path(registry.__file__).read_text(encoding="utf-8")


def adapter_classes() -> dict[str, type]:
    """Every class named ...Adapter defined in a module of orderdesk.channels (the Adapter protocol aside)."""
    found: dict[str, type] = {}
    for module_info in pkgutil.iter_modules(orderdesk.channels.__path__, "orderdesk.channels."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if name.endswith("Adapter") and cls is not Adapter and cls.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = cls
    return found


def statically_imported() -> set[str]:
    tree = ast.parse(REGISTRY_SOURCE)
    return {
        f"{node.module}.{alias.name}"
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def test_every_adapter_module_is_imported_by_name_in_the_registry() -> None:
    adapters = adapter_classes()

    assert len(adapters) == 4, sorted(adapters)
    assert set(adapters) <= statically_imported()
    assert set(adapters.values()) == set(registry.ADAPTERS.values())


def test_the_registry_looks_nothing_up_by_name_at_run_time() -> None:
    tree = ast.parse(REGISTRY_SOURCE)
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    called = {
        node.func.attr for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }

    assert "importlib" not in imported and "import_module" not in called and "__import__" not in REGISTRY_SOURCE


def test_every_kind_of_channel_but_manual_has_an_adapter() -> None:
    assert set(registry.ADAPTERS) == set(ChannelKind) - {ChannelKind.MANUAL}
