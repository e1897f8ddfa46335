"""The whole flow for a stream of documents: annotate, find places and actors, extract events.

Each document is processed on its own; a document that fails becomes a Failure record and the
stream goes on. Heavy resources (spaCy model, gazetteer, dictionaries) live in one Extractor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.errors import SitrepError
from sitrep.model import DateRange, Document, Event, Evidence, Failure, Place, Span, Toponym

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token as SpacyToken

    from sitrep.control.model import ControlFact, Operation
    from sitrep.extract.actors import ActorDictionary, ActorMention
    from sitrep.extract.assemble import DeathCount
    from sitrep.extract.attribution import Quote
    from sitrep.extract.confidence import Calibration
    from sitrep.extract.country_sections import Section
    from sitrep.extract.events import Draft, Tools
    from sitrep.extract.headings import Heading, HeadingWords
    from sitrep.extract.locate import Location
    from sitrep.extract.triggers import Trigger
    from sitrep.geocode.country_clues import ClueLexicon
    from sitrep.geocode.gazetteer import Gazetteer
    from sitrep.geocode.outlets import OutletDirectory
    from sitrep.time.expression import TimeExpression


# "killed three more", "another two died": a count that adds to the toll told before.
ADDED_DEATHS = re.compile(r"\b(more|another|other|additional|further)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """What one document yielded: its events and every place mention (resolved or not)."""

    document: Document
    events: tuple[Event, ...]
    toponyms: tuple[Toponym, ...]
    control: tuple[ControlFact, ...] = ()
    operations: tuple[Operation, ...] = ()

    @property
    def unresolved(self) -> tuple[Toponym, ...]:
        return tuple(t for t in self.toponyms if not t.resolved)


@dataclass(slots=True)
class Extractor:
    """Loaded resources for extraction; build one with `Extractor.load()` and reuse it."""

    nlp: Language
    tools: Tools
    actors: ActorDictionary
    gazetteer: Gazetteer
    calibration: Calibration | None = None
    clues: ClueLexicon | None = None  # country clues; `load` reads them, else first use
    headings: HeadingWords | None = None  # headings naming developments; likewise
    outlets: OutletDirectory | None = None  # news outlets' home countries; likewise

    @classmethod
    def load(
        cls,
        *,
        gazetteer: Path | str | None = None,
        actor_files: Sequence[Path] = (),
        model: str | None = None,
        progress: object = None,
        calibrated: bool = True,
    ) -> Extractor:
        """Load the model, dictionaries and gazetteer; `calibrated=False` keeps each event's raw
        confidence score (for fitting the calibration table)."""
        from sitrep.annotate import DEFAULT_MODEL, load_pipeline
        from sitrep.extract.actors import ActorDictionary
        from sitrep.extract.confidence import Calibration
        from sitrep.extract.events import Tools
        from sitrep.extract.headings import HeadingWords
        from sitrep.extract.lexicon import Lexicon
        from sitrep.extract.triggers import TriggerFinder
        from sitrep.geocode.country_clues import ClueLexicon
        from sitrep.geocode.gazetteer import Gazetteer
        from sitrep.geocode.outlets import OutletDirectory

        nlp = load_pipeline(model or DEFAULT_MODEL)
        actors = ActorDictionary.load(actor_files)
        lexicon = Lexicon.load()
        tools = Tools(lexicon=lexicon, triggers=TriggerFinder(nlp, lexicon), actors=actors)
        return cls(
            nlp=nlp,
            tools=tools,
            actors=actors,
            gazetteer=Gazetteer.open(gazetteer, build_if_missing=True, progress=progress),  # type: ignore[arg-type]
            calibration=Calibration.load() if calibrated else None,
            clues=ClueLexicon.load(),
            headings=HeadingWords.load(),
            outlets=OutletDirectory.load(),
        )

    def close(self) -> None:
        self.gazetteer.close()

    def namesake_town(self, mention: Toponym) -> Place | None:
        """The town an area mention ("Hama", resolved as the governorate) is named after:
        a populated place the same words name, in the same country and first-level area (and
        district, for a district), the most populous; None when the name is the area's alone."""
        area = mention.place
        if area is None or not area.feature_code.startswith(("ADM1", "ADM2")):
            return None
        found = [c.place for c in self.gazetteer.exact(mention.text)]
        if not any(p.geonameid == area.geonameid for p in found):
            return None  # the words name some other place (a town's province stands in)
        towns = [p for p in found if p.feature_class == "P" and _inside(p, area)]
        return max(towns, key=lambda p: p.population, default=None)

    def country_of(self, place: Place) -> Place | None:
        """The country a place lies in, from the gazetteer."""
        return self.gazetteer.country(place.country_code) if place.country_code else None

    def province_of(self, place: Place) -> Place | None:
        """The first-level area a place lies in, from the gazetteer."""
        if not place.admin1 or place.is_area:
            return None
        return self.gazetteer.admin1(place.admin1, place.country_code)


