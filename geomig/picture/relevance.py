"""Which role claims stand: places that play no role in the report although a role cue
read them (a comparison, a donor's or a suspect's nationality, a reporter's desk, a
sentence about troops or cargo, a report unconfirmed or of long ago), and the window search
the control zones share with it.

Every marker is a [settings] pattern of cues.toml; this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geomig.errors import PictureError
from geomig.models import Mention
from geomig.picture import story
from geomig.picture.claims import Claim
from geomig.picture.cues import (Lexicon, Masked, any_search, cue_ids, finder, holds_words, lowered_sentence,
                                  lowered_text, matches, may_hold, search, setting_rx)

_WINDOW = 120  # characters before a place that a setting anchored at it ("...$") may read


def just_before(masked: Masked, at: int, rx: re.Pattern) -> re.Match | None:
    """rx searched in the words of a sentence right before a document offset (a setting
    anchored there, "...$"): a window keeps a long sentence from being searched whole, and
    a sentence without the regex's keywords is not searched at all."""
    if not holds_words(rx, masked):
        return None
    end = max(at - masked.start, 0)
    return search(rx, masked.sentence, lowered_sentence(masked), max(end - _WINDOW, 0), end)  # (rx.search)


def compared(masked: Masked, at: int, before: re.Pattern, when: re.Pattern | None) -> bool:
    """Whether the words before a document offset of a sentence put it in a comparison."""
    hit = just_before(masked, at, before)
    return hit is not None and (bool(hit.group("strong"))
                                or (when is not None and when.search(masked.sentence, hit.start()) is not None))


