"""Kafka topics: one per owning service, plus the treasury's answers. Key = case (stream) id."""

INTAKE_APPLICATIONS = "intake.applications"
WORKFLOW_CASES = "workflow.cases"
REGISTRY_DOCUMENTS = "registry.documents"
PAYMENTS_ORDERS = "payments.orders"
TREASURY_ANSWERS = "treasury.answers"

ALL_TOPICS = (
    INTAKE_APPLICATIONS,
    WORKFLOW_CASES,
    REGISTRY_DOCUMENTS,
    PAYMENTS_ORDERS,
    TREASURY_ANSWERS,
)
