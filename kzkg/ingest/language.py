"""The language a body is written in, by py3langid (its model ships inside the package).

The extractor reads English only (kzkg/extract/pipeline.py `reads_language`);
a body in another language is still added, with its `language` in front
matter, so the build can say so and leave it out of extraction.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Below this the detector is guessing (names and numbers, short texts): trust
# what the source declared instead.
CONFIDENT = 0.9
SAMPLE = 20_000  # characters: plenty to tell a language, and quick


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(body: str, declared: str = "") -> str:
    """An ISO 639-1 code: the body's language when the detector is sure, else the declared
    one, else English."""
    language, probability = _identifier().classify(body[:SAMPLE])
    if language == "en" or probability >= CONFIDENT:
        return str(language)
    return declared.split("-")[0].lower() or "en"