def no_role(claims: Sequence[Claim], sentences: Sequence[Masked], lexicon: Lexicon) -> list[Claim]:
    """The claims without those on places that play no role in the report (a return's end
    kept for its route only, a place spoken of made a hoped-for end):
    - a place named only in a comparison: "as on the Balkan route in 2015", "compared the
      flows to those from Syria into Turkey a decade ago" ([settings] compared_before, right
      before the place; a weak marker, "as in", "like", counts only with another time in its
      sentence, compared_time);
    - a nationality that names no one who moves: "a Swiss donor", "the Irish Refugee
      Council", "the American ambassador", "two Egyptian men accused of steering the boat",
      "of German descent" (not_origin_after, right after the word); or one acquired: "obtained
      Maltese passports" (not_origin_before, right before it); or a people, not a country
      left: "ethnic Armenians from X" (ethnic_before, right before it);
    - a place in a question that asks whether people will or would go, not how or why they
      went: "Do you think of leaving X?", "Why not go through Y?" (unasserted_question, on
      the sentence);
    - where a report is filed from or an organisation is based: "that is all from X",
      "a charity based in X" (not_role_before, right before the place);
    - a river or a lake as an origin: "two men pulled from the Dniester river", "a village on
      the Senegal River", "families from the Lake Victoria islands" (water_name in the place's
      words where the gazetteer's kind is one of water_kinds, not a town's: "Fall River";
      water_after right after them): a body of water is no one's home (a move from it stays one:
      "families fled from Lake Chad to Y");
    - a place reached by telephone: "passengers who reached relatives in X by telephone"
      (contact_after, right after the place);
    - the end of a return said by its conveyance, a destination of no one's choosing:
      "removal flights to X will begin" (return_before, right before the place; a return
      carried out is claimed first by the return cue, whose end has no role);
    - the start of a return, where people were, as an origin: "he came home from X", "refugees
      sent back from X" (return_from_before, right before the place); a town as a launch
      point that starts a return the clause tells with its ride, "returned to X by bus from Y"
      (return_start_before, right before the place), is kept for the route only, the start of
      a return ("returned_from");
    - the end of a return, a deportation or a push-back as a destination: "will return them by
      ferry to X", "crossed back into Y" (return_end_before, right before the place): the claim
      stays for the route only, as the end of a return ("returned"); not one only hoped for;
    - a place people speak or dream of as an origin: "they dream of X and Y" (spoken_of_before,
      right before the place): a hoped-for end, an intended destination; not one spoken of as a
      home: "talked of X, where they grew up" (spoken_of_home_after, right after it);
    - a stop on the way named as people's goal: "their goal was X" (goal_before, right before
      the place): a destination, still a stop the route goes on from;
    - a place people left years ago: "migrants who left X ten years ago" (left_long_ago_after,
      right after the place; a leaving cue with no craft, sea or border, launch_kept_words): a
      home left, an origin; where the rest of a count left from, the verb left out: "27 per cent
      left from X, and the rest from Y" (gapped_launch_before, right before the place): a launch
      point;
    - a stop where someone waits for the one who moves: "his cousin is waiting for him in X"
      (awaited_before, right before the place): a hoped-for end, an intended destination;
    - a destination a scheme or a visa would let people settle in: "up to 280 a year would be
      able to settle in X" (allowed_before, right before the place): an end open to them, not
      reached (intended, and no stop of a route);
    - a place in a clause whose report is unconfirmed or withdrawn: "arrivals were reported
      from X, but this could not be confirmed" (unconfirmed, in the place's clause), or in
      what a clause says is unconfirmed or withdrawn: "police could not confirm whether the
      boat left X", "earlier we wrote that a boat had come from X" (a match's group `ahead`);
      not where another fact is unconfirmed: "could not confirm the death toll"; or in a clause
      the next one opens by saying it is unconfirmed: "... crossed into X; the court heard that
      this could not be confirmed" (unconfirmed_next, at the next clause's start), the last
      clause's next being the next sentence: "... left X. Reuters could not verify the account.";
    - the home or nationality of one a court tries for moving people: "sentenced a man from X
      to five years for smuggling" (tried_before, right before the place; tried_for, after it),
      read as an origin or as where a leg starts ("a van driver from X"): no one left it;
    - a destination or a stop a war reaches, not people: "5,000 have crossed since fighting
      reached X" (war_reached_before, right before the place, whoever else the sentence moves);
      where people fled as it reached it, the place they left: "fled after shelling reached X"
      (its group `fled`), an origin;
    - the home or nationality of the one who drives, steers or runs the crossing for others:
      "The driver, a 47-year-old X national, was arrested", "The captain was from X"
      (crew_before, right before the place);
    - a place inside a journey told only by its price: "flights from X to Y now cost more than
      a month's pay", "the price of a train ticket from X" (priced_journey, on the masked
      sentence); not a price paid: "the flight from X to Y cost him his savings"; or told only
      by its timetable: "the buses from X to Y now leave half empty", "a weekly flight from X to
      Y was fully booked" (scheduled_journey), not a ride taken: "they took the train from X";
    - a checkpoint or border post where the sentence stops, holds or hands people over: "police
      stopped the van at a checkpoint near X" (post_words in the cue's words, post_stopped in
      the sentence): no stop on the way, but where a force controls people (its zone stays);
    - the end of a removal told as a ride others give people after holding them, in their own
      country: "held for three weeks in X, then flown to Y" of people from Y's country
      (custody_before, earlier in the sentence; custody_conveyed, in the cue's words), or on
      their way home: "taken by bus to Y and flown home" (sent_home, in the sentence): the claim
      stays for the route only, as the end of a return ("returned");
    - a leg's start named where its people come from, in an apposition to them: "the migrants,
      mostly from X, had flown to Y" (home_from_before, right before the place): an origin;
    - a place listed after one people hope to reach: "they hoped to reach X, where they have
      family, or Y, from where they would cross" (hoped_list_before, right before the place): a
      hoped-for end, an intended destination, not a launch point or a stop;
    - a place in a sentence told of long ago: "my grandfather went to X in 1965" (long_ago:
      a year before 1990 told as a past time, "in/during (the) 19xx(s)", and nothing recent
      in the sentence, a later year, "this month", "now"), but in a text told of a past era
      (story.of_past_era: a history column's own moves), nor for a settler's home told by a cue
      whose data says `settled = true` ("Ana, 61, came from X in 1987": still where she is from);
    - a place someone of the family stays in, left behind: "her husband, who stayed in X",
      "the parents she left in X" (left_behind_before, right before the place);
    - the place or nationality of someone who helps the one who moves, takes them in or is
      thanked for it, or is tried for moving them: "a man from X helped her", "the people of X
      opened their homes to them", "a man from X was sentenced for steering the boat"
      (helper_after, right after the place; helper_from_before for a stop's place);
    - the home of a local witness, or of someone named by the part they play, in a country
      people reach or pass through in the report and that the report gives as no one's home
      otherwise (there the witness may be one of the displaced), who does not move in the sentence: "a
      retired teacher from X says the flow has slowed", "The driver, a 19-year-old from X,
      faces charges" (local_person_before, right before an origin; local_person_moves, after
      it, keeps it: "a teacher from X, fled in 2019"; a migrant's home abroad stays: "Samir,
      a teacher from Y, points at the coast");
    - a birthplace in a country people reach, pass through or live in, in a report that gives
      the movers' origins otherwise, all in other countries: "Afghans ... born in X"
      (born_before, right before an origin); a birthplace stays where it is the only origin
      given ("born in Y, he went to Z") or in a country of one ("Mauritanians ... grew up in Y");
    - a place a sentence moves troops, ships, goods or animals to, not people: "troops cross
      into X", "the cruise ship left X", "the falcons pass through X", "a crew of 28 from X",
      "visitors on the flights from X", "her body was flown home to X" (not_movers in the cue's
      words or before the place, in a text not about migration, read with the lexicon's
      off-topic copy; in one about migration, only where the sentence names no one moving:
      "the bodies were taken to X, where the survivors were also brought" keeps X);
      in a text not about migration, a conveyance too: "the vessel sailed from X"
      (conveyances_off_topic);
    - a stop on the way people went through without stopping: "drove through X and Y without
      stopping", "crossed X without getting off" (passed_without_stop_after, right after the
      place, the sentence's other places read as one token): no stop, only a road.
    """
    if not claims:      # (most documents not about migration: none of the settings below is read)
        return []
    before = setting_rx(lexicon, "compared_before", re.I)
    when = setting_rx(lexicon, "compared_time", re.I)
    named_for = setting_rx(lexicon, "not_origin_after")
    acquired = setting_rx(lexicon, "not_origin_before", re.I)
    ethnic = setting_rx(lexicon, "ethnic_before", re.I)
    asked = setting_rx(lexicon, "unasserted_question", re.I)
    papers = setting_rx(lexicon, "papers_after", re.I)
    elsewhere = setting_rx(lexicon, "not_role_before", re.I)
    things = setting_rx(lexicon, "not_movers", re.I)
    conveyed = setting_rx(lexicon, "conveyances_off_topic", re.I)
    behind = setting_rx(lexicon, "left_behind_before", re.I)
    helper = setting_rx(lexicon, "helper_after", re.I)
    helper_from = setting_rx(lexicon, "helper_from_before", re.I)
    sent_back = setting_rx(lexicon, "return_before", re.I)
    sent_from = setting_rx(lexicon, "return_from_before", re.I)
    back_from = setting_rx(lexicon, "return_start_before", re.I)
    returned = setting_rx(lexicon, "return_end_before", re.I)
    spoken_of = setting_rx(lexicon, "spoken_of_before", re.I)
    home = setting_rx(lexicon, "spoken_of_home_after", re.I)
    goal = setting_rx(lexicon, "goal_before", re.I)
    awaited = setting_rx(lexicon, "awaited_before", re.I)
    allowed = setting_rx(lexicon, "allowed_before", re.I)
    long_left = setting_rx(lexicon, "left_long_ago_after", re.I)
    gapped = (setting_rx(lexicon, "gapped_launch_before", re.I),
              frozenset(lexicon.settings.get("gapped_launch_kinds", ())),
              int(lexicon.settings.get("negation_window", 5)), lexicon)
    crossing = setting_rx(lexicon, "launch_kept_words", re.I)
    local = setting_rx(lexicon, "local_person_before", re.I)
    local_moves = setting_rx(lexicon, "local_person_moves", re.I)
    born = setting_rx(lexicon, "born_before", re.I)
    phoned = setting_rx(lexicon, "contact_after", re.I)
    water = setting_rx(lexicon, "water_name")
    water_after = setting_rx(lexicon, "water_after")
    water_kinds = _water_kinds(lexicon, water)
    unsure = setting_rx(lexicon, "unconfirmed", re.I)
    unsure_next = setting_rx(lexicon, "unconfirmed_next", re.I)
    media = setting_rx(lexicon, "unconfirmed_media", re.I)
    media_told = setting_rx(lexicon, "media_told", re.I)
    crew = setting_rx(lexicon, "crew_before", re.I)
    crew_migrant = setting_rx(lexicon, "crew_migrant_after", re.I)
    war = setting_rx(lexicon, "war_reached_before", re.I)
    old = setting_rx(lexicon, "long_ago", re.I)
    if old is not None and sentences and story.of_past_era(sentences[0].doc.text, lexicon):
        old = None     # (a history column's own era is its report's now: story.of_past_era)
    # (a living settler's home stays theirs however long ago they came: a cue's `settled`)
    settled = cue_ids(lexicon.cues, "settled")
    tried = setting_rx(lexicon, "tried_before", re.I)
    tried_for = setting_rx(lexicon, "tried_for", re.I)
    post = setting_rx(lexicon, "post_words", re.I)
    stopped = setting_rx(lexicon, "post_stopped", re.I)
    custody = setting_rx(lexicon, "custody_before", re.I)
    home_from = setting_rx(lexicon, "home_from_before", re.I)
    hoped_list = setting_rx(lexicon, "hoped_list_before", re.I)
    conveyed_by = setting_rx(lexicon, "custody_conveyed", re.I)
    sent_home = setting_rx(lexicon, "sent_home", re.I)
    priced = setting_rx(lexicon, "priced_journey", re.I)
    scheduled = setting_rx(lexicon, "scheduled_journey", re.I)
    passed = setting_rx(lexicon, "passed_without_stop_after", re.I)
    voice = (setting_rx(lexicon, "state_subject_before", re.I), setting_rx(lexicon, "state_voice_after", re.I),
             setting_rx(lexicon, "state_seat_before", re.I), setting_rx(lexicon, "state_body_after", re.I),
             setting_rx(lexicon, "state_own_return_after", re.I))
    # (compared_time, crew_migrant_after, helper_from_before, local_person_moves, papers_after, tried_for, post_stopped,
    # custody_conveyed, sent_home, unconfirmed_next, unconfirmed_media and media_told only refine other settings)
    if all(rx is None for rx in (before, named_for, acquired, ethnic, asked, elsewhere, things, conveyed, behind,
                                 helper, sent_back, sent_from, back_from, local, born, phoned, unsure,
                                 old, returned, spoken_of, goal, awaited, tried, post, custody,
                                 water, water_after, crew, war, priced, passed)):
        return list(claims)
    on_topic = not lexicon.is_off_topic
    people = setting_rx(lexicon, "moving_people", re.I)
    pronoun = setting_rx(lexicon, "moved_pronoun", re.I)
    by_index = {m.index: m for m in sentences}
    reached = {c.place.country for c in claims
               if c.role in ("destination", "transit") and c.place.country and not c.negated}

    # the countries the report gives as origins otherwise than by a birthplace
    origins = {c.place.country for c in claims if c.role == "origin" and c.place.country and not c.negated
               and not _birthplace(c, by_index.get(c.sentence), born)}
    # ... and otherwise than by a local witness's home: a witness from one of them may be one of
    # the movers (people displaced within their own country: "said X, a teacher from Y")
    homes = {k for k in origins if local is None or any(
        c.role == "origin" and c.place.country == k and not c.negated
        and not _birthplace(c, by_index.get(c.sentence), born)
        and not _named_by_part(c, by_index.get(c.sentence), local) for c in claims)}
    hedge = float(lexicon.settings.get("hedge_factor", 0.6))
    flights: dict[int, dict[int, _Flight]] = {}     # per sentence, found once
    prices: dict[int, list[tuple[int, int]]] = {}   # per sentence, the journeys told by their price
    timetables: dict[int, list[tuple[int, int]]] = {}   # ... and those told by their timetable
    out = []
    for c in claims:
        m = by_index.get(c.sentence)
        fled: dict[int, _Flight] = {}
        if m is not None:
            if c.sentence not in flights:
                flights[c.sentence] = _flights(m, war, lexicon, people, things)
            fled = flights[c.sentence]
        if m is not None and c.at >= 0:
            c = _fled_the_war(c, fled, hedge)
        if m is not None and c.at >= 0 and (
                (before is not None and compared(m, c.at, before, when))
                or (named_for is not None and c.role == "origin" and _named_for(m, c.at, named_for))
                or (acquired is not None and c.role == "origin" and _acquired(m, c.at, acquired, papers))
                or (ethnic is not None and c.role == "origin" and _ethnic(m, c.at, ethnic))
                or (asked is not None and asked.search(m.sentence) is not None)
                or (elsewhere is not None and just_before(m, c.at, elsewhere) is not None)
                or (phoned is not None and _right_after(c, m, phoned))
                or (c.role == "origin" and _water(c, m, water, water_after, water_kinds))
                or (unsure is not None and unconfirmed(m, c.at, unsure, unsure_next, by_index.get(c.sentence + 1),
                                                       (media, media_told)))
                or (old is not None and c.cue not in settled and _long_ago(m, old))
                or (behind is not None and just_before(m, c.at, behind) is not None)
                or (sent_back is not None and c.role in ("destination", "returned_from")
                    and just_before(m, c.at, sent_back) is not None)
                or (sent_from is not None and c.role == "origin" and just_before(m, c.at, sent_from) is not None)
                or (helper is not None and _helps(c, m, helper, helper_from))
                or (local is not None and c.role == "origin" and c.place.country in reached
                    and c.place.country not in homes and _local(c, m, local, local_moves))
                or (c.place.country in reached and origins and c.place.country not in origins
                    and _birthplace(c, m, born))
                or (_moves_things(c, m, things, conveyed, (people, pronoun), on_topic)
                    and not _in_flight(c, m, fled, lexicon, people))
                or _stopped_at_post(c, m, post, stopped)
                or _priced(c, m, priced, prices)
                or _priced(c, m, scheduled, timetables)
                or _passed_by(c, m, passed)
                or _state_voice(c, m, *voice)
                or (c.role in ("origin", "launch_point") and _tried(c, m, tried, tried_for))
                or (crew is not None and c.role == "origin" and just_before(m, c.at, crew) is not None
                    and not (crew_migrant is not None and _right_after(c, m, crew_migrant)))
                or (war is not None and c.role in ("destination", "transit")
                    and just_before(m, c.at, war) is not None)):
            continue
        if m is not None and c.at >= 0 and _return_start(c, m, back_from):
            c = replace(c, role="returned_from")
        if m is not None and c.place.country in origins and _sent_home(c, m, custody, conveyed_by, sent_home):
            c = replace(c, role="returned")
        if m is not None and c.at >= 0:
            c = _recast(c, m, returned, spoken_of, home, goal, awaited, long_left, crossing, allowed,
                        gapped)
            c = _home_from(c, m, home_from)
            c = _hoped_in_list(c, m, hoped_list)
        out.append(c)
    return out


