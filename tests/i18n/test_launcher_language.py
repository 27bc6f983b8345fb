"""`reform-studio --language X`: before a command it goes to the command; otherwise the window
opens in that language for this start (before the remembered choice and the locale), and the
launcher's own messages speak it."""
from __future__ import annotations

import pytest

from reform_studio import __main__ as launcher
from reform_studio.i18n import LANGUAGE_VARIABLE
from reform_studio.samples import sample_path


@pytest.fixture
def window_opened(monkeypatch) -> list:
    opened: list = []
    monkeypatch.setattr(launcher, "open_window", lambda args: opened.append(args) or 0)
    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    return opened


@pytest.mark.parametrize("argv", [["--language", "fr"], ["--language=fr"], ["gui", "--language", "fr"],
                                  ["--language", "fr", "gui"]])
def test_the_window_opens_in_the_language_asked_for(argv, window_opened, monkeypatch) -> None:
    import os

    assert launcher.main(argv) == 0
    assert window_opened == [[]] and os.environ[LANGUAGE_VARIABLE] == "fr"


def test_a_workbook_opens_in_the_language_asked_for(window_opened) -> None:
    import os

    workbook = str(sample_path("kenya"))
    assert launcher.main(["--language", "es", workbook]) == 0
    assert window_opened == [[workbook]] and os.environ[LANGUAGE_VARIABLE] == "es"


def test_without_language_the_window_is_not_told_one(window_opened) -> None:
    import os

    assert launcher.main([]) == 0 and LANGUAGE_VARIABLE not in os.environ


def test_a_language_the_product_does_not_speak_is_refused(window_opened, capsys) -> None:
    assert launcher.main(["--language", "de"]) == 2
    assert "--language takes en, fr, es, not 'de'" in capsys.readouterr().err and window_opened == []


def test_a_leading_language_goes_to_the_command(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        launcher.main(["--language", "fr", "run", "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0 and out.startswith("utilisation\u00a0:")
    assert "affiche cette aide et quitte" in out


@pytest.mark.parametrize(("code", "words"), [("fr", "n'est pas une commande"), ("es", "no es un comando")])
def test_launcher_messages_speak_the_language(code, words, window_opened, capsys) -> None:
    assert launcher.main(["--language", code, "frobnicate"]) == 2
    assert words in capsys.readouterr().err and window_opened == []


def test_the_window_reads_this_starts_language_first(monkeypatch, qapp, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from reform_studio.gui import language

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    language.remember("es")
    monkeypatch.setenv(LANGUAGE_VARIABLE, "fr")
    assert language.chosen() == "fr"
    monkeypatch.delenv(LANGUAGE_VARIABLE)
    assert language.chosen() == "es"
