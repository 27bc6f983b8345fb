"""An export appears complete or not at all, and never over the source workbook."""
from __future__ import annotations

import errno
import os

import openpyxl
import pytest

from reform_studio.workbook.export import ExportError, write_comparison

OLD = b"the previous export, still needed"


@pytest.fixture
def old_export(tmp_path):
    path = tmp_path / "comparison.xlsx"
    path.write_bytes(OLD)
    return path


def _fail_midway(exc):
    def save(self, filename):
        with open(filename, "wb") as handle:
            handle.write(b"PK\x03\x04 half a zip")
        raise exc
    return save


@pytest.mark.parametrize("exc, words", [
    (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    (OSError(errno.EIO, "Input/output error"), "Input/output error"),
])
def test_failure_midway_keeps_the_old_file_and_leaves_no_temp(monkeypatch, old_export, scheme, projections,
                                                              reforms, exc, words):
    monkeypatch.setattr(openpyxl.Workbook, "save", _fail_midway(exc))
    with pytest.raises(ExportError, match=words):
        write_comparison(old_export, scheme, projections, reforms)
    assert old_export.read_bytes() == OLD
    assert os.listdir(old_export.parent) == [old_export.name]


def test_a_bug_midway_also_cleans_up(monkeypatch, old_export, scheme, projections, reforms):
    monkeypatch.setattr(openpyxl.Workbook, "save", _fail_midway(KeyError("bug")))
    with pytest.raises(KeyError):
        write_comparison(old_export, scheme, projections, reforms)
    assert old_export.read_bytes() == OLD
    assert os.listdir(old_export.parent) == [old_export.name]


def test_target_open_elsewhere(monkeypatch, old_export, scheme, projections, reforms):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        write_comparison(old_export, scheme, projections, reforms)
    assert old_export.read_bytes() == OLD
    assert os.listdir(old_export.parent) == [old_export.name]


def test_existing_file_is_replaced_by_a_complete_one(old_export, scheme, projections, reforms):
    write_comparison(old_export, scheme, projections, reforms)
    assert openpyxl.load_workbook(old_export).sheetnames[0] == "Summary"
    assert os.listdir(old_export.parent) == [old_export.name]


def test_refuses_to_export_over_the_source(tmp_path, monkeypatch, scheme, projections, reforms):
    source = tmp_path / "scheme.xlsx"
    source.write_bytes(b"the input workbook")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    for target in (source, "../scheme.xlsx"):
        with pytest.raises(ExportError, match="Refusing to export over the source workbook scheme.xlsx"):
            write_comparison(target, scheme, projections, reforms, source_path=source)
    link = tmp_path / "link.xlsx"
    link.symlink_to(source)
    with pytest.raises(ExportError, match="Refusing"):
        write_comparison(link, scheme, projections, reforms, source_path=source)
    assert source.read_bytes() == b"the input workbook"
    assert sorted(os.listdir(tmp_path)) == ["link.xlsx", "scheme.xlsx", "sub"]


def test_missing_folder(tmp_path, scheme, projections, reforms):
    target = tmp_path / "no such folder" / "out.xlsx"
    with pytest.raises(ExportError, match="does not exist") as info:
        write_comparison(target, scheme, projections, reforms)
    assert "no such folder" in str(info.value)
    assert os.listdir(tmp_path) == []


def test_folder_as_target(tmp_path, scheme, projections, reforms):
    with pytest.raises(ExportError, match="is a folder"):
        write_comparison(tmp_path, scheme, projections, reforms)


def test_new_file_respects_the_umask(tmp_path, scheme, projections, reforms):
    previous = os.umask(0o022)
    try:
        write_comparison(tmp_path / "shared.xlsx", scheme, projections, reforms)
    finally:
        os.umask(previous)
    assert (tmp_path / "shared.xlsx").stat().st_mode & 0o777 == 0o644
