"""Build the offline application: one folder (and its archive) that an official copies from a
USB stick and double-clicks, with nothing else installed.

    pip install -e ".[bundle]" -c constraints.txt
    python -m reform_studio.bundle --out DIR

A build tool, never imported by the application (an import-linter contract says so); it is
left out of the bundle it builds. docs/offline-bundle.md describes the build, the contents,
the licences and the Windows and macOS builds.
"""
