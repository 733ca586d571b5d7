"""Values for the saved queries whose parameters have no default, on the seed graph."""

# Nazarbayev as head of the Security Council, in the seed fixture
SEED_FACT = "https://w3id.org/kzkg/id/tenure/9d3b8be7432c5007"

REQUIRED: dict[str, dict[str, str]] = {"evidence-of": {"fact": SEED_FACT}}
