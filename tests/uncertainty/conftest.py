"""The window tests use the GUI tests' fixtures: an offscreen window on the sample, isolated settings."""
from tests.gui.conftest import data_folder, dialogs_shown, isolated_settings, problems_shown, window  # noqa: F401
