"""The per-user command budget stays bounded: idle users are forgotten, and at most
``maxsize`` are remembered at once (least recently active forgotten first)."""

from __future__ import annotations

from bot.client import Cooldowns


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_spent_budget_makes_the_user_wait() -> None:
    cooldowns = Cooldowns(2, 10.0, clock=Clock())
    assert cooldowns.spend(1) is None
    assert cooldowns.spend(1) is None
    assert cooldowns.spend(1) > 0
    assert cooldowns.spend(2) is None  # another user has their own budget


def test_idle_users_are_forgotten_after_the_window() -> None:
    clock = Clock()
    cooldowns = Cooldowns(1, 10.0, clock=clock)
    for user in range(50):
        cooldowns.spend(user)
    assert len(cooldowns.buckets) == 50
    clock.now += 10.5
    cooldowns.spend(999)
    assert list(cooldowns.buckets) == [999]
    assert cooldowns.spend(0) is None  # a forgotten user starts with a full budget


def test_least_recently_active_users_are_evicted_past_maxsize() -> None:
    clock = Clock()
    cooldowns = Cooldowns(1, 10.0, maxsize=3, clock=clock)
    for user in (1, 2, 3):
        cooldowns.spend(user)
    clock.now += 1
    assert cooldowns.spend(1) > 0  # user 1 is active again (and still limited)
    cooldowns.spend(4)  # one too many: user 2, the least recent, goes
    assert sorted(cooldowns.buckets) == [1, 3, 4]
    assert len(cooldowns.buckets) == 3
