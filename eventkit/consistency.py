"""Read-your-writes for routes that answer from read models.

One mechanism for every service: before such a read, the service's projections are brought to
the log's head as it is when the read begins (`ProjectionRunner.catch_up`, which projects what is
waiting itself rather than waiting for the background loop). Whatever a caller, or anyone else,
wrote before asking is then in the answer: a receipt just issued is found by its number, a
certificate just issued verifies, a case read after a command shows that command's version.
When the projections cannot get there in time the answer is 503 with `Retry-After`, never a
stale one (a genuine certificate must not read as unknown).
"""

from typing import Annotated

from fastapi import Depends, Request

from eventkit.problem_docs import answers
from eventkit.problems import ProblemError
from eventkit.projections import ProjectionRunner

CATCH_UP_S = 5.0


class NotYetConsistent(ProblemError):
    status, title, type_suffix = 503, "Service Unavailable", "read-model-behind"


@answers(503)
async def read_your_writes(request: Request) -> None:
    runtime = getattr(request.app.state, "runtime", None)
    projections = runtime.spec.projections if runtime is not None else ()
    if not projections:
        return
    runner = ProjectionRunner(request.app.state.pool, projections)
    try:
        await runner.catch_up(CATCH_UP_S)
    except TimeoutError as error:
        raise NotYetConsistent(detail="the read models are catching up; retry shortly",
                               headers={"Retry-After": "1"}) from error


Fresh = Annotated[None, Depends(read_your_writes)]
