"""The console's pages, one module per screen; `routers` is what the app mounts."""

from . import cases, front_office, payments, public, queue, registry, signin, sla

routers = [signin.router, front_office.router, queue.router, cases.router, registry.router,
           payments.router, sla.router, public.router]
