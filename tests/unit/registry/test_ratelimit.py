from services.registry.ratelimit import TokenBucket


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_a_burst_passes_then_the_client_waits():
    clock = Clock()
    bucket = TokenBucket(burst=3, per_minute=60, clock=clock)
    assert [bucket.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take("a") == 1.0  # one token a second


def test_tokens_come_back_with_time_up_to_the_burst():
    clock = Clock()
    bucket = TokenBucket(burst=2, per_minute=60, clock=clock)
    bucket.take("a"), bucket.take("a")
    clock.t = 100.0
    assert [bucket.take("a") for _ in range(3)][:2] == [0.0, 0.0]


def test_clients_have_their_own_buckets():
    bucket = TokenBucket(burst=1, per_minute=1, clock=Clock())
    assert bucket.take("a") == 0.0
    assert bucket.take("a") > 0
    assert bucket.take("b") == 0.0


def test_memory_is_bounded_by_forgetting_the_longest_idle_client():
    bucket = TokenBucket(burst=1, per_minute=1, clock=Clock(), max_clients=2)
    for client in ("a", "b", "c"):
        bucket.take(client)
    assert bucket.take("a") == 0.0  # forgotten, so it starts with a full bucket again