def run_extraction(
    extractor: Extractor, items: Iterable[Document | Failure], *, batch_size: int = 16
) -> Iterator[Result | Failure]:
    """Results and failures, in input order; one bad document never stops the stream."""
    from sitrep.annotate import annotate

    pending: list[Failure] = []

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Failure):
                pending.append(item)
                continue
            yield item

    for document, doc in annotate(extractor.nlp, documents(), batch_size=batch_size):
        yield from _drain(pending)
        yield _safe_extract(extractor, document, doc)
    yield from _drain(pending)


def _drain(pending: list[Failure]) -> Iterator[Failure]:
    while pending:
        yield pending.pop(0)


def _safe_extract(extractor: Extractor, document: Document, doc: Doc) -> Result | Failure:
    try:
        return calibrate(extractor.calibration, extract_document(extractor, document, doc))
    except SitrepError as exc:
        return Failure(doc_id=document.doc_id, stage="extract", reason=str(exc), path=document.path)
    except Exception as exc:  # a defect met on one document must not stop the batch
        reason = f"internal error ({type(exc).__name__}: {exc}); please report this document"
        return Failure(doc_id=document.doc_id, stage="extract", reason=reason, path=document.path)


def calibrate(calibration: Calibration | None, result: Result) -> Result:
    """The result with each event's raw score replaced by its calibrated confidence."""
    if calibration is None:
        return result
    events = tuple(
        replace(e, confidence=calibration.apply(e.sub_event_type, e.confidence))
        for e in result.events
    )
    return replace(result, events=events)


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """What the whole document tells each sentence: places, actors, quotes, dates, country."""

    document: Document
    places: tuple[Toponym, ...]
    actors: tuple[ActorMention, ...]
    quotes: tuple[Quote, ...]
    times: tuple[TimeExpression, ...]
    country: str | None
    present: DateRange | None
    dateline_end: int = 0
    credit: str | None = None  # the outlet credited at the report's start ("SANA:")
    triggers: tuple[Trigger, ...] = ()
    headings: tuple[Heading, ...] = ()
    sections: tuple[Section, ...] = ()  # a roundup's country sections (`country_sections`)


def extract_document(extractor: Extractor, document: Document, doc: Doc) -> Result:
    """Events of one parsed document, and the control facts and operations it states."""
    from sitrep.control.extract import extract_control
    from sitrep.extract.announced_acts import fold_announcements
    from sitrep.extract.assemble import (
        add_casualty_reports,
        described,
        merge_demonstration_stages,
        merge_retellings,
    )
    from sitrep.extract.attack_damage import fold_attack_damage
    from sitrep.extract.conflict_parties import without_ordinary_arrests
    from sitrep.extract.country_sections import (
        keep_sections,
        told_by_section,
        without_overview,
    )
    from sitrep.extract.doctext import TEXT_KEY
    from sitrep.extract.highlights import without_retold_highlights
    from sitrep.extract.launchers import with_launchers
    from sitrep.extract.place_lists import split_place_lists
    from sitrep.extract.revised_tolls import headline_revision, with_headline_revision
    from sitrep.extract.territory_sides import with_territory_sides
    from sitrep.extract.withdrawn_sides import fold_withdrawals

    doc.user_data[TEXT_KEY] = document.text  # what the Doc was parsed from (see doc_text)
    context = document_context(extractor, document, doc)
    keep_sections(doc, context.sections)  # a roundup's item is the report for its crowds
    title_end = _title_end(document)
    sentences = list(doc.sents)
    body = [s for s in sentences if s.start_char >= title_end]
    headline = [s for s in sentences if s.start_char < title_end]
    told, history = _tell(extractor, context, body)
    if not any(isinstance(t, Event) or t.event for t in told):  # a headline only summarises
        told, told_before = _tell(extractor, context, headline)
        history += told_before
    told = without_overview(without_ordinary_arrests(told), context.sections, _event_of)
    events = []
    for run in told_by_section(told, context.sections, _told_item_at):  # one run: no sections
        counted = with_launchers(add_casualty_reports(run))  # "A missile struck ...": Russia's
        counted = fold_announcements(counted)  # "The latest attack came on Sunday. ..."
        taken = with_territory_sides(fold_withdrawals(merge_retellings(counted, document.text)))
        merged = merge_demonstration_stages(taken, document.text)
        events += [described(e) for e in fold_attack_damage(merged)]  # notes of final events
    events = without_retold_highlights(events, document.text)  # a sitrep's highlights
    # "Death toll in Kasai attack rises to 23": the headline's risen toll is the lead's
    events = with_headline_revision(events, headline_revision(headline), doc)
    # "shelled A, B and C": one event per listed place (`place_lists.py`)
    events = split_place_lists(
        events,
        document.text,
        context.places,
        actors=[m.span for m in context.actors],
        province_of=extractor.province_of,
        namesake=extractor.namesake_town,
    )
    events = _siege_tags(events, context.places)
    # acts told as history make no event, but who took a place then is still known
    known = sorted([*events, *history], key=_told_at)
    control, operations = extract_control(doc, context=context, events=known, extractor=extractor)
    return Result(
        document=document,
        events=tuple(events),
        toponyms=context.places,
        control=control,
        operations=operations,
    )


