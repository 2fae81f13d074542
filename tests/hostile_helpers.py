"""Resolvers that misbehave on purpose, for the batch tests: they pickle by reference to
this module, so worker processes import it and act in the worker, not in the test."""

from __future__ import annotations

import os

from geomig.geoparse.resolve import Resolver


class Misbehaves(Resolver):
    """The local resolver, except on a text holding `word`: `action` "exit" ends the
    worker process at once (as an out-of-memory kill would), "raise" raises a bug."""

    name = "misbehaves"

    def __init__(self, word: str, action: str):
        self.word, self.action = word, action

    @property
    def gazetteer(self):
        from geomig.gazetteer.index import Gazetteer

        return Gazetteer.default()  # opened in the worker, once per process

    def resolve(self, text, spans):
        if self.word in text:
            if self.action == "exit":
                os._exit(3)
            raise ZeroDivisionError("a bug on purpose")
        from geomig.geoparse.resolve import LocalResolver

        return LocalResolver.shared(self.gazetteer).resolve(text, spans)
