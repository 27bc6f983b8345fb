"""Read the UN WPP 2024 extract in shared/data/wpp2024 and turn it into single-age inputs.

Every function takes the data folder and a UN M49 country code, and returns numpy arrays
shaped (sex, age) = (2, 101), sex 0 male, age 100 = 100+, in persons (WPP counts are in
thousands).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from graduation import graduate, graduate_profile, round_preserving_groups
from lifetable import spec_qx

GROUP_STARTS_5YR = np.arange(0, 101, 5)          # 0-4, ..., 95-99, 100+
FERTILE_STARTS = np.arange(15, 50, 5)            # 15-19 .. 45-49


def _csv(data: Path, name: str, code: int) -> pd.DataFrame:
    frame = pd.read_csv(data / "wpp2024" / name)
    out = frame[frame["country_code"] == code]
    if out.empty:
        raise ValueError(f"country {code} is not in {name}")
    return out


def _age_start(label: str) -> int:
    return int(str(label).split("-")[0].rstrip("+"))


def population_groups(data: Path, code: int, year: int) -> np.ndarray:
    """WPP population at 1 January of `year` by sex and 5-year group, in persons (2, 21)."""
    frame = _csv(data, "population_5yr_age_sex_2000_2025.csv", code)
    frame = frame[frame["year"] == year].copy()
    frame["start"] = frame["age"].map(_age_start)
    frame = frame.sort_values("start")
    if list(frame["start"]) != list(GROUP_STARTS_5YR):
        raise ValueError(f"population groups for {code} {year} are incomplete")
    return np.round(frame[["popM", "popF"]].to_numpy().T * 1000.0)


def population_single(data: Path, code: int, year: int) -> np.ndarray:
    """Whole persons by single age 0..100, each 5-year group total kept exactly."""
    groups = population_groups(data, code, year)
    out = np.zeros((2, 101), dtype=np.int64)
    for s in range(2):
        single = graduate(groups[s, :20], GROUP_STARTS_5YR[:20], 100)
        out[s, :100] = round_preserving_groups(single, GROUP_STARTS_5YR[:20], groups[s, :20])
        out[s, 100] = int(groups[s, 20])
    return out


def _period_rates(data: Path, code: int) -> tuple[np.ndarray, np.ndarray]:
    """Period centres (start + 2.5) and rates (period, sex, 22 abridged ages)."""
    frame = _csv(data, "death_rates_5yr_age_sex.csv", code).copy()
    frame["start"] = frame["period"].map(_age_start)
    frame["age_start"] = frame["age"].map(_age_start)
    frame = frame.sort_values(["start", "age_start"])
    starts = np.sort(frame["start"].unique())
    rates = np.stack([frame[frame["start"] == p][["mxM", "mxF"]].to_numpy().T for p in starts])
    if rates.shape[1:] != (2, 22):
        raise ValueError(f"death rates for {code} do not have the 22 abridged ages")
    return starts + 2.5, rates


def death_rates(data: Path, code: int, year: int) -> np.ndarray:
    """Abridged nmx for calendar year `year` (centred at year + 0.5): log-linear between the
    two WPP periods whose centres bracket it."""
    centres, rates = _period_rates(data, code)
    t = year + 0.5
    k = int(np.clip(np.searchsorted(centres, t) - 1, 0, len(centres) - 2))
    w = float(np.clip((t - centres[k]) / (centres[k + 1] - centres[k]), 0.0, 1.0))
    return np.exp((1 - w) * np.log(rates[k]) + w * np.log(rates[k + 1]))


def mortality(data: Path, code: int, year: int) -> np.ndarray:
    """Spec-basis qx (2, 101) for calendar year `year`."""
    m = death_rates(data, code, year)
    return np.stack([spec_qx(m[0], male=True), spec_qx(m[1], male=False)])


def annual_series(data: Path, name: str, column: str, code: int, years: list[int]) -> np.ndarray:
    """One WPP annual indicator (estimates, then the medium/median projection) for `years`."""
    frame = _csv(data, name, code).drop_duplicates("year").set_index("year")
    missing = [y for y in years if y not in frame.index]
    if missing:
        raise ValueError(f"{name} has no {column} for {code} in {missing}")
    return frame.loc[years, column].to_numpy(dtype=float)


def fertility_pattern(data: Path, code: int, year: int) -> np.ndarray:
    """Single-age fertility profile for ages 15..49 summing to 1: WPP's percent-ASFR of the
    two periods around `year` (linear), graduated as a piecewise-linear profile."""
    frame = _csv(data, "fertility_age_pattern_5yr.csv", code).copy()
    frame["start"] = frame["period"].map(_age_start)
    frame["age_start"] = frame["age"].map(_age_start)
    centres = np.sort(frame["start"].unique()) + 2.5
    t = year + 0.5
    k = int(np.clip(np.searchsorted(centres, t) - 1, 0, len(centres) - 2))
    w = float(np.clip((t - centres[k]) / 5.0, 0.0, 1.0))

    def pattern(centre: float) -> np.ndarray:
        rows = frame[frame["start"] == centre - 2.5].sort_values("age_start")
        return rows["pasfr"].to_numpy(dtype=float)

    groups = (1 - w) * pattern(centres[k]) + w * pattern(centres[k + 1])
    single = graduate_profile(groups, FERTILE_STARTS, 50)
    return single / single.sum()


def migration_profile(data: Path, code: int, period: str) -> np.ndarray:
    """Age-sex profile of net migration (2, 101), summing to 1, with the sign of the
    national total: the WPP 5-year net migrants of `period`, ages whose flow runs against
    the total set to 0 (the template takes a non-negative profile), then graduated."""
    frame = _csv(data, "net_migration_5yr_age_sex.csv", code)
    frame = frame[frame["period"] == period].copy()
    frame["start"] = frame["age"].map(_age_start)
    frame = frame.sort_values("start")
    flows = frame[["migM", "migF"]].to_numpy().T
    sign = 1.0 if flows.sum() >= 0 else -1.0
    aligned = np.maximum(sign * flows, 0.0)
    out = np.zeros((2, 101))
    for s in range(2):
        out[s, :100] = graduate_profile(aligned[s, :20], GROUP_STARTS_5YR[:20], 100)
        out[s, 100] = aligned[s, 20]
    return out / out.sum()