def _tell(
    extractor: Extractor, context: Context, sentences: Sequence[SpacySpan]
) -> tuple[list[Event | DeathCount], list[Event]]:
    """Each sentence's event, or the dead it counts when it tells no event of its own; and,
    apart, the acts told as history (`history.py`)."""
    from sitrep.extract.history import report_day, told_as_history
    from sitrep.extract.later_days import told_a_date
    from sitrep.extract.scene_parts import scene_parts
    from sitrep.extract.summaries import summary_toll
    from sitrep.extract.war_origin import told_as_origin

    today = report_day(context.document.published, context.present)
    told: list[Event | DeathCount] = []
    history: list[Event] = []
    dated: Event | None = None  # the last act told with a date of its own
    last: Event | None = None  # the last act told
    parts = [p for s in sentences for p in scene_parts(s, context.triggers, context.places)]
    afters: list[SpacySpan | None] = [*parts[1:], None] if parts else []
    for sent, after in zip(parts, afters, strict=True):
        # "looted a home in A and burned a building in B on Friday": two acts, one day
        found = _told_in(extractor, context, sent, told, dated=dated, last=last)
        found = _dated_with_its_other_part(found, sent, after, context)
        if found is not None and summary_toll(sent.text, found, told):
            continue  # "In total, 40 were killed this week": the dead told already
        own = found if isinstance(found, Event) else found.event if found else None
        dated = own if own is not None and told_a_date(own) else dated
        last = own if own is not None else last
        if own is not None and told_as_origin(own, today, sent.doc):
            continue  # "The war began in April 2023, when ...": how the war began
        if own is not None and told_as_history(own, today, sent.doc):
            history.append(own)
        elif found is not None:
            told.append(found)
    return told, history


def _placed_in(context: Context, section: Section | None) -> str | None:
    """The one country of the places the report (or its section) resolved, else None (a
    country only its actors' labels or an option suggest places nothing)."""
    from sitrep.extract.country_sections import in_section

    places = in_section(context.places, section)
    countries = {t.place.country for t in places if t.place is not None and t.place.country}
    return countries.pop() if len(countries) == 1 else None


def _at_the_country(extractor: Extractor, where: Location, country: str | None) -> Location:
    """An event placed nowhere ('in Xyzabad', a name the gazetteer lacks) is coded at the
    country the report is sure of (precision 3): the one its words name ('Bangladesh police
    said') or the one all its resolved places lie in; the unknown name is kept in its tag."""
    if where.place is not None or not country:
        return where
    place = extractor.gazetteer.country(country)
    return where if place is None else replace(where, place=place, precision=3)


def _dated_with_its_other_part(
    found: Event | DeathCount | None,
    part: SpacySpan,
    after: SpacySpan | None,
    context: Context,
) -> Event | DeathCount | None:
    """The first of two acts told in one sentence takes the day told with the second ('in A
    and burned a building in B on Friday') when it tells none of its own."""
    from sitrep.time import event_range

    if not isinstance(found, Event) or after is None or not 0 <= after.start - part.end <= 1:
        return found
    if found.event_date is not None or part.sent.start != after.sent.start:
        return found
    span = Span(start=after.start_char, end=after.end_char, text=after.text)
    when = event_range(context.times, sentence=span, published=context.document.published)
    if when is None or when.evidence is None or when.start != when.end:
        return found
    day = when.start.isoformat()
    return replace(
        found, event_date=day, date_start=day, date_end=day, time_precision=when.precision
    )


def _told_in(
    extractor: Extractor,
    context: Context,
    sent: SpacySpan,
    told: Sequence[Event | DeathCount],
    *,
    dated: Event | None,
    last: Event | None,
) -> Event | DeathCount | None:
    """One sentence's event or count, dated from the scene it goes on telling ("scene_days"),
    or from the act before it ("The next day, soldiers shot dead 30 civilians."), and joined
    to the act it continues ("The army fought them for six hours.")."""
    from sitrep.extract.continued_acts import continued
    from sitrep.extract.doctext import doc_text
    from sitrep.extract.later_days import dated_from_before, days_after
    from sitrep.extract.scene_days import day_told_before

    text = context.document.text
    scene_day = None
    if days_after(sent.text) is None:  # "the previous day" is no day of the scene before
        scene_day = day_told_before(told, context.times, text, sent.start_char)
    found = sentence_event(extractor, context, sent, scene_day) or death_count(context, sent)
    if not isinstance(found, Event):
        return found
    whole = doc_text(sent.doc)
    found = dated_from_before(found, whole[sent.start_char : sent.end_char], sent.start_char, dated)
    return continued(
        found, last, text=whole, sentence=(sent.start_char, sent.end_char), quotes=context.quotes
    )


def _event_of(item: Event | DeathCount) -> Event | None:
    return item if isinstance(item, Event) else item.event


def _told_item_at(item: Event | DeathCount) -> int:
    """Where an event or a count of the dead was told."""
    if isinstance(item, Event):
        return _told_at(item)
    if item.event is not None:
        return _told_at(item.event)
    return item.evidence[0].start if item.evidence else 0


