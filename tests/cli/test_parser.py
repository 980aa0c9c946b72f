"""argparse's own words (usage, headings, -h, errors) come from the catalogue too."""

from __future__ import annotations

from pathlib import Path

import pytest

from pra.cli import main
from pra.i18n import t


@pytest.mark.parametrize("lang", ["id", "en"])
def test_help_words_are_in_the_chosen_language(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "export", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(t("cli.usage_prefix", lang=lang) + "pra export")
    assert f"\n{t('cli.options', lang=lang)}:" in out
    assert t("cli.help_help", lang=lang) in out
    if lang == "id":
        assert "show this help message" not in out


def test_bad_usage_is_a_sentence_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["demo", "jakarta"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "perintah tidak bisa dipahami" in err
    assert "jakarta" in err
    assert "Traceback" not in err


COMMANDS = ("new", "open", "demo", "show", "check", "list", "backups", "archive", "stats")
COMMANDS += ("export", "report")


def test_every_command_takes_lang_after_its_name_as_before_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Review 10r, 8: ``pra stats DIR --lang en`` was refused ("not recognised: --lang en")
    while ``pra report FILE --lang en`` and ``pra --lang en stats DIR`` worked. Every
    command (all those ``pra --help`` lists) names --lang in its own help."""
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    listed = capsys.readouterr().out
    assert [c for c in COMMANDS if f"\n    {c} " in listed] == list(COMMANDS)
    lacking = []
    for command in COMMANDS:
        with pytest.raises(SystemExit) as done:
            main([command, "--help", "--lang", "en"])
        assert done.value.code == 0
        if "--lang {id,en}" not in capsys.readouterr().out:
            lacking.append(command)
    assert lacking == []


def test_stats_takes_lang_after_its_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pra.resources import example_path

    assert main(["stats", str(example_path("surabaya")), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Summary of 1 workshop")
