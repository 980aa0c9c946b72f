"""argparse's own words (usage, headings, -h, errors) come from the catalogue too."""

from __future__ import annotations

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