def _told_at(event: Event) -> int:
    """Where the event's trigger stands in the text."""
    from sitrep.extract.history import evidence_of

    trigger = evidence_of(event, "trigger")
    return trigger.start if trigger is not None else 0


def death_count(context: Context, sent: SpacySpan) -> DeathCount | None:
    """'Two men died.': deaths counted with no actor named; or a coder's stated figure for the
    record, wherever it stands ('Fatalities coded as 0', 'Unknown fatalities coded to 10 in
    Idleb'); or a toll that names who died or who told it, with no act ('HPG confirmed 4 PKK
    fatalities'). A count with a place of its own ('The bodies of two men were found in Ayla.') is
    kept as `placed`: it completes only the event told right after it, before any other."""
    from sitrep.extract.assemble import DeathCount
    from sitrep.extract.headings import heading_over, silences_the_dead
    from sitrep.extract.other_sources import lowest_toll, sourced_figure, toll_tag
    from sitrep.extract.quantities import fatalities
    from sitrep.extract.standing_record import record_dead
    from sitrep.extract.war_toll import war_dead

    start, end = sent.start_char, sent.end_char
    if silences_the_dead(heading_over(context.headings, start, end)):
        return None  # "Mass graves: ... the bodies of 39 men": no one killed in this event
    count = fatalities(sent)
    if count is not None and war_dead(sent, count.start):
        return None  # "It has since killed tens of thousands": a war's toll, no act's dead
    if count is not None and record_dead(sent, count.start):
        return None  # "have killed hundreds over the past year": a standing record
    source = None
    rival = False  # sources' rival figures for dead told before: its toll again, the lowest
    if count is not None and not count.stated:  # "police said 3 died, residents said 7"
        rival = lowest_toll(sent) is not None
        revised = count.revised  # "sources said the toll rose to 8": the latest, no rival
        count, source = sourced_figure(sent, count)
        source = None if revised else source
    elif count is not None:
        source = toll_tag(sent, count)
    stated = count is not None and count.stated  # "Fatalities coded as 0 (VoJ reported 3)"
    toll = count is not None and count.total  # "HPG confirmed 4 PKK fatalities": no act told
    named = any(  # a side named, not its victims ("a leader of the AL was killed")
        start <= m.span.start < end and not m.generic and m.kind != "civilians"
        for m in context.actors
    )
    if named and not (stated or toll):
        return None
    placed = not stated and any(start <= t.start < end for t in context.places)
    if count is None or not (count.value or stated):
        return None
    span = sent.doc[count.start : count.end]
    ev = Evidence(start=span.start_char, end=span.end_char, text=span.text, role="fatalities")
    return DeathCount(
        fatalities=count.value,
        evidence=(ev,),
        total=count.total,
        divisor=count.divisor,
        stated=stated,
        placed=placed,
        source=source,
        retold=rival,
    )


def _title_end(document: Document) -> int:
    """Where the headline ends, when the text starts with it."""
    title = (document.title or "").strip()
    if title and document.text.lstrip().startswith(title):
        return document.text.index(title) + len(title)
    return 0


def document_context(extractor: Extractor, document: Document, doc: Doc) -> Context:
    """Places, actors (country-resolved, coreferent), quotes and dates of a document."""
    from sitrep.annotate import entity_spans
    from sitrep.extract.attribution import find_quotes
    from sitrep.extract.coref import resolve_definites, resolve_hedges
    from sitrep.extract.country_sections import (
        country_sections,
        place_country,
        placed_in_sections,
        read_in_sections,
        section_places,
    )
    from sitrep.extract.enemy_named import enemy_named, names_an_enemy, speakers
    from sitrep.extract.headings import find_headings
    from sitrep.extract.history import report_day
    from sitrep.extract.label_modifiers import resolve_label_modifiers
    from sitrep.extract.nationality_gerunds import repair_nationality_gerunds
    from sitrep.extract.our_side import our_side
    from sitrep.extract.outlet_credit import outlet_credit
    from sitrep.extract.own_forces import own_forces
    from sitrep.extract.place_roles import named_as_doer
    from sitrep.geocode.actorlean import acting_countries, actor_countries
    from sitrep.geocode.geoparse import geoparse
    from sitrep.geocode.theatres import actor_theatres
    from sitrep.time import find_time_expressions

    text = document.text  # the text the Doc was parsed from; doc.text rebuilds it each time
    credit = outlet_credit(text, _outlet_directory(extractor))  # "SANA: ...": no Sana'a
    dateline_end = max(_dateline_end(text, document), credit.end if credit else 0)
    _ents_kept_to_dateline(doc, dateline_end)
    repair_nationality_gerunds(doc)  # "killed in Russian shelling"
    ents = entity_spans(doc)
    hinted = source_country(extractor, document)
    source = hinted.country_code if hinted else None
    outlet = outlet_country(extractor, document)
    dates = [e for e in ents if e.label in ("DATE", "TIME")]
    times = find_time_expressions(text, published=document.published, date_spans=dates)
    present = narrative_present(times, document)
    actors, on = extractor.actors, report_day(document.published, present)  # names by period
    named = actors.find(text, country=None, on=on)  # their home countries lean the places
    raw_places = geoparse(
        text,
        ents,
        extractor.gazetteer,
        source_country=source,
        actor_countries=_with(actor_countries(named, extractor.gazetteer), outlet),
        acting_countries=acting_countries(named, extractor.gazetteer),
        keep_venues=False,  # "talks in Doha" is no place of the report's acts
        theatres=actor_theatres(named),  # Maoists' "Bijapur" is Chhattisgarh's
    )
    raw_places = [t for t in raw_places if credit is None or t.start >= credit.end]
    sections = country_sections(text, actors.country_called, place_country(raw_places))
    raw_places = placed_in_sections(
        raw_places, sections, section_places(extractor.gazetteer, text, ents, named)
    )
    hint = hinted.country if hinted else None
    country = report_country(extractor, (text, doc), raw_places, named, hint=hint, outlet=outlet)
    found = named if country is None else actors.find(text, country=country, on=on)
    found = read_in_sections(
        found, sections, country=country, find=lambda c: actors.find(text, country=c, on=on)
    )
    mentions = resolve_definites(text, resolve_hedges(text, found))
    mentions = resolve_label_modifiers(text, mentions)  # "attacked rebel positions"
    mentions = own_forces(text, mentions)  # "the IDF said its troops": the IDF's
    quotes = tuple(find_quotes(doc))
    mentions = our_side(text, mentions, quotes, actors=actors, on=on)  # "our heroes," X said
    issuer = actors.country_named(speakers(doc)) if names_an_enemy(text) else None
    mentions = enemy_named(text, mentions, issuer=issuer)
    return Context(
        document=document,
        places=tuple(
            t for t in raw_places if not _inside_actor(t, mentions) and not named_as_doer(text, t)
        ),
        actors=tuple(mentions),
        quotes=quotes,
        times=tuple(times),
        country=country,
        present=present,
        dateline_end=dateline_end,
        credit=credit.name if credit else None,
        triggers=tuple(extractor.tools.triggers.find_all(doc)),
        headings=find_headings(text, _heading_words(extractor)),
        sections=sections,
    )


