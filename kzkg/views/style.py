"""How each kind of node looks: one colour, shape and legend glyph per category."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Look:
    shape: str  # a vis-network shape that draws its label below the node
    color: str
    glyph: str  # the legend's text symbol for that shape
    name: str  # legend wording (the ontology class label)


LOOKS: dict[str, Look] = {
    "Person": Look("dot", "#2f6fb0", "\u25cf", "person"),
    "Organization": Look("square", "#e07b20", "\u25a0", "organization"),
    "Group": Look("triangle", "#8a5cb8", "\u25b2", "group"),
    "Place": Look("diamond", "#2f9e44", "\u25c6", "place"),
    "Post": Look("hexagon", "#8c564b", "\u2b22", "post"),
    "Tenure": Look("dot", "#9a9a9a", "\u25cf", "tenure"),
    "Event": Look("triangleDown", "#d13b3b", "\u25bc", "event"),
    "Claim": Look("star", "#d4a000", "\u2605", "claim"),
    "Statistic": Look("square", "#1aa3a3", "\u25a0", "statistic"),
    "Entity": Look("dot", "#b0b0b0", "\u25cf", "other entity"),
    "Fact": Look("dot", "#c8c8c8", "\u25cf", "other fact"),
}


def look(category: str) -> Look:
    return LOOKS.get(category, LOOKS["Fact"])
