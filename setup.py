"""The package layout, which pyproject.toml cannot express: the top-level resources/ folder ships inside the package
as orderdesk/_resources (orderdesk.resources.resource_path() looks there in an installed copy). Everything else about
the project is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["orderdesk", "orderdesk.*"]), "orderdesk._resources"],
    package_dir={"orderdesk._resources": "resources"},
    # The screenshots are for the README, not for the app.
    package_data={"orderdesk": ["py.typed"], "orderdesk._resources": ["*.svg", "*.json", "icons/*", "linux/*"]},
)