def _heading_words(extractor: Extractor) -> HeadingWords:
    """The heading list, read on first use when the extractor was not built by `load`."""
    from sitrep.extract.headings import HeadingWords

    if extractor.headings is None:
        extractor.headings = HeadingWords.load()
    return extractor.headings


def _ents_kept_to_dateline(doc: Doc, end: int) -> None:
    """'LIMA, Jan 10 - Seventeen people were killed': the tagger may run the dateline's date
    on into the story ('Jan 10 - Seventeen'); an entity that crosses the dateline's end is cut
    back to it, so the story's first words are read as its own."""
    from spacy.tokens import Span as Entity

    if not end or not any(e.start_char < end < e.end_char for e in doc.ents):
        return
    kept = []
    for ent in doc.ents:
        if not ent.start_char < end < ent.end_char:
            kept.append(ent)
            continue
        cut = doc.char_span(ent.start_char, end, label=ent.label_, alignment_mode="contract")
        if cut is not None and len(cut) and cut[-1].is_punct:
            cut = doc[cut.start : cut.end - 1] if len(cut) > 1 else None
        if cut is not None and len(cut):
            kept.append(Entity(doc, cut.start, cut.end, label=ent.label_))
    doc.ents = kept


def _dateline_end(text: str, document: Document) -> int:
    """Where the dateline ends: its place is where the report was filed, not an event's."""
    from sitrep.read.dateline import parse_dateline, place_dateline

    found = parse_dateline(text, reference=document.published)
    if found is not None:
        return found[1].end
    placed = place_dateline(text)  # "PESHAWAR, Pakistan - ", "PORT-AU-PRINCE (Reuters) - "
    return placed[0].end if placed else 0


def _among_the_counted(sent: SpacySpan, toponym: Toponym) -> bool:
    """'Seven people were killed, including two in Lviv': a place told of some of the dead
    only, inside an 'including' phrase, does not place the count apart."""
    word = sent.doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if word is None:
        return False
    return any(a.lower_ in ("including", "among") for a in word.root.ancestors)


def _names_the_speaker(sent: SpacySpan, toponym: Toponym) -> bool:
    """'Ukraine's General Staff said ...': whose staff speaks, not where (speaker_places.py)."""
    from sitrep.extract.speaker_places import names_the_speaker

    place = toponym.place
    country = place is not None and place.feature_code.startswith("PCL")
    return names_the_speaker(sent, toponym.start, toponym.end, country=country)


def _names_a_side(toponym: Toponym, draft: Draft) -> bool:
    """A country named as a side ('Russia launched missiles at Kharkiv', 'Turkey's army
    shelled ...') is who acted, not where: its name is no place of the event."""
    place = toponym.place
    if place is None or not place.feature_code.startswith("PCL"):
        return False
    sides = (m for m in (draft.actor1, draft.actor2) if m is not None)
    return any(m.span.start <= toponym.start and toponym.end <= m.span.end for m in sides)