def _return_start(c: Claim, masked: Masked, back_from: re.Pattern | None) -> bool:
    """Whether a launch point names the start of a return its clause tells ("will be returned
    to X by bus from Y": back_from, right before it): where people were, kept for the route
    only. A town, not a country: the country people are sent back from is often where they
    lived and left from."""
    return (back_from is not None and c.role == "launch_point" and c.place.kind != "country"
            and just_before(masked, c.at, back_from) is not None)


def _mention_of(c: Claim, masked: Masked) -> Mention | None:
    """The mention of the sentence that a claim's place is read from, or None."""
    return next((x for x in masked.mentions if x.start == c.at), None)


def _tried(c: Claim, masked: Masked, tried: re.Pattern | None, charge: re.Pattern | None) -> bool:
    """Whether the place of a claim names one a court tries (tried, right before it) for moving
    people (charge, after it in the sentence): an origin or a launch point, the accused's home."""
    if tried is None or charge is None or just_before(masked, c.at, tried) is None:
        return False
    m = _mention_of(c, masked)
    return charge.search(masked.doc.text, m.end if m is not None else c.at, masked.end) is not None


def _priced(c: Claim, masked: Masked, priced: re.Pattern | None, known: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a claim's place lies inside a journey its sentence tells only by its price
    (priced_journey, on the masked sentence: "flights from X to Y now cost a month's pay"):
    no one makes it. The spans are found once per sentence (known)."""
    if priced is None:
        return False
    if masked.index not in known:   # (a sentence without the regex's keywords is not searched)
        known[masked.index] = [masked.doc_span(*m.span()) for m in priced.finditer(masked.text)] \
            if may_hold(priced, masked.text) else []
    return any(a <= c.at < b for a, b in known[masked.index])


def _stopped_at_post(c: Claim, masked: Masked, post: re.Pattern | None, stopped: re.Pattern | None) -> bool:
    """Whether a transit claim is a checkpoint (post, in its cue's words) where its sentence
    stops, holds or hands people over (stopped)."""
    return (post is not None and stopped is not None and c.role == "transit" and not c.negated
            and post.search(c.words) is not None and stopped.search(masked.sentence) is not None)


def _sent_home(c: Claim, masked: Masked, custody: re.Pattern | None, conveyed: re.Pattern | None,
               home: re.Pattern | None) -> bool:
    """Whether a stop reached is where people held earlier in the sentence (custody) are taken
    by others (conveyed, in the cue's words): "held for weeks, then flown to Y"; or one on their
    way home, a sentence sending them there (home): "taken by bus to Y and flown home"."""
    if custody is None or conveyed is None or c.role not in ("destination", "transit") or c.negated or c.intended:
        return False
    hit = conveyed.search(c.words)
    if hit is None:
        return False
    if home is not None and home.search(masked.sentence):
        return True
    start = masked.doc.text.find(c.words, masked.start, masked.end)
    end = (start if start >= 0 else c.at) + hit.start() - masked.start
    return custody.search(masked.sentence, 0, max(end, 0)) is not None


def _recast(c: Claim, masked: Masked, returned: re.Pattern | None, spoken_of: re.Pattern | None,
            home: re.Pattern | None, goal: re.Pattern | None, awaited: re.Pattern | None,
            long_left: re.Pattern | None, crossing: re.Pattern | None,
            allowed: re.Pattern | None,
            gapped: tuple[re.Pattern | None, frozenset[str], int, Lexicon | None] = (None, frozenset(), 0, None)
            ) -> Claim:
    """The claim in the family its words give it: a destination that ends a return is the
    return's end (`returned`: its route stays, its place gets no role); an origin people speak
    or dream of is an end hoped for (`spoken_of`), unless the words after it make it a home
    (`home`); a stop on the way named as people's goal is a destination (`goal`), and one where
    someone waits for them an end hoped for (`awaited`); a place left years ago (`long_left`),
    by no craft and over no border (`crossing`), a home: an origin; a destination people would
    be allowed to settle in (`allowed`) an end open to them, not reached; an origin told as where
    the rest of a count left from, the verb left out (`gapped`, its pattern and the kinds of place
    it may name, a town's: "27 per cent left from X, and the rest from Y"; not where the
    departure is denied, "No flight left from X, and the rest from Y were cancelled"), a
    launch point."""
    if (returned is not None and c.role == "destination" and not c.intended
            and just_before(masked, c.at, returned) is not None):
        return replace(c, role="returned")
    if (spoken_of is not None and c.role == "origin" and just_before(masked, c.at, spoken_of) is not None
            and not (home is not None and _right_after(c, masked, home))):
        return replace(c, role="destination", intended=True)
    if goal is not None and c.role == "transit" and just_before(masked, c.at, goal) is not None:
        return replace(c, role="destination")     # (still a stop the text goes on from)
    if awaited is not None and c.role == "transit" and just_before(masked, c.at, awaited) is not None:
        return replace(c, role="destination", intended=True)
    if (allowed is not None and c.role == "destination" and not c.intended
            and just_before(masked, c.at, allowed) is not None):
        return replace(c, intended=True, stop=False)   # (no journey told: no stop of a route)
    if (long_left is not None and crossing is not None and c.role == "launch_point" and not c.negated
            and _right_after(c, masked, long_left) and not crossing.search(c.words)):
        return replace(c, role="origin")
    rx, kinds, window, lexicon = gapped
    if (rx is not None and lexicon is not None and c.role == "origin" and (m := _mention_of(c, masked)) is not None
            and m.kind in kinds and (hit := just_before(masked, c.at, rx)) is not None):
        cut = max((b.end() for b in lexicon.boundaries.finditer(masked.sentence, 0, hit.start())), default=0)
        words = " ".join(masked.sentence[cut:hit.start()].split()[-window:])   # (its clause's, before its verb)
        if not any_search(lexicon.any_negation, lexicon.negation, words):
            return replace(c, role="launch_point")
    return c


def _home_from(c: Claim, masked: Masked, home_from: re.Pattern | None) -> Claim:
    """A leg's start or stop named where the people it moves come from, in an apposition to
    them (`home_from`, right before the place: "the migrants, mostly from X, had flown to Y"),
    is their home: an origin."""
    if (home_from is not None and not c.negated and c.role in ("transit", "launch_point")
            and just_before(masked, c.at, home_from) is not None):
        return replace(c, role="origin")
    return c


def _hoped_in_list(c: Claim, masked: Masked, hoped_list: re.Pattern | None) -> Claim:
    """A place listed after one people hope to reach (`hoped_list`, right before the place:
    "they hoped to reach X, where they have family, or Y, from where they would cross") is
    hoped for too: an intended destination, not a launch point or a stop on the way."""
    if (hoped_list is not None and not c.negated and c.role in ("transit", "launch_point", "destination")
            and just_before(masked, c.at, hoped_list) is not None):
        return replace(c, role="destination", intended=True)
    return c


@dataclass(frozen=True)
class _Flight:
    """People fleeing as a war reached a place: the place's document offset, where its name ends
    in the sentence, and whether the flight is only guessed at."""

    at: int
    end: int
    hedged: bool


def _flights(masked: Masked, war: re.Pattern | None, lexicon: Lexicon,
             people: re.Pattern | None, things: re.Pattern | None) -> dict[int, _Flight]:
    """The places of a sentence a war reached as people fled or left them (war's group `fled`;
    or the next clause's verb, war_fled_after, after a subordinator, war_fled_first: "When the
    shelling reached X, thousands fled to Y"), by document offset: not where the flight is
    denied ("no one fled when ...", the negation words before its verb in its clause), nor
    where those who leave are no movers (the verb's subject, its clause's words before it:
    war_fled_by or moving_people; a verb of fleeing, war_fled_verb, takes any subject not_movers
    does not read); hedged where a hedge comes before it in the sentence or war_fled_hedged
    right before the verb ("families may have fled")."""
    if war is None:
        return {}
    by = setting_rx(lexicon, "war_fled_by", re.I)
    fleeing = setting_rx(lexicon, "war_fled_verb", re.I)
    guessed = setting_rx(lexicon, "war_fled_hedged", re.I)
    first = setting_rx(lexicon, "war_fled_first", re.I)
    after = setting_rx(lexicon, "war_fled_after", re.I)
    s = masked.sentence
    out = {}
    for x in masked.mentions:
        hit = just_before(masked, x.start, war)
        if hit is None:
            continue
        if hit.group("fled"):
            verb = hit.start("fled")
        elif (first is not None and after is not None and first.search(s, max(hit.start() - 20, 0), hit.start())
              and (then := after.match(s, x.end - masked.start)) is not None):
            verb = then.start("verb")       # "When the shelling reached X, thousands fled to Y"
        else:
            continue
        cut = 0
        for b in lexicon.boundaries.finditer(s, 0, verb):
            cut = b.end()
        words = s[cut:verb].split()[-int(lexicon.settings.get("negation_window", 5)):]
        if any_search(lexicon.any_negation, lexicon.negation, " ".join(words)):
            continue
        clause = s[max(s.rfind(c, 0, verb) for c in ",;:") + 1:verb]     # its subject, "and" kept
        named = any(rx is not None and rx.search(clause) for rx in (by, people))
        if not named and not (fleeing is not None and fleeing.match(s, verb)
                              and not (things is not None and things.search(clause))):
            continue
        hedged = (any_search(lexicon.any_hedging, lexicon.hedging, s[:verb])
                  or (guessed is not None and guessed.search(s, 0, verb) is not None))
        out[x.start] = _Flight(x.start, x.end - masked.start, hedged)
    return out


def _fled_the_war(c: Claim, flights: dict[int, _Flight], hedge: float) -> Claim:
    """A destination or a stop a war reaches that people fled or left as it did (a flight of
    `_flights`: "fled after shelling reached X") is the place they left: an origin, hedged as the
    flight is (no_role drops the others: no one went there)."""
    flight = flights.get(c.at)
    if flight is None or c.role not in ("destination", "transit") or c.negated:
        return c
    hedged = flight.hedged and not c.hedged
    return replace(c, role="origin", intended=False, onward=False, cue=_FLED_THE_WAR, hedged=c.hedged or hedged,
                   confidence=c.confidence * (hedge if hedged else 1.0))


#: The rule id of a place people fled as a war reached it (_fled_the_war), for the audit.
_FLED_THE_WAR = "origin.fled_war"


def _in_flight(c: Claim, masked: Masked, flights: dict[int, _Flight], lexicon: Lexicon,
               people: re.Pattern | None) -> bool:
    """Whether a claim's place lies in the clause of people fleeing as a war came (a flight of
    `_flights`), whatever not_movers reads in the war's words: the place the war reached, a place
    before it, or one after it with no other subject between ("thousands fled after shelling
    reached X, and most went to Y": a later clause opening with war_fled_goes_on or naming
    people, moving_people); not "..., and the UN flew food to Y"."""
    if not flights:
        return False
    breaks = setting_rx(lexicon, "war_fled_clause", re.I)
    goes_on = setting_rx(lexicon, "war_fled_goes_on", re.I)
    end = c.at - masked.start
    for flight in flights.values():
        if c.at <= flight.at:
            return True
        last = None
        if breaks is not None:
            for last in breaks.finditer(masked.sentence, flight.end, end):
                pass
        if last is None or (goes_on is not None and goes_on.match(masked.sentence, last.end())) or (
                people is not None and people.search(masked.sentence, last.end(), end)):
            return True
    return False


def _acquired(masked: Masked, at: int, before: re.Pattern, papers: re.Pattern | None) -> bool:
    """Whether the nationality at a document offset is of papers someone acquires (before,
    right before it: "obtained Maltese passports"; papers, right after it), not of the one
    who moves."""
    mention = next((x for x in masked.mentions if x.start == at and x.kind == "demonym"), None)
    return (mention is not None and just_before(masked, at, before) is not None
            and (papers is None or papers.match(masked.sentence, mention.end - masked.start) is not None))


def _ethnic(masked: Masked, at: int, before: re.Pattern) -> bool:
    """Whether the nationality at a document offset names a people ("ethnic Armenians"), not
    the country they left."""
    mention = next((x for x in masked.mentions if x.start == at and x.kind == "demonym"), None)
    return mention is not None and just_before(masked, at, before) is not None


def unconfirmed(masked: Masked, at: int, rx: re.Pattern, following: re.Pattern | None = None,
                next_sentence: Masked | None = None,
                media: tuple[re.Pattern | None, re.Pattern | None] = (None, None)) -> bool:
    """Whether the clause of a document offset (its sentence between semicolons) says its
    report is unconfirmed (rx anywhere in it), or the offset lies in what a match with its
    group `ahead` says is unconfirmed (the match's own span: "could not confirm whether ..."),
    or the next clause opens by saying so of it (following, matched at its start: "; this could
    not be confirmed"); the last clause's next is the next sentence's first, the newswire's
    disclaimer of its own: "... left X on Monday. Reuters was unable to verify their accounts.".
    A disclaimer of images (media: its words, and what tells of images) counts only where the
    offset's sentence told of images: "a clip shows ...; the video could not be verified"."""
    s, end = masked.sentence, max(at - masked.start, 0)
    start = s.rfind(";", 0, end) + 1
    stop = s.find(";", end)
    if stop < 0:
        stop = len(s)
    # (rx searched through its lowered form, as search() does: a long case-insensitive regex)
    if any(not hit.group("ahead") or hit.start() <= end < hit.end()
           for hit in matches(rx, finder(rx), s, lowered_sentence(masked), start, stop)):
        return True
    if following is None:
        return False
    if stop < len(s):
        after = s.find(";", stop + 1)
        hit = following.match(s, stop + 1, len(s) if after < 0 else after)
    elif next_sentence is None:
        return False
    else:
        after = next_sentence.sentence.find(";")
        hit = following.match(next_sentence.sentence, 0, len(next_sentence.sentence) if after < 0 else after)
    words, told = media
    return hit is not None and not (words is not None and words.search(hit.group()) is not None
                                    and (told is None or told.search(s) is None))


def _long_ago(masked: Masked, rx: re.Pattern) -> bool:
    """Whether the sentence is told of long ago: an old year told as a past time in it (rx)
    and nothing recent (a match with its group `recent`: a later year, "this month", "now")."""
    hits = [hit.group("recent") for hit in rx.finditer(masked.sentence)]
    return bool(hits) and not any(hits)


def _birthplace(c: Claim, masked: Masked | None, born: re.Pattern | None) -> bool:
    """Whether an origin claim's place is only where someone was born (born_before right
    before it)."""
    return (born is not None and c.role == "origin" and masked is not None and c.at >= 0
            and just_before(masked, c.at, born) is not None)


def _moves_things(c: Claim, masked: Masked, things: re.Pattern | None, conveyed: re.Pattern | None,
                  people: tuple[re.Pattern | None, ...], on_topic: bool) -> bool:
    """Whether the cue's words, or the sentence's words before the place (its subject), move
    things or animals rather than people (not_movers; in a text not about migration a
    conveyance too); in a text about migration only where the sentence names no one moving
    (`people`: moving_people, and moved_pronoun, people a conveyance moves told by a pronoun)."""
    end = max(c.at - masked.start, 0)

    def said(rx: re.Pattern | None) -> bool:     # (both searched through rx's lowered form: search())
        # (neither is searched where it holds none of rx's keywords: most claims' sentences)
        return rx is not None and ((may_hold(rx, c.words) and search(rx, c.words, lowered_text(c.words)) is not None)
                                   or (holds_words(rx, masked)
                                       and search(rx, masked.sentence, lowered_sentence(masked), 0, end) is not None))

    if not on_topic and said(conveyed):
        return True
    if not said(things):
        return False
    return not on_topic or not any(rx is not None and (rx.search(_without_places(c.words, masked))
                                                       or rx.search(_without_places(masked.sentence, masked)))
                                   for rx in people)


def _without_places(text: str, masked: Masked) -> str:
    """The text with the names of the sentence's places blanked: a place is no one moving
    ("Tunis", "New Orleans" read as a nationality's plural would)."""
    for x in masked.mentions:
        if x.kind != "demonym":     # (whole words: "Cameroon" in "Cameroonians" stays)
            text = re.sub(rf"(?<!\w){re.escape(x.text)}(?!\w)", " ", text)
    return text


def _water_kinds(lexicon: Lexicon, name: re.Pattern | None) -> frozenset[str]:
    """[settings] water_kinds, the gazetteer's kinds a body of water is read under: required
    where water_name is set (without it water_name would never match, and nothing would say so)."""
    if name is None:
        return frozenset()
    kinds = lexicon.settings.get("water_kinds")
    if not kinds:
        raise PictureError("cues.toml: [settings] water_name needs water_kinds (the gazetteer's kinds of water)")
    return frozenset(kinds)


def _water(c: Claim, masked: Masked, name: re.Pattern | None, after: re.Pattern | None,
           kinds: frozenset[str]) -> bool:
    """Whether the place of a claim is a river or a lake: its words end in a word of water
    (name) and the gazetteer's kind for it is not a town's (kinds: "Fall River" is a city), or
    one follows them (after: "the Kagera River", the gazetteer knowing only Kagera)."""
    m = _mention_of(c, masked)
    if m is None or m.kind == "demonym":
        return False
    return bool((name is not None and m.kind in kinds and name.search(m.text))
                or (after is not None and after.match(masked.doc.text, m.end)))


def _right_after(c: Claim, masked: Masked, rx: re.Pattern) -> bool:
    """Whether rx matches right after the name of a claim's place."""
    m = _mention_of(c, masked)
    return m is not None and rx.match(masked.doc.text, m.end) is not None


def _state_voice(c: Claim, masked: Masked, subject: re.Pattern | None, says: re.Pattern | None,
                 seat: re.Pattern | None, body: re.Pattern | None, own: re.Pattern | None = None) -> bool:
    """Whether a claim's place names a state that speaks, not a place of the journey: the
    subject of a speech verb ("Kyiv says", subject right before it, says right after it), the
    seat of officials who speak ("officials in X said", seat before it, says after it), or the
    owner of a state body ("X's interior ministry", "X officials", body right after it; a zone
    stays there, and a return's place: "X's coast guard stopped them", "X police pushed them
    back" are X's force acting; so is a state telling a return it made, `own` right after it:
    "X said it had deported 400 people to Y" starts the return at X)."""
    m = _mention_of(c, masked)
    if m is None:
        return False
    text = masked.doc.text
    if c.role == "returned_from" and own is not None and own.match(text, m.end) is not None:
        return False
    if says is not None and says.match(text, m.end) is not None and (
            (subject is not None and m.kind != "demonym" and just_before(masked, c.at, subject) is not None)
            or (seat is not None and just_before(masked, c.at, seat) is not None)):
        return True
    return (body is not None and c.role in ("origin", "destination", "transit", "launch_point")
            and body.match(text, m.end) is not None)


def _passed_by(c: Claim, masked: Masked, rx: re.Pattern | None) -> bool:
    """Whether a stop on the way is a place people went through without stopping: rx right
    after its name, the sentence's later places each read as one token."""
    if rx is None or c.role != "transit":
        return False
    m = _mention_of(c, masked)
    if m is None or m.kind == "demonym":
        return False
    text, at, parts = masked.doc.text, m.end, []
    end = min(masked.end, m.end + 2 * _WINDOW)
    for x in sorted(masked.mentions, key=lambda x: x.start):
        if at <= x.start and x.end <= end:
            parts += (text[at:x.start], "\ue000")
            at = x.end
    parts.append(text[at:end])
    return rx.match("".join(parts)) is not None


def _helps(c: Claim, masked: Masked, after: re.Pattern, person_from: re.Pattern | None) -> bool:
    """Whether the place of a claim is where someone who helps the mover is from, followed by
    words of helping: an origin or a nationality, or a place right after "from"."""
    m = _mention_of(c, masked)
    if m is None or after.match(masked.doc.text, m.end) is None:
        return False
    return c.role == "origin" or m.kind == "demonym" or (
        person_from is not None and just_before(masked, c.at, person_from) is not None)


def _named_by_part(c: Claim, masked: Masked | None, before: re.Pattern) -> bool:
    """Whether an origin claim's place is the home of someone named by a job or a part in the
    story (local_person_before right before it)."""
    return masked is not None and c.at >= 0 and just_before(masked, c.at, before) is not None


def _local(c: Claim, masked: Masked, before: re.Pattern, moves: re.Pattern | None) -> bool:
    """Whether an origin is the home of a local witness or of someone named by their part in
    the story (`before`, right before the place) whom the rest of the sentence does not move."""
    if not _named_by_part(c, masked, before):
        return False
    m = _mention_of(c, masked)
    after = m.end if m is not None else c.at
    return moves is None or moves.search(masked.doc.text, after, masked.end) is None


def _named_for(masked: Masked, at: int, after: re.Pattern) -> bool:
    """Whether the nationality at a document offset qualifies someone or something that does
    not move ("a Swiss donor", "the Irish Refugee Council")."""
    m = next((x for x in masked.mentions if x.start == at and x.kind == "demonym"), None)
    return m is not None and after.match(masked.doc.text, m.end) is not None
