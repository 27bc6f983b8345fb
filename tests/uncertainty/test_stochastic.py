"""Stochastic projections (issue 13, item 3): the generator, the fans, the command and the sheet."""
from __future__ import annotations

import json

import numpy as np
import openpyxl
import pytest

from reform_studio.cli import main
from reform_studio.engine.errors import InputError
from reform_studio.engine.projection import project_many
from reform_studio.engine.reform import Reform
from reform_studio.engine.stochastic import (PERCENTILES, RATES, REPORTED, Volatility, draw_deviations,
                                             run_stochastic, volatility_from_keys)
from reform_studio.samples import sample_path
from reform_studio.workbook.reader import read_stochastic
from tests.conftest import example_files
from tests.uncertainty.helpers import edited_workbook

ZERO = Volatility({r: 0.0 for r in RATES}, Volatility().autocorrelation, Volatility().correlation)


@pytest.fixture(scope="module")
def reforms(example1_scheme):
    _, files, _ = example_files("example1")
    return [Reform("Baseline")] + [Reform.from_dict(json.loads(f.read_text())) for f in files]


def test_generator_statistics_match_the_inputs_within_sampling_error():
    """20,000 simulated years (1,000 paths × 20 stationary years): means 0, standard
    deviations, lag-1 autocorrelations and shock correlations within 4 standard errors."""
    vol = Volatility({"inflation": 0.02, "real_wage_growth": 0.01, "investment_return": 0.07},
                     {"inflation": 0.7, "real_wage_growth": 0.3, "investment_return": -0.2},
                     {("inflation", "real_wage_growth"): -0.4, ("inflation", "investment_return"): 0.5,
                      ("real_wage_growth", "investment_return"): 0.1})
    d = draw_deviations(vol, 1000, 21, seed=11)
    series = {r: getattr(d, r)[:, 1:] for r in RATES}  # the base year has no deviation
    assert all((getattr(d, r)[:, 0] == 0).all() for r in RATES)
    n = 20_000
    shocks = {}
    for r in RATES:
        x, sd, phi = series[r], vol.sd[r], vol.autocorrelation[r]
        assert x.size == n
        effective = n * (1 - phi) / (1 + phi)  # autocorrelated years carry less information
        assert abs(x.mean()) < 4 * sd / np.sqrt(effective)
        assert abs(x.std() - sd) < 4 * sd / np.sqrt(2 * effective)
        lag = np.corrcoef(x[:, 1:].ravel(), x[:, :-1].ravel())[0, 1]
        assert abs(lag - phi) < 4 * np.sqrt((1 - phi ** 2) / n)
        shocks[r] = (x[:, 1:] - phi * x[:, :-1]).ravel()
    for (a, b), rho in vol.correlation.items():
        got = np.corrcoef(shocks[a], shocks[b])[0, 1]
        assert abs(got - rho) < 4 * (1 - rho ** 2) / np.sqrt(n)


def test_impossible_correlations_and_bad_settings_are_refused():
    with pytest.raises(InputError, match="not a possible correlation matrix"):
        Volatility(correlation={("inflation", "real_wage_growth"): 0.9, ("inflation", "investment_return"): 0.9,
                                ("real_wage_growth", "investment_return"): -0.9})
    with pytest.raises(InputError, match="standard deviation of inflation"):
        Volatility(sd={"inflation": -0.01, "real_wage_growth": 0.01, "investment_return": 0.01})


def test_same_seed_same_numbers_and_another_seed_other_numbers(example1_scheme, reforms):
    one = run_stochastic(example1_scheme, reforms, 50, seed=3).to_dict()
    assert run_stochastic(example1_scheme, reforms, 50, seed=3).to_dict() == one
    assert run_stochastic(example1_scheme, reforms, 50, seed=4).to_dict() != one


def test_zero_volatility_collapses_every_percentile_onto_the_deterministic_projection(example1_scheme, reforms):
    result = run_stochastic(example1_scheme, reforms, 20, seed=1, volatility=ZERO)
    for fan, projection in zip(result.fans, project_many(example1_scheme, reforms)):
        table = projection.indicators
        expected = {"reserve_ratio": table["reserve_ratio"].to_numpy(),
                    "payg_cost_rate": table["payg_cost_rate"].to_numpy(),
                    "reserve_to_gdp": (table["reserve"] / table["gdp"]).to_numpy()}
        for name in REPORTED:
            for k in range(len(PERCENTILES)):
                np.testing.assert_array_equal(fan.percentiles[name][k], expected[name])
        assert (fan.gap == projection.summary["gap"]).all()
        depleted = (table["reserve"].to_numpy() < 0).cumsum() > 0
        np.testing.assert_array_equal(fan.probability_depleted, depleted.astype(float))