def sentence_event(
    extractor: Extractor, context: Context, sent: SpacySpan, scene_day: DateRange | None = None
) -> Event | DeathCount | None:
    """The event one sentence reports, placed and dated; or, when the sentence only counts
    the dead of an event told before, that count (carrying its own event in case none was);
    or None. A sentence that dates nothing takes `scene_day`, the day the event told before
    it in the same paragraph was given."""
    from sitrep.extract.assemble import DeathCount, build_event
    from sitrep.extract.claimed_again import without_claim_days
    from sitrep.extract.communique_passives import communique_agent
    from sitrep.extract.conflict_parties import with_conflict_parties
    from sitrep.extract.country_sections import (
        in_a_lead,
        in_section,
        section_at,
        section_country,
    )
    from sitrep.extract.dated_mentions import places_named_again
    from sitrep.extract.defaults import localised, with_unnamed_actor
    from sitrep.extract.events import sentence_draft
    from sitrep.extract.history import report_day
    from sitrep.extract.interception_tallies import downed_in_flight
    from sitrep.extract.locate import NOWHERE, locate
    from sitrep.extract.other_sources import lowest_toll, source_tag, with_sourced_toll
    from sitrep.extract.outlet_credit import credited
    from sitrep.extract.past_grievances import without_grievance_days
    from sitrep.extract.peaceful_transfer import taken_without_a_fight
    from sitrep.extract.retelling import only_a_time
    from sitrep.extract.retold_tolls import act_retold
    from sitrep.extract.scene_days import lasted
    from sitrep.extract.spoken_forces import military_told_forces
    from sitrep.extract.statement_days import dated_by_a_statement, with_said_day
    from sitrep.extract.town_quarters import in_filing_town
    from sitrep.time import event_range

    start, end = sent.start_char, sent.end_char
    named = [m for m in context.actors if start <= m.span.start < end]
    draft = sentence_draft(
        sent,
        tools=extractor.tools,
        actors=named,
        quotes=context.quotes,
        document_actors=context.actors,
        triggers=[t for t in context.triggers if sent.start <= t.start < sent.end],
    )
    draft = _under_heading(context, sent, draft, named)
    if draft is None:
        return None
    draft = taken_without_a_fight(draft, sent)
    draft = with_sourced_toll(draft, sent)
    document = context.document
    text = document.text  # as parsed; sent.doc.text would rebuild it from the tokens
    in_sentence = [
        t
        for t in context.places
        if start <= t.start < end
        and t.start >= context.dateline_end
        and not in_a_lead(context.sections, t)
    ]
    in_sentence = [t for t in in_sentence if not _names_a_side(t, draft)]
    in_sentence = [t for t in in_sentence if not _names_the_speaker(sent, t)]
    draft = with_conflict_parties(draft, sent, places=len(in_sentence), named=named)
    if draft is None:
        return None
    section = section_at(context.sections, start)
    where = locate(
        text,
        in_sentence,
        context=in_section(context.places, section),
        trigger_start=draft.trigger.start,
        enclosing=extractor.province_of,
        namesake=extractor.namesake_town,
        country_of=extractor.country_of,
    )
    where = in_filing_town(where, text, in_sentence, context.places)  # "the X neighbourhood"
    defender = draft.actor1.actor.country if draft.actor1 else None
    if where.inherited and defender and downed_in_flight(draft.sub_event_type, sent):
        # "shot down 34 of 50 drones": over the defender's country, not the last town named
        where = _at_the_country(extractor, NOWHERE, defender)
    sentence = Span(start=start, end=end, text=sent.text)
    times = context.times  # "claimed the attack on Wednesday": the claim's day, not the act's
    times = without_claim_days(sent.doc, draft.trigger, times) if draft.retelling else times
    times = without_grievance_days(sent.doc, draft.trigger, context.triggers, times)
    when = event_range(times, sentence=sentence, published=document.published)
    if scene_day is not None and (when is None or when.evidence is None or lasted(when)):
        when = scene_day  # "fought soldiers for six hours": how long, on the scene's day
    country = where.place.country if where.place else section_country(section, context.country)
    on = report_day(document.published, context.present)  # actors are named by its period
    draft = localised(draft, actors=extractor.actors, country=country, on=on)
    draft = communique_agent(draft, sent, actors=extractor.actors, country=country, on=on)
    draft = military_told_forces(draft, actors=extractor.actors, country=country, on=on)
    draft = with_unnamed_actor(
        draft,
        actors=extractor.actors,
        country=country,
        on=on,
        text=text,
        mentions=context.actors,
    )
    if where.place is None:  # a place the gazetteer lacks: the country the report is sure of
        sure = draft.country_hint or _placed_in(context, section)
        where = _at_the_country(extractor, where, sure)
    event = build_event(draft, document=document, location=where, when=when or context.present)
    event = with_said_day(event, dated_by_a_statement(text, start, when))  # "said on Tuesday"
    event = credited(event, context.credit)  # "SANA: ...": the outlet's claim
    # a count whose sentence places nothing of its own (a country inside a sayer's name,
    # "the Kenya National Commission on Human Rights said", places nothing) counts the dead of
    # an event told before
    own = [t for t in in_sentence if not _among_the_counted(sent, t)]  # "including two in Lviv"
    placed_here = bool(own) and not where.inherited
    if draft.casualty_report and not placed_here and draft.fatalities is not None:
        counted = tuple(e for e in event.evidence if e.role == "fatalities")
        total = draft.fatalities.total
        return DeathCount(
            fatalities=draft.fatalities.value,
            evidence=counted,
            total=total,
            event=event,
            stated=draft.fatalities.stated,
            source=source_tag(event.tags),
            # sources' rival figures, or the act named again ('The attack left 5 dead'): the
            # toll again
            retold=lowest_toll(sent) is not None or act_retold(sent),
        )
    if draft.retelling:
        event = places_named_again(event, sent.text, context.places)  # "the strike on X"
        return DeathCount(
            fatalities=draft.fatalities.value if draft.fatalities else 0,
            evidence=event.evidence,
            event=event,
            retold=True,
            added=bool(ADDED_DEATHS.search(sent.text)),
            own_place=bool(in_sentence) and not only_a_time(sent.doc, draft.trigger),
        )
    return event


