"""Every broken or hostile file of the corpus is refused with an InputError naming the place."""
from __future__ import annotations

import time

import pytest

from reform_studio.engine.errors import InputError
from reform_studio.workbook import read_scheme
from tests.workbook.corpus import CASES


def test_corpus_is_large_enough():
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_refused_with_sheet_cell_and_sentence(case, tmp_path):
    path = case.build(tmp_path)
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        read_scheme(path)
    elapsed = time.perf_counter() - start
    if case.hostile:
        assert elapsed < 1.0, f"{case.name} took {elapsed:.2f} s"
    error = info.value
    assert error.source == path.name
    matching = [p for p in error.problems if (p.sheet, p.cell) == (case.sheet, case.cell)
                and all(word in str(p) for word in case.words)]
    assert matching, "\n".join(str(p) for p in error.problems)
    assert len(error.problems) == case.count, "\n".join(str(p) for p in error.problems)
    if case.sheet is None:  # the whole file is refused: one sentence naming the file
        assert path.name in str(error)
