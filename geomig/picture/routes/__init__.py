"""Routes: ordered legs origin/transit -> launch point -> sea -> destination.

Each document gives the stages its role claims fill; documents departing from the same
country are merged (the transit area one article names and the launch point another
names belong to one corridor). Land legs are straight lines; sea legs follow the sea
(searoute) and are checked against the land polygons.

The stages, each a module importing only those above it:

    model      RoutePlan, Leg and the measures of places every stage uses
    words      the words between two claims of a sentence
    groups     a document's parts: other events, groups and people kept apart
    chains     legs the text states one after another, chained into journeys
    hoped      places only hoped for or headed to (no stop)
    reading    one document read alone (_DocReader), kept in a memo
    returns    where a return or a transfer starts when its sentence names none
    stated     movements the text states whole, as routes of their own
    ordering   a corridor's ends and the order of its stops
    corridors  a corridor's routes planned from its role claims
    journeys   one journey per way: parts, reorderings and duplicates merged
    modes      how each leg goes, as its own words say
    planning   plan() and remember(): the stages above, in turn
    drawing    build(): a plan's legs drawn as a route Feature
"""

from geomig.picture.routes.drawing import build
from geomig.picture.routes.model import Leg, RoutePlan
from geomig.picture.routes.planning import plan, remember

__all__ = ["Leg", "RoutePlan", "build", "plan", "remember"]