def _under_heading(
    context: Context, sent: SpacySpan, draft: Draft | None, named: Sequence[ActorMention]
) -> Draft | None:
    """A sentence under a heading that names a development (`headings.py`): its event is
    that development; the heading's own sentence makes it even when it tells no act.
    `named`: the actors the sentence names."""
    from sitrep.extract.headings import headed, heading_draft, heading_over

    start, end = sent.start_char, sent.end_char
    heading = heading_over(context.headings, start, end)
    if heading is None:
        return draft
    if draft is not None:
        return headed(draft, heading)
    if heading.span.start < start:
        return None
    sentence = Span(start=start, end=end, text=sent.text, label="sentence")
    return heading_draft(heading, sentence, named)


def document_country(
    places: Sequence[Toponym],
    mentions: Sequence[ActorMention],
    *,
    hint: str | None = None,
    homes: Callable[[str], frozenset[str]] | None = None,
) -> str | None:
    """The country the report is about: a vote of resolved places and of named actors' home
    countries (a report on "Jaysh al-Islam" near an unknown village is about Syria). When
    the text places nothing, the source's own word (`hint`) comes before the actors' homes:
    a feed on Ukraine that names only "Russian forces" is about Ukraine. With `homes`, an
    actor listed in several countries (Al Shabaab: Somalia and Kenya) splits its vote among
    them, and split votes alone decide nothing (None)."""
    votes: Counter[str] = Counter(t.place.country for t in places if t.place and t.place.country)
    if hint is not None and not votes:
        return hint
    votes += votes  # a place named in the text weighs more than an actor's home country
    shared: Counter[str] = Counter()  # votes split among the homes of a shared actor
    for m in mentions:
        if m.actor.country and not m.generic:
            _vote_home(votes, shared, m.actor.name, m.actor.country, homes)
    if not votes and not shared:  # last: a label's usual country ("regime militiamen": Syria's)
        votes.update(m.actor.country for m in mentions if m.usual_country and m.actor.country)
    if not votes:
        return None  # split votes alone: the text must place them
    votes.update(shared)
    return votes.most_common(1)[0][0]


def _vote_home(
    votes: Counter[str],
    shared: Counter[str],
    name: str,
    country: str,
    homes: Callable[[str], frozenset[str]] | None,
) -> None:
    listed = sorted(homes(name)) if homes is not None else []
    if len(listed) < 2:
        votes[country] += 1
        return
    for home in listed:
        shared[home] += 1 / len(listed)  # type: ignore[assignment]


def clue_country_name(extractor: Extractor, text: str, doc: Doc) -> str | None:
    """The country a report that places nothing and names no actor or nationality is from,
    by its clues (`sitrep.geocode.country_clues`): a country's own words ("matatu", "IEBC")
    and towns named only as modifiers ("Nakuru matatu drivers"); None when they do not
    settle it."""
    from sitrep.geocode.country_clues import ClueLexicon, clue_country, report_clues

    if extractor.clues is None:
        extractor.clues = ClueLexicon.load()
    names = _proper_names(doc)
    code = clue_country(
        report_clues(text, names, lexicon=extractor.clues, gazetteer=extractor.gazetteer)
    )
    found = extractor.gazetteer.country(code) if code else None
    return found.country if found else None


# joining words inside a proper name ("Deir ez-Zor", "Hajar al-Aswad"); not "as" or "at",
# English words between two names
NAME_JOINERS = frozenset({"-", "al", "el", "ez", "ash", "ar", "az", "ed"})


