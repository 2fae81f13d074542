"""The map's look, read from styles.toml: one place both renderers take their colours from."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from geomig.errors import RenderError


@dataclass(frozen=True, slots=True)
class Layer:
    """One toggle of the layer control and the picture roles it holds."""

    key: str
    label: str
    roles: tuple[str, ...]
    show: bool


@dataclass(frozen=True, slots=True)
class Styles:
    """The parsed styles.toml; lookups fall back so an unknown value never breaks a map."""

    raw: dict[str, Any]
    layers: tuple[Layer, ...]

    @property
    def map(self) -> dict[str, Any]:
        return self.raw["map"]

    def section(self, name: str) -> dict[str, Any]:
        return self.raw[name]

    def layer_for_role(self, role: str) -> Layer:
        """The layer a role belongs to; unknown roles go with the plain places."""
        for layer in self.layers:
            if role in layer.roles:
                return layer
        return self.layers[0]

    def layer(self, key: str) -> Layer:
        return next(layer for layer in self.layers if layer.key == key)

    def role(self, role: str) -> dict[str, Any]:
        roles = self.raw["roles"]
        return roles.get(role, roles["place"])

    def leg(self, mode: str | None) -> dict[str, Any]:
        legs = self.raw["legs"]
        return legs.get(mode or "unknown", legs["unknown"])

    def control(self, control: str | None) -> dict[str, Any]:
        controls = self.raw["controls"]
        return controls.get(control or "other", controls["other"])

    def control_key(self, control: str | None) -> str:
        """The styles key for a control type ('other' when unknown)."""
        return control if control in self.raw["controls"] else "other"

    def leg_key(self, mode: str | None) -> str:
        return mode if mode in self.raw["legs"] else "unknown"


def parse(text: str) -> Styles:
    """Parse styles TOML text (the packaged file or a user's own)."""
    try:
        raw = tomllib.loads(text)
        layers = tuple(
            Layer(d["key"], d["label"], tuple(d.get("roles", ())), bool(d.get("show", True)))
            for d in raw["layers"]
        )
        for name in ("map", "roles", "legs", "controls", "zone", "area", "audit", "basemap", "several"):
            raw[name]
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as err:
        raise RenderError(f"styles are invalid: {err}") from err
    return Styles(raw=raw, layers=layers)


@cache
def default() -> Styles:
    """The packaged styles (geomig/render/styles.toml), parsed once."""
    return parse(resources.files(__package__).joinpath("styles.toml").read_text("utf-8"))