def test_percentiles_are_ordered_and_depletion_never_becomes_less_likely(example1_scheme, reforms):
    strong = Volatility({"inflation": 0.02, "real_wage_growth": 0.02, "investment_return": 0.1})
    result = run_stochastic(example1_scheme, reforms, 200, seed=5, volatility=strong)
    for fan in result.fans:
        for name in REPORTED:
            values = fan.percentiles[name][:, 1:]  # the base year is certain
            assert (np.diff(values, axis=0) >= 0).all()
            assert (values[-1] > values[0]).any()  # a fan, not a line
        assert (np.diff(fan.probability_depleted) >= 0).all()
        assert (np.diff(fan.gap) >= 0).all() and fan.gap[-1] > fan.gap[0]
    assert 0 < result.fans[0].probability_depleted[-1] <= 1


def test_the_stochastic_sheet_sets_the_volatility(tmp_path):
    def add_sheet(book):
        sheet = book.create_sheet("Stochastic")
        sheet.append(["Parameter", "Value"])
        sheet.append(["investment_return_sd", 0.0])
        sheet.append(["inflation_autocorrelation", 0.2])

    keys = read_stochastic(edited_workbook(tmp_path, add_sheet))
    vol = volatility_from_keys(keys)
    assert vol.sd["investment_return"] == 0.0 and vol.autocorrelation["inflation"] == 0.2
    assert vol.sd["inflation"] == Volatility().sd["inflation"]  # absent keys keep the defaults
    assert read_stochastic(sample_path("kenya")) == {}

    def bad_sheet(book):
        sheet = book.create_sheet("Stochastic")
        sheet.append(["Parameter", "Value"])
        sheet.append(["inflation_sd", 2])

    with pytest.raises(InputError, match="Stochastic"):
        read_stochastic(edited_workbook(tmp_path, bad_sheet))


def test_the_command_writes_the_issues_json_and_a_stochastic_sheet(tmp_path, capsys):
    workbook, files, _ = example_files("example1")
    out, book = tmp_path / "st.json", tmp_path / "st.xlsx"
    args = ["stochastic", str(workbook), "--reform", str(files[0]), "--paths", "40", "--seed", "7"]
    assert main(args + ["--json", str(out), "--export", str(book)]) == 0
    data = json.loads(out.read_text())
    assert data["paths"] == 40 and data["seed"] == 7
    baseline = data["scenarios"][0]
    assert baseline["name"] == "Baseline" and len(data["scenarios"]) == 2
    for name in REPORTED:
        assert set(baseline[name]) == {"p5", "p25", "p50", "p75", "p95"}
        assert len(baseline[name]["p50"]) == len(baseline["years"])
    assert len(baseline["probability_depleted"]) == len(baseline["years"])
    assert set(baseline["gap"]) >= {"p5", "p25", "p50", "p75", "p95"}
    sheet = openpyxl.load_workbook(book)["Stochastic"]
    assert len(sheet._charts) == 4
    again = tmp_path / "again.json"
    assert main(args + ["--json", str(again)]) == 0
    assert json.loads(again.read_text()) == data


@pytest.mark.parametrize("extra, words", [(["--paths", "0", "--seed", "1"], "--paths"),
                                          (["--paths", "10", "--seed", "x"], "--seed")])
def test_bad_options_exit_2_with_a_sentence(extra, words, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["stochastic", str(sample_path("kenya")), *extra])
    assert caught.value.code == 2
    assert words in capsys.readouterr().err


def test_the_printed_fan_says_depleted_not_a_negative_number_of_years(capsys):
    """Kenya's reserve runs out before 2075 on every path: its reserve ratio there is told as
    "depleted" (the JSON keeps the numbers)."""
    assert main(["stochastic", str(sample_path("kenya")), "--paths", "20", "--seed", "3"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("2100:"))
    assert "p5 depleted, median depleted, p95 depleted" in line and " -" not in line