def _proper_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns outside people's names ("Nakuru Matatu"), through
    the joining words of Arabic names ("Deir ez-Zor")."""
    runs: list[list[int]] = []
    for token in doc:
        if not _proper(token):
            continue
        gap = range(runs[-1][-1] + 1, token.i) if runs else range(0)
        if runs and all(doc[i].lower_ in NAME_JOINERS for i in gap) and len(gap) <= 3:
            runs[-1].append(token.i)
        else:
            runs.append([token.i])
    spans = (doc[r[0] : r[-1] + 1] for r in runs)
    return [Span(start=s.start_char, end=s.end_char, text=s.text) for s in spans]


def _proper(token: SpacyToken) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ != "PERSON"


def source_country(extractor: Extractor, document: Document) -> Place | None:
    """The country the document's source names (a name or ISO code), as the gazetteer has
    it, or None; an unknown one fails the document in one line."""
    from sitrep.geocode.places import country_code

    if not document.country:
        return None
    found = extractor.gazetteer.country(document.country)  # a name, alpha-2 or alpha-3
    if found is not None:
        return found
    code = country_code(extractor.gazetteer, document.country)  # numeric, or the error
    return extractor.gazetteer.country(code) if code else None


def report_country(
    extractor: Extractor,
    texts: tuple[str, Doc],
    places: Sequence[Toponym],
    named: Sequence[ActorMention],
    *,
    hint: str | None,
    outlet: str | None,
) -> str | None:
    """The country a report is about, from the strongest clue it has: its places and named
    actors (`document_country`), then its country words, then its outlet (ISO alpha-2), then a
    shared actor's first listed home. Where the outlet is known, a state's forces named by
    their nation ("Turkish warplanes") vote only after it, unless the outlet is theirs: they
    fight abroad as often as at home, and a Syrian outlet's "Turkish warplanes struck a
    village" is about Syria."""
    from sitrep.geocode.actorlean import fights_abroad

    actors, (text, doc) = extractor.actors, texts
    home = _country_name(extractor, outlet)  # the outlet's own forces vote at home
    at_home = [m for m in named if home in (None, m.actor.country) or not fights_abroad(m)]
    country = document_country(places, at_home, hint=hint, homes=actors.home_countries)
    if country is None and actors.country_named(text) is None:  # a nationality comes first
        country = clue_country_name(extractor, text, doc)
    if country is None:  # the text places nothing: a national outlet tells of its country
        country = _among_homes(home, at_home, actors.home_countries)
    if country is None:  # an actor of several countries, nothing else: its first listed
        country = document_country(places, named, hint=hint)
    return country


def _outlet_directory(extractor: Extractor) -> OutletDirectory:
    from sitrep.geocode.outlets import OutletDirectory

    if extractor.outlets is None:
        extractor.outlets = OutletDirectory.load()
    return extractor.outlets


def outlet_country(extractor: Extractor, document: Document) -> str | None:
    """The country (ISO alpha-2) the report's outlet mostly tells of, by its name or web
    address (`sitrep.geocode.outlets`), or None."""
    from sitrep.geocode.outlets import OutletDirectory

    line = "; ".join(x for x in (document.source, document.url) if x)
    if not line:
        return None
    if extractor.outlets is None:
        extractor.outlets = OutletDirectory.load()
    gazetteer = extractor.gazetteer

    def code(name: str) -> str | None:
        found = gazetteer.country(name)
        return found.country_code if found else None

    return extractor.outlets.country_of(line, country_code=code)


def _country_name(extractor: Extractor, code: str | None) -> str | None:
    place = extractor.gazetteer.country(code) if code else None
    return place.country if place else None


def _with(codes: frozenset[str], code: str | None) -> frozenset[str]:
    return codes | {code} if code else codes


def _among_homes(
    country: str | None,
    mentions: Sequence[ActorMention],
    homes: Callable[[str], frozenset[str]],
) -> str | None:
    """A weak country clue, kept only where it is one of the named actors' homes (a Kenyan
    paper on Al Shabaab: Kenya; a Nigerian one: still Somalia or Kenya, not Nigeria)."""
    named = [homes(m.actor.name) or {m.actor.country} for m in mentions if m.actor.country]
    if country is None or not named or any(country in h for h in named):
        return country
    return None


def narrative_present(times: Sequence[TimeExpression], document: Document) -> DateRange | None:
    """The report's 'now' when it has no publication date: the latest anchored range."""
    if document.published is not None:
        return None
    anchored = [t.range for t in times if t.range is not None]
    if not anchored:
        return None
    return max(anchored, key=lambda r: (r.end, -r.precision))


def _inside_actor(place: Toponym, mentions: Sequence[ActorMention]) -> bool:
    return any(m.span.start <= place.start and place.end <= m.span.end for m in mentions)


def _siege_tags(events: list[Event], places: Sequence[Toponym]) -> list[Event]:
    """Battles at a place the report calls besieged carry the `siege` tag."""
    besieged = {t.place.geonameid for t in places if t.place is not None and _besieged(t)}
    return [
        replace(e, tags=tuple(dict.fromkeys((*e.tags, "siege"))))
        if e.geonameid in besieged and e.event_type == "Battles"
        else e
        for e in events
    ]


def _besieged(place: Toponym) -> bool:
    """The sentence the place is named in speaks of a siege."""
    sentence = place.sentence.lower()
    return "besieg" in sentence or "siege" in sentence or "encircl" in sentence


def _inside(town: Place, area: Place) -> bool:
    """The town lies in the area by its admin names (a district checks its own name too)."""
    if town.country_code != area.country_code or town.admin1 != area.admin1:
        return False
    return not area.feature_code.startswith("ADM2") or town.admin2 == area.admin2
