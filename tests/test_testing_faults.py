"""The fake's token bucket: Retry-After computed from the bucket, per key, fake clock."""

from __future__ import annotations

import pytest

from customers_api.testing import FaultConfig
from customers_api.testing._faults import TokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_retry_after_in_whole_seconds_until_a_token_is_back() -> None:
    clock = Clock()
    bucket = TokenBucket(0.25, 2, clock=clock)  # one token every 4 s
    assert [bucket.take("a"), bucket.take("a")] == [0, 0]  # the burst
    assert bucket.take("a") == 4  # 1 token missing at 0.25/s
    clock.now += 2.0  # half a token back
    assert bucket.take("a") == 2
    clock.now += 1.5  # 0.875 of a token: 0.5 s to go, rounded up to a whole second
    assert bucket.take("a") == 1
    clock.now += 0.5
    assert bucket.take("a") == 0  # a whole token: served (and spent)
    assert bucket.take("a") == 4


def test_a_fast_bucket_still_says_at_least_one_second() -> None:
    clock = Clock()
    bucket = TokenBucket(200.0, 40, clock=clock)
    assert all(bucket.take("s") == 0 for _ in range(40))
    assert bucket.take("s") == 1  # 5 ms to the next token: HTTP's delta-seconds are whole
    clock.now += 0.005
    assert bucket.take("s") == 0


def test_refused_requests_take_no_token_and_keys_are_independent() -> None:
    clock = Clock()
    bucket = TokenBucket(1.0, 1, clock=clock)
    assert bucket.take("a") == 0
    for _ in range(5):
        assert bucket.take("a") == 1
    assert bucket.take("b") == 0  # another site id has its own bucket
    clock.now += 1.0
    assert bucket.take("a") == 0  # refusals did not push the next token back


def test_the_bucket_never_holds_more_than_its_burst() -> None:
    clock = Clock()
    bucket = TokenBucket(10.0, 3, clock=clock)
    clock.now += 3600
    assert [bucket.take("k") for _ in range(4)] == [0, 0, 0, 1]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"rate_limit": 0}, "rate_limit"),
        ({"rate_limit": -1.0}, "rate_limit"),
        ({"rate_limit": float("inf")}, "rate_limit"),
        ({"rate_limit": 5, "rate_burst": 0}, "rate_burst"),
        ({"rate_limit": 5, "rate_burst": 2.5}, "rate_burst"),
        ({"rate_burst": 3}, "needs rate_limit"),
    ],
)
def test_bad_limits_are_value_errors(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        FaultConfig(**kwargs)  # type: ignore[arg-type]


def test_burst_defaults_to_the_rate() -> None:
    assert FaultConfig(rate_limit=200).burst == 200
    assert FaultConfig(rate_limit=0.5).burst == 1
    assert FaultConfig(rate_limit=5, rate_burst=2).burst == 2
    assert FaultConfig(rate_limit=5).active


def test_serve_rejects_an_out_of_range_knob_as_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from customers_api.testing.__main__ import main

    with pytest.raises(SystemExit) as info:
        main(["serve", "--fail-503", "2"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "fail_503 must be within [0, 1], got 2.0" in err
    assert "Traceback" not in err
