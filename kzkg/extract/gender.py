"""Whether "he" or "she" can stand for a person, by the ending of the person's surname
where the region's surnames tell the sex (entities.yaml: female_surname_endings,
male_surname_endings): "Bekova ... she says" never goes to a Massimov named after her.
A surname that ends otherwise ("Psaki", "Blinken") agrees with either."""

from __future__ import annotations

from kzkg.extract.model import EntityKey
from kzkg.lexicon import Lexicon

FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}


def sex_of(person: EntityKey, lexicon: Lexicon) -> str | None:
    """ "female", "male" or None, from the last word of the person's name."""
    surname = person.label.split()[-1].lower() if person.label else ""
    # the female endings first: "Nazarbayeva" ends in "ev" + "a"
    if surname.endswith(tuple(lexicon.words("female_surname_endings"))):
        return "female"
    if surname.endswith(tuple(lexicon.words("male_surname_endings"))):
        return "male"
    return None


def agrees(pronoun: str, person: EntityKey, lexicon: Lexicon) -> bool:
    """Whether the pronoun can stand for the person."""
    sex = sex_of(person, lexicon)
    if sex is None:
        return True
    if pronoun.lower() in FEMALE_PRONOUNS:
        return sex == "female"
    if pronoun.lower() in MALE_PRONOUNS:
        return sex == "male"
    return True
