"""Understand a question without an LLM: language, follow-up context, answer type, table query, route.

The first step of the question path. It finds the table's values in the question (`entities`), reads the cues
below and the operation cues of the registry (`operations`), and returns an `Intent`; it runs no query itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from assistant import phrasing
from assistant.entities import EntityMatcher, Vocabulary, says_in_full, word_runs
from assistant.language import amount_in, clear_language, detect_language
from assistant.lexicon import Lexicon, compound_of, compound_parts
from assistant.operations import CITYS_SHARE, ORDINAL, ORDINAL_PLACES, RANK_NAMED, RANK_NUMBERS, Registry
from assistant.records import (
    AnswerType,
    Comparator,
    Field,
    Filter,
    GroupColumn,
    Intent,
    Language,
    Match,
    MatchKind,
    Measure,
    Route,
    TableQuery,
    Topic,
)
from assistant.router import Router
from assistant.spelling import Speller, slip_of_a_start
from assistant.years import YEAR, YearScope, read_years, scope_query, years_in
from index.lexical import normalise, words

Turn = dict[str, str]  # {"role": "user" | "assistant", "content": …}


def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# whom a row is for, asked as a group of people ("voor welke kinderen", "for which age groups", "welke groepen")
# what a project is meant to yield is its aim, which its row describes: "wat moet dat project opleveren", "what is it
# supposed to achieve" (what it did yield is an outcome a passage must report)
_MEANT_TO_YIELD = (r"(?:moet|moeten|zou|zouden|zal|zullen|wil|willen)\s+(?:\w+\s+){0,4}(?:opleveren|bereiken|bijdragen)"
                   r"|(?:supposed|meant|intended|expected|aiming|aims?)\s+to\s+(?:achieve|deliver|accomplish|produce)")


def meant_to_yield(text: str) -> bool:
    """What a project is meant to yield is asked ("wat moet dat project opleveren"): its aim, not an outcome.

    >>> meant_to_yield("wat moet dat project eigenlijk opleveren"), meant_to_yield("wat heeft pygrunn opgeleverd")
    (True, False)
    """
    return bool(re.search(rf"\b(?:{_MEANT_TO_YIELD})\b", text, flags=re.I))


_FOR_WHICH_GROUP = (r"(?:voor|for)\s+(?:welke|which|what)\s+(?:\w+\s+)?(?:kinderen|kids|children|leerlingen|pupils|students"
                    r"|studenten|groepen|groups|klassen|classes|grades|leeftijden|ages|scholen|schools|mensen|people"
                    r"|doelgroepen?|target groups?)")

# "droeg de gemeente in 2017 bij": the separable verb of contributing, its particle at the clause's end
_BIJ_DRAGEN = r"\b(?:draagt|droeg|droegen|dragen)\b[^?.]*\bbij\b"
# "wat draagt de gemeente bij", "what did the city contribute": the municipality's giving, and what follows it
_CITY_GAVE = re.compile(r"\b(?:wat (?:draagt|droeg) (?:de )?(?:gemeente|stad)|what (?:does|did|will) (?:the )?"
                        r"(?:city|municipality) contribute)\b(?P<rest>.*)$")
# What a question says besides the operation (operation cues live in the registry). Over normalised text.
# a preposition and a question word opening a part ("for which events?", "voor welke …"): it goes on from the last
_PREPOSITION_QUESTION = r"(?:for|voor|in|on|at|with|met|aan|to|naar|from|uit)\s+(?:which|what|welke|welk|wat|whom|wie)\b"
# the words that rank one project's investment ("de grootste investering"), not the letter's stated one
_RANKING = ("grootste", "kleinste", "hoogste", "laagste", "biggest", "largest", "smallest", "highest", "lowest")
_NOT_RANKED = "".join(rf"(?<!\b{w} )" for w in _RANKING)
CUES = {
    "list": _cue(r"\b(?:welke|which|what projects|list|noem|opsomming|show|toon|alle projecten|all projects"
                 r"|all the projects)\b|\b(?:geef|give|een|an)(?: me)? (?:een |an )?(?:overzicht|overview)\b"),
    # ("hoe is het geld verdeeld over de thema's", "split across the themes": each theme's share of a sum)
    "group": _cue(r"\b(?:(?:per|by|each|every|elke?|iedere?)\s+|(?:verdeeld|uitgesplitst|divided|distributed|split)\s+"
                  r"(?:over|naar|across|among)\s+(?:de\s+|the\s+)?)(thema|theme|aanvrager|applicant|onderdeel|section"
                  r"|jaar|year)(?:s|en|'s)?\b"),
    # "rank the four themes … by total contribution", "rangschik de thema's op bijdrage": the groups ranked
    "ranked_group": _cue(r"\b(?:rank|ranking of|sort|order|rangschik\w*|sorteer\w*|orden\w*)\s+(?:\w+\s+){0,3}?"
                         r"(thema|theme|aanvrager|applicant|onderdeel|section)(?:s|'s|en|\s+s)?\b"),
    "total_size": _cue(r"project\s*omvang|projectgrootte|\bomvang\b|total (?:project )?size|project size|size of the project"
                       r"|total (?:project )?(?:budget|cost)|totale kosten|projectbudget|project budget|total value"
                       r"|\b(?:the|its|het|de) total(?:e)? project\b(?! ?(?:s|en)\b)"
                       # what the contributions brought in beside them: the projects' whole size ("een investering van
                       # ruim 6,5 miljoen euro aan projecten")
                       r"|\bleverag\w*|\bhefboom\w*|\btotal investment|\btotale investering"
                       # money the contributions set loose: "hoeveel geld kwam er in totaal los", "unlocked"
                       r"|\b(?:kwam|kwamen|komt|komen) (?:er )?(?:\w+ ){0,3}los\b|\blosgekomen\b|\blosgemaakt\b"
                       r"|\bunlock\w*|\bmobili[sz]ed\b"
                       # one project's investment ranked: "de grootste investering", "the biggest investment"
                       rf"|\b(?:{'|'.join(_RANKING)})\s+(?:investering|investment)"
                       # "hoeveel is er geïnvesteerd", "6,5 miljoen aan investeringen": what was invested in the
                       # projects in all, unless the city is the one that invests ("hoeveel investeerde de gemeente",
                       # "the city's investment")
                       r"|^(?!.*\b(?:gemeente|city|municipality|wij|we)\b)"
                       r"(?=.*\b(?:geinvesteerd|invested|investeerde|investeerden|investeert|invest)\b)"
                       # the whole project's cost, and what the money brought in with the others counted:
                       # "wat kost het hele project", "hoeveel was er in totaal mee gemoeid als je de andere partijen
                       # meetelt", "what did that pull in from others"
                       r"|\b(?:het |de )?(?:hele|gehele|totale) (?:project|projecten)\b|\b(?:whole|entire) projects?\b"
                       r"|\bmee gemoeid\b|\b(?:andere partijen|other parties|the others)\b.*\b(?:meetelt|meetellen|meegeteld"
                       r"|counted|included|including)\b|\b(?:pull\w* in|unlock\w*|bring\w* in|brought in|aangetrokken"
                       r"|losgemaakt)\b.*\b(?:from others|from other|van anderen|van andere|elsewhere|elders)\b"
                       r"|(?<!gemeentelijke )(?<!city's )(?<!municipal )(?<!our )(?<!onze )"
                       r"\b(?:investering(?:en)?|investments?)\b(?!\s+(?:van|by|of)\s+(?:de|the)\s+(?:gemeente|city|municipality))"),
    "size_word": _cue(r"\bhoe groot\b|\bhow big\b|\bhow large\b"),
    "contribution_word": _cue(rf"bijdrage|bijgedragen|{_BIJ_DRAGEN}|subsidie|contribut|\bgrant|\bfunding|\bkreeg\b|\bkregen\b"
                              r"|\breceived?\b|\bgot\b"),
    "amount": _cue(rf"\bhoeveel\b|\bbedrag|bijdrage|bijgedragen|{_BIJ_DRAGEN}|subsidie|gesubsidieerd|\bkreeg\b|\bkregen\b|\bontving|\beuro|€"
                   # "wie heeft het meeste geld gekregen": the perfect tense, and money by its plain name
                   r"|\bgekregen\b|\bontvangen\b|\bgeld\b|\bmoney\b"
                   r"|how much|\bamount|\breceived?\b|\bget\b|\bgot\b|\bfund|\bsubsid|\bcontribut|\bgrant|\bcost|\bkost"
                   r"|\b(?:chip|chipped|pitch|pitched) in\b"  # "did the city chip in": contributed
                   # what was spent ("what did the city actually spend", "wat is er uitgegeven"): money
                   r"|\bspen[dt]\b|\buitgegeven\b|\bbesteed\b"),
    "strong_amount": _cue(r"\bhoeveel\b|\bbedrag|how much|\bamount|\beuro|€|what (?:was|is) the (?:total )?(?:municipal )?"
                          r"contribution|wat (?:was|is) de (?:totale )?(?:gemeentelijke )?bijdrage"),
    # The question points at a document's prose, not at the project table.
    "document": _cue(r"\b(?:volgens|according to|noemt|noem[td] de|staat in|says?|mentions?|in the letter|in de brief|"
                     r"het artikel|the article|de raadsbrief|the council letter)\b|multiplier"
                     # the investment the letter states, not one project's ranked ("de grootste investering")
                     rf"|{_NOT_RANKED}(?:investering|investment)"),
    "annex": _cue(r"\b(?:bijlage|annex|appendix|tabel|table|overzicht|overview)\b"),  # the annex is the table itself
    "domain": _cue(rf"project|subsid|bijdrage|bijgedragen|{_BIJ_DRAGEN}|aanvrager|applicant|funded|gefinancierd|contribut|bijlage|annex|appendix"
                   r"|\bgrant(?:s|ed)?\b|\bawarded\b|\btoegekend|\bverstrekt|\bfunding\b"
                   r"|\btabel|\btable\b|\brijen\b|\brows?\b|\bcel(?:len)?\b|\bcells?\b"
                   # the annex's lines added up: "klopt die 469.427 als je de regels optelt"
                   r"|\b(?:regels|posten|lines|items|entries)\b.*\b(?:optel\w*|opgeteld|add\w* up|sum\w*|totaal|total)"
                   r"|\b(?:optel\w*|opgeteld|add\w* up|sum\w*)\b.*\b(?:regels|posten|lines|items|entries)\b"),
    "applicant": _cue(r"\b(?:aanvrager|aangevraagd|applicant|applied|indiener|who|wie)\b"
                      # "which institution organised it": the organisation asked for, as "who" asks for it
                      r"|\b(?:which|what|welke|welk) (?:organi[sz]ations?|institutions?|instelling(?:en)?|organisaties?"
                      r"|bedrijf|company|partij|party|stichting) (?:organi[sz]ed|organi[sz]es|runs|ran|organiseert"
                      r"|organiseerde|voert|voerde|uitvoert|uitvoerde|carries|carried|leads|led|leidt|leidde"
                      r"|het (?:uitvoert|uitvoerde|organiseert|organiseerde|leidt|leidde))\b"),
    # "who is behind X": who applied and who took part, both
    "applicant_explicit": _cue(r"\b(?:aanvrager|aangevraagd|applicant|applied|indiener)\b|\bbehind\b|\b(?:er)?achter\b(?!\s*(?:de rug|gekomen|komen))"),
    "applicants": _cue(r"\b(?:aanvragers?|applicants?|indieners?)\b"),
    "organisations": _cue(r"\b(?:organisaties?|organi[sz]ations?|partij(?:en)?|bedrijven|companies|instellingen"
                          r"|institutions|stichtingen|foundations)\b"),
    "description_explicit": _cue(r"\b(?:beschrijving|description|omschrijving|waar (?:gaat|ging|gingen|gaan)|about|what does"
                                 r"|what do (?:they|them|it)|wat doet|wat doen|inhoud"
                                 rf"|doel|purpose|{_MEANT_TO_YIELD})\b"),
    # who takes part in a project are its partners ("welke kennisinstellingen doen daaraan mee")
    "partners": _cue(r"\bpartners?\b|samenwerk|met wie|with whom|\b(?:who|wie)\b.*\b(?:behind|(?:er)?achter)\b"
                     r"|\b(?:take|takes|took|taking) part\b|\bparticipat|\bdeelnem|\bneemt deel\b|\bnemen deel\b"
                     r"|\b(?:doen|doet|deden|deed)\b(?:\s+\w+){0,3}\s+mee\b|\bmeedoen\b"
                     # "welke 10 partijen zitten er in": the parties of a project are its partners
                     r"|\b(?:welke|which|what)\s+(?:\d+\s+|\w+\s+)?(?:partijen|organisaties|organisations|organizations"
                     r"|parties|instellingen|kennisinstellingen|institutions|overheden|governments|members|leden)\b"),
    "description": _cue(r"\b(?:wat is|wat was|what is|what was|waar (?:gaat|ging|gingen|gaan)|what does|what do (?:they|it)"
                        r"|wat doen|beschrijving|description|omschrijving"
                        # "kunt u vertellen wat daar in 2017 is gedaan", "what was done there": what the rows say
                        r"|wat (?:\w+ ){0,4}gedaan|what (?:\w+ ){0,3}done"
                        rf"|about|inhoud|doel|{_MEANT_TO_YIELD}"
                        # whom a row is for, which its description says ("voor wie is het bedoeld", "aimed at whom")
                        r"|voor wie|for whom|who is it for|who it is for|doelgroep|target group|aimed at whom"
                        # "voor welke kinderen is dat", "for which kids": the group it is for
                        rf"|{_FOR_WHICH_GROUP})\b"),
    "theme": _cue(r"\b(?:welk|which|what)\s+(?:thema|theme)\b"),
    "explicit_sum": _cue(r"\b(?:in totaal|samen|opgeteld|altogether|together|in total|sum|combined)\b"),
    "which": _cue(r"\b(?:welke|which)\b"),
    "all_rows": _cue(r"\b(?:alle|all)\b"),
    # "… and for which events?" (see _GOES_ON) goes on from the part before
    "followup": _cue(rf"^(?:en|and|ook|also|of|or)\b|^{_PREPOSITION_QUESTION}"
                     r"|\b(?:it|its|them|they|those|these|that one|this one|het project|the project"
                     r"|dat project|dit project|that project|this project|the same project|that initiative"
                     r"|dat initiatief|dit initiatief|hetzelfde project"
                     r"|daarvan|ervan|hiervan|daarvoor|ervoor|ernaar|daarnaar|eraan|daaraan|erin|daarin|erop|daarop"
                     r"|die|deze|hun|zij|ze|daar|there|(?:klopt|is|was|komt|stemt|geldt) dat"
                     r"|each|elk|elke|ieder|iedere|allemaal|samen|together)\b"
                     r"|\b(?:is|was|are|were|does|did) (?:that|this|those|these)\W*$"),
    "of_those": _cue(r"\b(?:daarvan|hiervan|waarvan|daaronder|of those|of these|of them|among them|among those"
                     r"|which of the(?:se|m)?)\b"),
    "difference": _cue(r"\b(?:by how much|how much more|how much less|hoeveel meer|hoeveel minder|verschil|difference"
                       r"|scheelt|scheelde|schelen|hoeveel uit elkaar|how far apart)\b"),
    "each": _cue(r"\b(?:each|elk|elke|ieder|iedere|per)\b"),
    "singular_ref": _cue(r"\b(?:it|its|that one|this one|het project|the project|dat project|dit project|that project|this project"
                         r"|the same project|that initiative|dat initiatief|dit initiatief|hetzelfde project|hij"
                         r"|die aanvrager|deze aanvrager|that applicant|this applicant|dat thema|dit thema|that theme"
                         r"|this theme"
                         # "the duration of this program" after one project (a programme by its name): that project
                         r"|(?:that|this|dat|dit|deze|die) (?:program|programme|programma|event|evenement|conference"
                         r"|conferentie|festival|hackathon|meetup|course|cursus|training)"
                         # "what was that total?" after the theme that got the most: the figure of the one named
                         r"|(?:that|this|dat|dit|deze|die) (?:total|totaal|amount|bedrag|sum|som|figure))\b"
                         # "hoeveel projecten had die?": "die" standing for the one named before, not a relative "die"
                         r"|\b(?:had|heeft|kreeg|krijgt|ontving|is|was|deed|doet)\s+die\b(?!\s+\w+\s+(?:die|dat)\b)"
                         r"|\bdie\s*(?:\?|$)"
                         # "what % of the total size is that?": the figure just given, of the row it was given for
                         r"|\b(?:is|was)\s+(?:that|dat|this|dit)\s*(?:\?|$)"
                         r"|\bwie (?:was|is) de aanvrager"
                         # "waar ging het over?", "wat deed het?": Dutch "het" standing for a thing, not as an article
                         r"|\bhet(?=\s*(?:over|om|aan|\?|$))"),
}
# figures a follow-up may ask of the rows the turn before selected ("… en de multiplier?", "… and the average?");
# a count or a sum of them the previous answer gives already, and "… en hoeveel?" has its own paths
_FIGURE_OF_SELECTION = ("ratio", "avg")
# "… and for which events?": a part opening with a preposition and a question word goes on from the part before
_GOES_ON = re.compile(rf"^(?:and\s+|en\s+)?{_PREPOSITION_QUESTION}")
_PURPOSE = re.compile(r"(?:and\s+|en\s+)?(?:for what|on what|what for|what was it for|what were they for|waarvoor"
                      r"|waaraan|waar voor|waar aan|voor wat|aan wat|what (?:did|do) they (?:get|receive) it for)")
_GROUP_KINDS = ("theme", "applicant", "section")
# "welk thema", and of a list given before: "welke van die thema's", "which of those themes"
# ("which programme theme", "welk programmathema": the theme may be said as the programme's)
_EXTREME_GROUP = re.compile(r"\b(?:welk|welke|which|what)\s+(?:(?:van|of)\s+(?:die|deze|de|the|those|these|them)\s+)?"
                            r"(?:(?:programme|program|programma|project|funding|subsidie)\s+|[a-z]{3,}(?=thema\b))?(thema|theme|aanvrager|applicant|onderdeel|section|jaar|year)(?:'?s)?\b")
_GROUP_COLUMNS: dict[str, GroupColumn] = {"thema": "theme", "theme": "theme", "aanvrager": "applicant",
                                          "applicant": "applicant", "onderdeel": "section", "section": "section",
                                          "jaar": "year", "year": "year", "themas": "theme", "themes": "theme",
                                          "aanvragers": "applicant", "applicants": "applicant",
                                          "onderdelen": "section", "sections": "section"}
# what a top-N ranks when it names a column's values, not projects: "top 3 applicants", "de 2 grootste thema's"
_RANKED_GROUP = re.compile(r"\b(themas|thema(?=')|themes|aanvragers|applicants|onderdelen|sections)\b(?!.*\bproject)")
_FIELD_CUES: tuple[Field, ...] = ("applicant", "partners", "description", "theme")
ROLES = (r"(?:chief digital officer|cdo|burgemeester|mayor|secretaris|secretary|wethouder|alderman|steller|author"
         r"|directeur|director|voorzitter|chair(?:man)?|ceo|cto|minister"
         # the province's and the council's office holders ("welke gedeputeerde is betrokken")
         r"|gedeputeerde|deputy|commissaris van de koning|king's commissioner|raadslid|councillor)")
# who holds a post ("who holds the new chair", "wie bekleedt de leerstoel"): asked of a person, never a row's applicant
_HOLDS_A_POST = r"who (?:holds|held|occupies|occupied|fills|filled)|wie (?:bekleedt|bekleedde|vervult|vervulde)"
ANSWER_TYPES: tuple[tuple[AnswerType, re.Pattern[str]], ...] = (
    # "Who is the CDO?" asks for the name behind a role; "who leads it?" is answered by a role too.
    ("name", _cue(rf"\b(?:wie is|wie was|who is|who was|what is the name of|wat is de naam van|naam van)\s+"
                  # "the name of groningens chief digital officer": a possessive before the role
                  rf"(?:de |het |the |our |onze )?(?:[a-z]+'?s )?{ROLES}\b"
                  # "welke wethouder is verantwoordelijk?": the name of whoever holds that role
                  rf"|\b(?:welke|which|what)\s+{ROLES}\b")),
    # "what's their name?" after a role: the name itself, which the role does not give
    ("name", _cue(r"\b(?:what(?:'s|s| is| was)|wat is|wat was) (?:his|her|their|zijn|haar|hun) (?:full )?(?:name|naam)\b"
                  r"|\bhoe (?:heet|heette|heten) (?:hij|zij|ze|die|deze)\b|\bwhat (?:is|was|are) (?:he|she|they) called\b"
                  # "weet u hoe die Chief Digital Officer heet": the name of the one in that role
                  rf"|\bhoe (?:die|de|deze|dat|het) (?:[a-z]+ )?{ROLES} (?:heet|heette|heten)\b"
                  # "hoe heet de medewerker die …": the name of the one in that role or job
                  rf"|\bhoe (?:heet|heette|heten) (?:de|het) (?:[a-z]+ )?(?:{ROLES}|medewerkers?|persoon|contactpersoon)\b"
                  rf"|\bwhat(?:'s|s| is| was) the name of the (?:[a-z]+ )?(?:{ROLES}|staff member|employee|person)\b")),
    # "who is involved" asks for the parties (organisations as well as people), as "to whom" asks for addressees
    ("open", _cue(r"\b(?:addressed|gericht aan|aan wie|to whom|recipients?|ontvangers?|geadresseerd|involved|betrokken"
                  r"|take part|taking part|participate|participates|deelnemen|neemt deel|nemen deel|doen mee|doet mee"
                  r"|werken samen|work together|collaborate"
                  # whom something is for, and who is in it, are groups of people, not one person's name
                  r"|aimed at|meant for|intended for|targeted at|target group|doelgroep|gericht op|bedoeld voor|voor wie"
                  rf"|for whom|who is in it|who are in it|wie zit(?:ten)? (?:er )?in|{_FOR_WHICH_GROUP})\b")),
    # where money comes from is a source of funds, not a place
    ("open", _cue(r"\b(?:where (?:does|do|did) .*\bcome from|waar (?:komt|komen|kwam|kwamen) .*\bvandaan|waaruit|"
                  r"(?:is|are|was|were|wordt|worden|werd|werden) .*\b(?:funded|financed|paid for|gefinancierd|betaald"
                  r"|bekostigd|gedekt)|source of (?:the )?(?:money|funds|funding)|financieringsbron|geldbron"
                  r"|(?:funding|money) sources?|bron van (?:de |het )?(?:financiering|geld)"
                  # "uit welk budget komt dat", "from which budget": which budget pays, not how much
                  r"|uit welke? (?:budget|potje|pot|programma|fonds|begroting)|(?:from|out of) which (?:budget|fund|pot))\b")),
    ("person", _cue(r"\b(?:wie is|wie was|who is|who was|who wrote|who signed|wie schreef|wie tekende|wie ondertekende"
                    r"|who leads|who led|wie leidt|wie leidde|who heads|who is the author|wie is de steller"
                    # "how is the office staffed": who it is made up of
                    r"|staffed|staffing|bemand|bemensing"
                    # "wie staat er aan het hoofd", "who is in charge of running it": who leads
                    r"|wie (?:staat|stond) (?:er )?aan het hoofd|wie heeft de leiding|who(?: is|'s) in charge"
                    r"|who runs|who ran|who manages|who managed|who organi[sz]es|who organi[sz]ed|who coordinates"
                    r"|wie runt|wie beheert|wie organiseert|wie organiseerde|wie coordineert"
                    # whom to turn to ("whom should I contact to apply", "bij wie kan ik terecht"): a person's name
                    r"|(?:whom|who) (?:should|can|could|do|must) (?:i|we) (?:contact|ask|call|e-?mail|approach|talk to"
                    r"|speak to|write to)|wie (?:moet|kan|kunnen|moeten) (?:ik|we) (?:contacteren|benaderen|bellen|mailen"
                    r"|aanschrijven)|bij wie (?:moet|kan|kunnen|moeten) (?:ik|we)|met wie (?:moet|kan) (?:ik|we) contact"
                    # who holds a post ("who holds the new chair", "wie bekleedt de leerstoel"): a person's name
                    rf"|{_HOLDS_A_POST}"
                    r"|wie (?:heeft|hebben)\b.*\b(?:geschreven|onderteken[dt]|opgesteld|getekend)"
                    # the passive: "door wie werd de raadsbrief ondertekend", "by whom was the letter signed"
                    r"|door wie (?:is|was|werd|wordt|zijn|waren|werden)\b.*\b(?:geschreven|onderteken[dt]|opgesteld|getekend)"
                    r"|by whom (?:is|was|are|were)\b.*\b(?:signed|written|drafted)"
                    # "wie staat als steller vermeld": whom the document names in a role
                    r"|wie (?:staat|staan|stond|stonden) (?:er )?als \w+ (?:vermeld|genoemd)"
                    r"|who (?:drew up|drafted|prepared|compiled|authored|wrote up)"
                    # a person's name asked by "heet": "weet u hoe die persoon heet", "what's her name"
                    r"|hoe (?:heet|heette) (?:die|de|deze|dat) (?:persoon|man|vrouw|meneer|mevrouw|functionaris)\b"
                    r"|hoe (?:die|de|deze|dat) (?:persoon|man|vrouw|meneer|mevrouw|functionaris) (?:heet|heette)\b"
                    r"|hoe (?:heet|heette) (?:hij|zij|ze)\b|hoe (?:hij|zij|ze) (?:heet|heette)\b"
                    r"|what(?:'s| is| was) (?:his|her|their) name\b"
                    r"|(?:the )?name of (?:that|this|the) (?:person|man|woman)\b)"
                    # who thought of an idea or a slogan: a person a sentence names as its maker
                    r"|\bwho (?:came up with|thought (?:of|up)|invented|devised|coined|dreamt up|dreamed up)"
                    r"|\bwie (?:bedacht|bedachten|verzon|verzonnen)\b|\bwie (?:heeft|hebben)\b.*\b(?:bedacht|verzonnen)\b")),
    ("date", _cue(r"\b(?:wanneer|when|welke datum|what date|which date|op welke dag|on what day|sinds wanneer"
                  r"|(?:welke|which|what) (?:maand|month|dag|day)"
                  r"|since when|what day|deadlines?|dagtekening|\w*datum|datums|dates|(?:start|end|begin|closing|opening|due) ?date|date)\b")),
    # "how often do they meet", "hoe vaak komt de club bijeen": how often it happens, which a passage states
    ("frequency", _cue(r"\b(?:hoe vaak|how often|how frequently|how many times (?:a|per|each|every) (?:year|month|week)"
                       r"|hoeveel (?:keer|maal) per|frequentie|frequency)\b")),
    ("duration", _cue(r"\b(?:hoe lang|how long|voor welke periode|for what period|which period|what period|welke periode"
                      r"|duration|(?:de|the|its|zijn|haar) duur"
                      r"|looptijd|time ?frame|tijdsbestek|(?:what|which) years? does it cover"
                      # the years a plan spans, asked of it by name: "what years does the action plan cover", "over
                      # welke jaren loopt het actieplan"
                      r"|(?:what|which) years? (?:does|do|did|will) (?:\w+ ){1,5}(?:cover|span|run|last)"
                      r"|(?:over|in) welke jaren (?:loopt|liep|lopen|gaat|strekt)|welke jaren (?:beslaat|omvat|bestrijkt)"
                      r"|van welk jaar tot welk jaar)\b")),
    ("website", _cue(r"\b(?:website|websites|webpagina|webpage|homepage|url|webadres|web address|webstek|site)\b")),
    ("email", _cue(r"\b(?:e-?mail\w*|mailadres\w*|mail address(?:es)?)\b")),
    ("reference", _cue(r"\b(?:kenmerk|referentie|referentienummer|reference(?: number)?|ref\.? ?nr|telefoonnummer"
                       r"|phone(?: number)?|telephone"
                       # which earlier letter: the one a passage names by its date and reference
                       r"|(?:welke|which) (?:eerdere|vorige|voorgaande|previous|earlier|prior) (?:raads|college)?(?:brief|letter))\b")),
    ("address", _cue(r"\b(?:adres|adressen|address|addresses|adress|adresses|postadres|bezoekadres|postal address|postcode|zip code"
                     r"|postbus|street address)\b")),
    # (a bare "waar?" asks where, as "where?" does: "wanneer was pygrunn en waar")
    # ("where" asks a place at a clause's start or end, not after a noun: "a program where graduates get work")
    # ("waar ging dat door": Flemish for where it took place)
    ("place", _cue(r"\bwaar\s+(?:ging|gingen|gaat|gaan)\b(?=.*\bdoor\s*[?!.]*\s*$)|"
                   r"(?:^|[,;:?!.]\s*|\b(?:and|or|but|so|know|tell me|wonder|wondering|ask|asking|from|to|exactly"
                   r"|precisely)\s+)where\b(?! (?:do|should|can) i\b)|\bwhere\s*[?!.]*\s*$"
                   r"|\bwhere (?:is|was|are|were|did|does|will|would|has|have) (?!i\b)(?!the (?:focus|emphasis|priority)\b)"
                   r"|^\s*(?:(?:en|and)\s+)?waar\s*[?!.]*\s*$|\bwaar\s+(?:vond|vonden|vindt|vinden|was|waren|werd|werden|wordt|worden|zit|zitten|ligt"
                   r"|liggen|kwam|komt|is|zijn)\b(?!.*\b(?:voor|van af|over)\b)"
                   # "waar ligt de focus", "where is the emphasis": what it is, no place
                   r"(?!\s+(?:de|het|the)\s+(?:focus|nadruk|accent|prioriteit|prioriteiten|emphasis|priority)\b)"
                   # "waar is dat getal op gebaseerd?": waar … op/aan/mee asks what, not where
                   r"(?!.*\b(?:op|aan|mee|uit|door|naar|om|toe)\b(?:\s+\w+)?\s*\??\s*$)|\bin welke (?:stad|steden|plaats|plaatsen|zaal|gemeente|gemeenten|straat|straten"
                   r"|wijk|wijken|buurt|buurten|dorp|dorpen)\b"
                   r"|\b(?:op )?welke (?:locatie|locaties|adressen|plekken)\b"
                   r"|\b(?:which|what|in which|on which) (?:city|cities|venue|place|places|location|locations|streets?|neighbou?rhoods?"
                   r"|districts?|towns?|villages?)\b"
                   # keywords: "web 11 venue", "trendship locatie"
                   r"|\b(?:venue|locatie|location)\b")),
    ("amount", _cue(r"\bhoeveel\b|\bhow much\b|\bbedrag|\bbudget|\bkosten\b|\bkost(?:te|ten)?\b|\bgekost\b|\bcost|\bamount|\binvestering|\binvestment"
                    r"|\beuro|€|\bverdien\w*|\bearns?\b|\bearning|\bsalar|\bloon\b|\bwages?\b|\bincome\b|\binkomen\b"
                    # a part of an amount just given: "welk deel daarvan is voor X", "which part of it goes to X"
                    r"|\b(?:welk|welke|wat voor een?) (?:deel|gedeelte|stuk) (?:daarvan|ervan|van dat bedrag|van dat geld)"
                    r"|\b(?:which|what) (?:part|portion|share) of (?:it|that|this|that money|the money)\b")),
)
# "how many of them were students", "hoeveel daarvan waren studenten": the noun after the part it is of
_COUNTED = re.compile(r"\b(?:hoeveel|how many|aantal|number of)\s+(?:(?:of (?:them|those|these|the)(?: (?P<whole>\w+))?"
                      r"|daarvan|van hen|van (?:die|de|deze)(?: (?P<whole_nl>\w+))?|ervan)\s+(?:were|are|was|is|waren|zijn)\s+)?"
                      r"(?P<noun>(?:[a-z'&-]+\s+){0,2}[a-z'-]+)")
_FOREIGN_CONTRIBUTOR = re.compile(
    # "how much of that did google pay itself": a share of what was just given, by another giver
    r"how much (?:money )?(?:of (?:that|it|this|the total) )?(?:did|does|has|have|will) (.+?) (?:contribute|give|pay"
    r"|invest|spend|put in)"
    # typed without its auxiliary: "and how much google paid itself for it"
    r"|how much (?:money )?(?!(?:money|was|were|is|are|went|did|does|has|have|will)\b)(\w+(?: \w+)?) (?:paid|contributed|gave"
    r"|invested|spent|put in)\b"
    r"|hoeveel (?:geld )?(?:daarvan |ervan |hiervan )?(?:heeft|hebben|droeg|droegen|gaf|gaven) (.+?) (?:bijgedragen|bij"
    r"|gegeven|betaald|geinvesteerd|gestoken|ingestoken|ingelegd|meebetaald|meegefinancierd)"
    # passive: "what share of the budget was paid by the noo companies", "hoeveel is er betaald door de provincie"
    r"|(?:paid|contributed|funded|financed|put in|given|betaald|bijgedragen|gefinancierd|ingelegd|opgebracht) (?:by|door)"
    r" ((?:the |de |het )?\w+(?: \w+){0,2}?)(?=\s*[?.!]?\s*$|\s+(?:in|for|voor|aan|to)\b)"
    r"|hoeveel (?:geld )?(?:daarvan |ervan |hiervan )?(?:betaalt|betalen|betaalde|betaalden|investeert|investeren"
    r"|investeerde|investeerden) ((?:de |het )?\w+"
    r"(?: \w+)?)(?: zelf)?(?=\s+(?:aan|voor|in|bij|mee)\b|\s*$)"
    # asked yes or no: "did amsterdam fund any projects?", "heeft de provincie projecten gefinancierd?"
    # ("so did google pay the rest of the 500k?": a giver paying, whatever it pays)
    r"|^(?:(?:so|and|but|then)\s+)?(?:did|does|do|has|have) ((?:the |a )?\w+(?: \w+){0,2}?) (?:ever |also |actually )?"
    r"(?:fund|funded|finance|financed|sponsor|sponsored|subsidi[sz]e|subsidi[sz]ed|pay for|paid for|contribute to"
    r"|contributed to|pay|paid|contribute|contributed|chip in|chipped in|put in)\b"
    r"|^(?:heeft|hebben) ((?:de |het |een )?\w+(?: \w+){0,2}?) (?:ook |ooit )?(?:(?:projecten|project|iets|geld|subsidie)\s+)?"
    r"(?:gefinancierd|gesubsidieerd|gesponsord|betaald|bijgedragen)\b")
# the municipality itself, its programme and office, or a pronoun (who "they" are is the conversation's, not a giver)
_MUNICIPALITY = re.compile(r"gemeente|municipality|city|council|college|groningen|digital|\bdog\b|\bgdc\b|programm"
                           r"|\bwe\b|\bwij\b|\byou\b|^(?:they|it|he|she|ze|zij|hij|het|u|jullie)$")


@dataclass(frozen=True, kw_only=True)
class Signals:
    """What the cues found in one (normalised) question; the rules below read these, not the regexes."""

    operation: str | None  # the first registry operation whose cue matches
    amount: bool
    strong_amount: bool
    listing: bool
    domain: bool
    document: bool
    annex: bool
    total_size: bool
    size_word: bool
    explicit_sum: bool
    contribution_word: bool
    size_other: str | None  # "how big is X's network": the noun measured, which is not the project
    which: bool
    all_rows: bool
    applicant_explicit: bool
    applicants: bool
    organisations: bool
    description_explicit: bool
    fields: tuple[Field, ...]
    group_by: GroupColumn | None
    counted: str | None
    foreign_contributor: bool

    @classmethod
    def read(cls, text: str, registry: Registry, lexicon: Lexicon) -> Signals:
        group = CUES["group"].search(text) or CUES["ranked_group"].search(text)
        other = size_of_other(text, lexicon)  # (once: what is measured decides the size read and is read itself)
        return cls(
            operation=registry.asked(text), amount=bool(CUES["amount"].search(text)),
            strong_amount=bool(CUES["strong_amount"].search(text)) or asks_city_money(text, lexicon), listing=bool(CUES["list"].search(text)),
            domain=bool(CUES["domain"].search(text)), document=bool(CUES["document"].search(text)),
            annex=bool(CUES["annex"].search(text)),
            total_size=other is None and (bool(CUES["total_size"].search(text)) or names_a_size(text)),
            size_word=bool(CUES["size_word"].search(text)), explicit_sum=bool(CUES["explicit_sum"].search(text)),
            contribution_word=bool(CUES["contribution_word"].search(text)), size_other=other,
            which=bool(CUES["which"].search(text)), all_rows=bool(CUES["all_rows"].search(text)),
            applicant_explicit=bool(CUES["applicant_explicit"].search(text)),
            applicants=bool(CUES["applicants"].search(text)),
            organisations=bool(CUES["organisations"].search(text)),
            description_explicit=bool(CUES["description_explicit"].search(text)),
            fields=tuple(f for f in _FIELD_CUES if CUES[f].search(text)),
            group_by=_GROUP_COLUMNS[group.group(1)] if group else None,
            counted=counted_noun(text, lexicon), foreign_contributor=foreign_contributor(text, lexicon))

    @property
    def asks_table_field(self) -> bool:
        """An operation, a measure or a row field that only the table holds."""
        return bool(self.strong_amount or self.operation or self.total_size or self.applicant_explicit
                    or "partners" in self.fields or self.description_explicit)

    @property
    def asks_something(self) -> bool:
        """Does the question itself say what it wants (an operation, a measure or a field)?"""
        return bool(self.operation or self.total_size or self.fields or self.amount or self.listing)


_LEADING = frozenset(["wat", "wie", "welke", "welk", "waar", "wanneer", "hoe", "hoeveel", "waarom", "what", "who", "which", "where", "when", "how", "why", "whose", "is", "are", "was", "were", "zijn", "waren", "de", "het", "een", "the", "a", "an", "op", "in", "on", "at", "van", "of", "kan", "kun", "can", "could", "do", "does", "did", "heeft", "hebben", "has", "have", "ik", "i"])
_HEAD_ENDS = frozenset(["van", "voor", "over", "met", "aan", "bij", "naar", "uit", "tot", "of", "for", "about", "with", "to", "from", "by", "into", "under", "during", "in"])


def head_clause_end(text: str) -> int:
    """Where a question's head clause ends: at the first preposition after its first content word.

    >>> t = "op welke website staat een overzicht van de thema's"
    >>> t[:head_clause_end(t)]
    'op welke website staat een overzicht '
    >>> t = "waar legt het dog in 2018 de focus op"
    >>> t[:head_clause_end(t)]
    'waar legt het dog in 2018 de focus op'
    """
    seen_content = False
    for match in re.finditer(r"[a-z0-9']+", text):
        word = match.group(0)
        # ("waar legt het DOG in 2018 de focus op": a year only says when, the clause goes on)
        if seen_content and word in _HEAD_ENDS and not re.match(r"\s+(?:19|20)\d\d\b", text[match.end():]):
            return match.start()
        seen_content = seen_content or word not in _LEADING
    return len(text)


_SIZE_OF = re.compile(r"\b(?:hoe groot|how big|how large)\s+(?:is|was|are|were|zijn|waren)\s+(?P<what>[a-z0-9' -]+?)\??$")
# "what is the size of digideal", "grootte van het netwerk van X", "omvang trendship": the size of a thing named after
# the noun; never of its money ("the size of the contribution" is the contribution)
_SIZE_NOUN = re.compile(r"\b(?:size|grootte|omvang)\s+(?:(?:of|van)\s+|(?!(?:of|van)\b))(?!(?:the |de |het )?(?:bijdrage|contribution|subsid"
                        r"|grant|amount|bedrag|project\b|projecten\b|projects\b)|(?:in|voor|for|over)\b|\d)"
                        r"(?P<what>[a-z0-9' -]+?)\s*\??$")
_SIZE_WORDS = frozenset({"size", "grootte", "omvang"})
_PROJECT_WORDS = frozenset({"project", "projecten", "projects", "het", "de", "the", "budget", "omvang", "size", "totaal",
                            "total"})


def size_of_other(text: str, lexicon: Lexicon | None = None) -> str | None:
    """'How big is the club's network?' measures the network, not the project: the head noun measured ("network",
    "team"), when it is not the project itself ('hoe groot is het project X' asks the project size).

    >>> size_of_other("how big is the social media club's network?"), size_of_other("hoe groot is het team van het dog")
    ('network', 'team')
    >>> size_of_other("hoe groot was het project pygrunn"), size_of_other("hoe groot was trendship 17")
    (None, None)
    >>> from assistant.lexicon import load_lexicon
    >>> size_of_other("how big is the social media club network", load_lexicon())
    'network'
    >>> size_of_other("social media club network size", load_lexicon()), size_of_other("trendship omvang", load_lexicon())
    ('network', None)
    >>> size_of_other("netwerk grootte social media club", load_lexicon())
    'netwerk'
    """
    # keywords: "social media club network size", "netwerk grootte social media club": the noun beside the size word
    said = re.findall(r"[a-z]+", text)
    beside = next((w for a, b in itertools.pairwise(said) for w, size in ((a, b), (b, a))
                   if size in _SIZE_WORDS and lexicon is not None and w in lexicon.measured_nouns), None)
    if beside:
        return beside
    match = _SIZE_OF.search(text) or _SIZE_NOUN.search(text)
    if not match:
        return None
    what = match.group("what")
    possessive = re.search(r"'s\s+([a-z]+)", what)
    if possessive:
        head = possessive.group(1)
    else:
        of = re.match(r"(?:het|de|the|hun|their|its)\s+([a-z]+)\s+(?:van|of)\b", what)
        # "how big is the social media club network", "… the digital office team last year": the noun after the name
        measured = [w for w in what.split() if lexicon is not None and w in lexicon.measured_nouns]
        if of:
            head = of.group(1)
        elif measured:
            head = measured[-1]
        else:
            return None
    return None if head in _PROJECT_WORDS else head


def sizes_a_named_thing(text: str, lexicon: Lexicon) -> bool:
    """"What is the size of digideal", "omvang trendship": the size of a thing named after the noun, which is its
    project's size, unless it is something else measured ("the size of the team").

    >>> from assistant.lexicon import load_lexicon
    >>> [sizes_a_named_thing(q, load_lexicon()) for q in ("what is the size of digideal", "omvang trendship",
    ...  "wat is de grootte van het team van het dog", "the size of the contribution to pygrunn")]
    [True, True, False, False]
    """
    return names_a_size(text) and size_of_other(text, lexicon) is None


def names_a_size(text: str) -> bool:
    """A size asked of a thing named with it ("the size of X", "omvang X", "hoe groot is X"), whatever is measured."""
    return bool(_SIZE_NOUN.search(text) or _SIZE_OF.search(text))


_ROLE_OF_A_THING = re.compile(r"\b(?:what|wat|which|welke)\s+(?:is|was|are|were|zijn|waren)\s+(?:its|their|the|de|het"
                              r"|zijn|haar|hun)\s+(?:role|roles|rol|rollen|taak|taken|task|tasks)\b"
                              r"|\b(?:what|wat) (?:does|did|doet|deed) .+ (?:do|doen) (?:in|bij|voor|for)\b")
# "who is the city partnering with on it", "met wie werkt de gemeente samen": the partner organisations, which a
# sentence names ("in samenwerking met CBS"), not a person
_WITH_WHOM = re.compile(r"\b(?:with whom|met wie)\b|\b(?:who|wie)\b.*\b(?:partner\w*|work(?:s|ed|ing)? (?:together )?with"
                        r"|cooperat\w*|collaborat\w*|team(?:s|ed|ing)? up with|samenwerk\w*)\b"
                        # a preposition left at the end: "who is the city doing that with", "who did they set it up with"
                        r"|\bwho\b.*\b(?:doing|do|does|did|done|setting up|set up|running|run|organi[sz]ing)\b.*\bwith\s*[?.!]*$")
_THAT_GROUP = re.compile(r"\b(?:that|this|dat|dit|die|deze|the same|hetzelfde|dezelfde)\s+(theme|thema|applicant|aanvrager"
                         r"|section|onderdeel)\b")
_GROUP_WORDS = {"theme": "theme", "thema": "theme", "applicant": "applicant", "aanvrager": "applicant",
                "section": "section", "onderdeel": "section"}
# after an overview of the programme, a bare "why?" asks what it is for, "who else?" who takes part
_BARE_WHY = r"(?:(?:en|and|but|maar|ok|so|dus)\s+)?(?:waarom|why|how come|waarvoor)"
_WHO_ELSE = r"(?:(?:en|and)\s+)?(?:wie nog meer|wie verder|wie nog|who else|anyone else|iemand anders)"
_NEXT_TOPICS: dict[str, Topic] = {_BARE_WHY: "goal", _WHO_ELSE: "involved"}
_OVERVIEW_AFTER: dict[str, dict[str, Topic]] = {topic: _NEXT_TOPICS for topic in ("about", "goal", "involved", "result")}
_WHO_DECIDED = re.compile(r"\b(?:wie|who|which body|welk orgaan)\b.*\b(?:besloten|beslist|besliste|besloot|besluit"
                          r"|decided|decides|approved|goedgekeurd|keurde|toegekend|kende|awarded|granted)\b"
                          # who holds a post there ("who holds the new chair", "wie bekleedt de leerstoel"): a person
                          # no row names either
                          rf"|\b(?:{_HOLDS_A_POST})\b")
_FROM_THE_GIVER = re.compile(r"(?:van|from|of)\s+(?:de|het|the)?\s*(?:gemeente|municipality|city|provincie|province|rijk)")
_PART_OF_MONEY = re.compile(r"\b(?:hoeveel|how much) (?:van|of) (?:de|het|dat|die|al dat|the|that|all that) (?:ruim |€ ?)?"
                            r"(?:\d|\w*(?:geld|bedrag|budget|subsidie|bijdrage|money|funding)\b)")
# what follows "how many of those X are" when X is what is counted ("… zijn er al geweest", "… are there")
_THERE_BEEN = frozenset({"er", "there", "al", "already", "nu", "now", "daar", "inmiddels", "tot"})
_PART_OF_A_WHOLE = re.compile(r"\b(?:how many|hoeveel)\s+(?:of|van)\s+(?:the|de|het|those|these|die|deze)\s+"
                              r"(?:[\w'-]+\s+){0,4}?(?P<noun>[\w'-]+)\s+(?:got|get|gets|found|have|had|did"
                              r"|kregen|kreeg|vonden|hebben|hadden)\b")  # ("… visitors were startups" counts startups)
_HOW_MANY = re.compile(r"\b(?:hoeveel|how many)\b")
_AS_PARTNER = re.compile(r"\b(?:as|als)\s+(?:a\s+|an\s+|een\s+)?(?:partner|partners|samenwerkingspartner)\b")
# "which projects have a province as partner", "bij welke projecten is de provincie partner": the partner named
_PARTNER_NAMED = re.compile(
    # ("in welke projecten zit de provincie als partner", "where does the province act as partner")
    r"\b(?:have|has|had|with|met|hebben|heeft|had|hadden|zit|zat|zitten|zaten|staat|stond|staan|fungeert|fungeerde"
    r"|act|acts|acted|serve|serves|served|appear|appears|appeared)\s+(?:a\s+|an\s+|the\s+|de\s+|het\s+|een\s+)?"
    r"(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:as|als)\s+(?:a\s+|een\s+)?(?:partner|partners)\b"
    r"|\b(?:is|was|zijn|waren|is)\s+(?:de\s+|het\s+|the\s+|a\s+|een\s+)?(?P<who2>[a-z][\w-]*)\s+(?:een\s+|a\s+)?"
    r"(?:partner|partners)\b")


def partner_named(text: str, lexicon: Lexicon) -> str | None:
    """The words of who a question names as a partner of projects ("a province as partner": provincie), in the
    sources' Dutch, for a filter on the partners cell; None when it names none.

    >>> from assistant.lexicon import load_lexicon
    >>> partner_named("which of the subsidised projects have a province as partner", load_lexicon())
    'provincie|provincies'
    >>> partner_named("bij welke projecten is de rug partner", load_lexicon()), partner_named("wie zijn de partners", load_lexicon())
    ('rug', None)
    >>> partner_named("in welke projecten zit de provincie als partner", load_lexicon())
    'provincie'
    """
    found = _PARTNER_NAMED.search(text)
    who = (found.group("who") or found.group("who2")) if found else None
    if not who or who in _BEING or set(who.split()) & {"wie", "who", "what", "wat", "welke", "which"}:
        return None
    said = [w for w in words(lexicon.expand(who)) if w not in lexicon.generic_question_words]
    dutch = said[len(words(who)):] or said  # the glossary's Dutch word when it has one ("province": provincie)
    return "|".join(dict.fromkeys(dutch)) or None


def asks_involvement(text: str, lexicon: Lexicon) -> bool:
    """The question asks where someone was involved ("betrokken", "as applicant or as a partner"), not only what they
    applied for.

    >>> from assistant.lexicon import load_lexicon
    >>> asks_involvement("in which projects was the hanze involved", load_lexicon()), asks_involvement("wat vroeg de hanze aan", load_lexicon())
    (True, False)
    """
    return bool(set(words(text)) & lexicon.involvement_words)


def as_applicant_or_partner(f: Filter, entities: Sequence[Match]) -> Filter:
    """An applicant filter as the applicant or a partner named alike (a partners cell names it by its name's longest
    word, "Hanzehogeschool", or as the question typed it, "RuG"); any other filter as it is."""
    if f.column != "applicant":
        return f
    named = [m for m in entities if m.kind == "applicant" and m.value in f.values]
    stems = {max(words(m.value), key=len, default="") for m in named} | {
        w for m in named if len(words(m.surface)) == 1 for w in words(m.surface)}
    stems = {w for w in stems if len(w) >= 3 and re.fullmatch(r"[a-z0-9]+", w)}
    if not stems:
        return f
    return Filter(column="either", values=(*(f"applicant={v}" for v in f.values), *(f"partners={w}" for w in sorted(stems))))


# "hoeveel staan er …", "how many are there": a verb of being where the counted noun would stand
_BEING = frozenset(["staan", "stonden", "staat", "zitten", "zaten", "zijn", "waren", "are", "were", "is", "was"])


# "hoeveel waren dat er", "how many were there": a count of what was said before
_POINTED_COUNT = re.compile(r"(?:waren|zijn|were|are) (?:dat|het|die|ze|they|there)\b")
_PLURAL_ENDINGS = ("s", "en", "'s")
_MONEY_ENDINGS = ("geld", "gelden", "budget", "subsidie", "subsidies", "euro", "euros", "money", "funding")


# a Dutch finite verb (-t, -de, -te) with its subject after it: "betaalt de gemeente", "investeerde het DOG"
_VERB_BEFORE_SUBJECT = re.compile(r"[a-z]+(?:t|de|te|den|ten)\s+(?:de|het|een|ze|zij|wij|we|u|je|jij|men|hij|ons"
                                  r"|jullie)\b")


_NOT_A_NOUN_AFTER_HOW_MANY = frozenset(["in", "op", "aan", "bij", "uit", "met", "naar", "over", "voor", "totaal", "ongeveer",
                                        "precies", "zo'n", "at", "on", "for", "to", "total", "roughly", "exactly"])


def counted_noun(text: str, lexicon: Lexicon) -> str | None:
    """What a 'how many …' question counts ('projecten', 'visitors'), or None for an amount ('hoeveel kreeg …')."""
    part = _PART_OF_A_WHOLE.search(text)
    if part and part.group("noun") not in lexicon.not_counted:
        return part.group("noun")  # "how many of the coders academy trainees got a job": trainees
    match = _COUNTED.search(text)
    whole = match and (match.group("whole") or match.group("whole_nl"))
    if whole and whole in lexicon.table_nouns:
        return whole  # "how many of the projects are about blockchain" counts projects
    if whole and match is not None and match.group("noun").split()[0] in _THERE_BEEN:
        return whole  # "hoeveel van die lesjes zijn er al geweest": the lessons, not "er"
    if match and match.group("noun").split()[0] in _BEING:
        # "de brief noemt 27 projecten, hoeveel staan er in de bijlage?": the noun said elsewhere is counted
        table_noun = next((t for t in words(text) if t in lexicon.table_nouns), None)
        pointed = _POINTED_COUNT.match(match.group("noun"))
        if table_noun is None and pointed:
            # "… dat de ambtenaren masterclasses kregen, hoeveel waren dat er": the nearest plural noun said before
            before = [w for w in words(text[: match.start()]) if w not in lexicon.common_words
                      and w not in lexicon.funding_words and w not in lexicon.transfer_verbs]
            return next((w for w in reversed(before) if len(w) >= 5 and w.endswith(_PLURAL_ENDINGS)), None)
        return table_noun
    if not match or match.group("noun").split()[0] in lexicon.not_counted:
        return None
    if match.group("noun").split()[0].endswith(_MONEY_ENDINGS):
        return None  # "hoeveel belastinggeld": money in a compound, an amount
    if _VERB_BEFORE_SUBJECT.match(match.group("noun")):
        return None  # "hoeveel betaalt de gemeente daaraan": a verb with its subject after it, an amount
    if _FROM_THE_GIVER.match(match.group("noun")):
        return None  # "kreeg hoeveel van de gemeente": money from the giver, not a count of "van"
    if _PART_OF_MONEY.search(text):
        return None  # "hoeveel van het geld / van de 470.000 ging naar onderwijs": a part of money, not a count
    following = match.group("noun").split()
    # "hoeveel in totaal ontvangen", "hoeveel precies deelnemers": words between "hoeveel" and what it counts
    while following and following[0] in _NOT_A_NOUN_AFTER_HOW_MANY:
        following = following[1:]
    money_moved = lexicon.transfer_verbs | lexicon.funding_words  # "… in totaal ontvangen": received, an amount
    if not following or following[0] in lexicon.not_counted or following[0] in money_moved or (
            following[0].endswith(_MONEY_ENDINGS)):
        return None
    # "how many blockchain projects", "hoeveel blockchainprojecten": the table noun a qualifier stands before
    for word in following:
        noun = next((t for t in lexicon.table_nouns if word == t or (word.endswith(t) and len(word) > len(t) + 2)), None)
        if noun:
            return noun
    if following[0] in lexicon.coming_verbs:
        return lexicon.coming_verbs[following[0]]  # "… and how many came": those who came
    # "hoeveel mensen werken er": people at work are staff, not visitors
    if following[0] in lexicon.people_at_work and set(words(text)) & lexicon.work_verbs:
        return lexicon.people_at_work[following[0]]
    return following[0]


def foreign_contributor(text: str, lexicon: Lexicon) -> bool:
    """'How much did ING contribute…': a contributor other than the municipality, which the table does not record."""
    return giver_of(text, lexicon) is not None


# in compounds too: "rijksbijdrage", "projectgeld"
_ASKS_MONEY = re.compile(r"(?:hoeveel|how much|bedrag|amount|funding|\bfunds?\b|financier|bijdra|bijdroeg|bijgedragen|contribut"
                         r"|miljoen|million|\beuros?\b|gestoken|\bspen(?:t|ds?|ding)\b|uitgegeven|besteed"
                         r"|geld|money|subsid|grant|betaal|betaald|\bpaid|\bpays?\b|\bgave\b|\bgive[ns]?\b|invest"
                         r"|\bput(?:s|ting)?\b(?=.*\b(?:in|into)\b))")


# what the applicant puts in itself: another giver's money than the city's
_OWN_SHARE = re.compile(r"\b(?:eigen (?:bijdrage|inbreng|aandeel|financiering)|own (?:contribution|share|funds?|funding"
                        r"|investment)|co-?financ\w*|cofinanc\w*|matching funds?)\b")
_NOT_OF = re.compile(r"\b(?:non|niet|buiten|outside)[- ]\w+")
# the city as the one who gave, after its auxiliary ("welk bedrag heeft de gemeente groningen bijgedragen", "how much
# did the city give"): another body named in the question is context ("… met het provinciale beleid: …"), no giver
_CITY_AS_GIVER = re.compile(r"\b(?:heeft|hebben|had|hadden|gaf|gaven|droeg|betaalde|did|has|have|had|gave|paid)\s+"
                            r"(?:de |the )?(?:gemeente|city|municipality)(?: (?:of )?groningen)?\b(?! (?:and|en|of|or)\b)")


def giver_of(text: str, lexicon: Lexicon) -> str | None:
    """Who a money question says gave, when that is not the municipality: the slot of "how much did X contribute",
    or a giver the lexicon knows named anywhere in it ("EU funding", "de bijdrage van de provincie", "the Province of
    Groningen": a province named after the city is still the province).

    >>> from assistant.lexicon import load_lexicon
    >>> giver_of("how much did the province contribute to it", load_lexicon())
    'province'
    >>> giver_of("how much eu funding went into it", load_lexicon()), giver_of("how much did the city contribute", load_lexicon())
    ('eu', None)
    >>> giver_of("did amsterdam fund any projects?", load_lexicon()), giver_of("did they fund it?", load_lexicon())
    ('amsterdam', None)
    >>> giver_of("so did google pay the rest of the 500k?", load_lexicon()), giver_of("did the city pay for it?", load_lexicon())
    ('google', None)
    >>> giver_of("heeft de gemeente projecten gefinancierd?", load_lexicon())
    >>> giver_of("heeft de gemeente betaald voor django girls?", load_lexicon())
    >>> giver_of("heeft de provincie projecten gefinancierd?", load_lexicon())
    'provincie'
    >>> giver_of("did the province of groningen fund anything?", load_lexicon())
    'province'
    >>> giver_of("does the startup visa offer funding for non-eu founders", load_lexicon())
    >>> giver_of("voor een vergelijking met het provinciale beleid: welk bedrag heeft de gemeente bijgedragen", load_lexicon())
    >>> giver_of("hoe hoog was de eigen bijdrage van de aanvrager bij gdbc", load_lexicon())
    'aanvrager'
    """
    # "non-eu founders", "niet-EU": who is not of the giver names no giver
    named = next((lexicon.other_givers[t] for t in words(_NOT_OF.sub(" ", text)) if t in lexicon.other_givers), None)
    from_giver = bool(_HOW_MANY.search(text) or "how much" in text) and bool(_FROM_THE_GIVER.search(text))
    if named and (_ASKS_MONEY.search(text) or from_giver) and not _AS_PARTNER.search(text) and not _CITY_AS_GIVER.search(text):
        return named  # (a province "as partner" of subsidised projects gave nothing the question asks)
    own = _OWN_SHARE.search(text)
    if own is not None:  # "de eigen bijdrage van de aanvrager", "the applicant's own contribution": not the city's
        return "aanvrager" if own.group(0).startswith("eigen") else "applicant"
    match = _FOREIGN_CONTRIBUTOR.search(text)
    slot = next((g for g in match.groups() if g), "") if match else ""
    if not slot or _MUNICIPALITY.search(slot):
        return None
    return re.sub(r"(?:\s+(?:zelf|itself|themselves|himself|herself|daar|hier|er|in|aan|mee))+$", "",
                  re.sub(r"^(?:the|de|het|een|a|an)\s+", "", slot.strip()))


# which letter a document refers to ("naar welke eerdere brief verwijst de raadsbrief (datum en kenmerk)"): the one a
# passage names by its date and reference, asked as a letter however its details are named
LETTER_REFERRED_TO = re.compile(r"\b(?:welke|which|what) (?:eerdere |vorige |voorgaande |previous |earlier |prior )?"
                                 r"(?:raads|college)?(?:brief|letter)\b.*\b(?:verwijst|verwijzen|verwees|verwezen|refers?"
                                 r"|referred|referring)\b|\b(?:verwijst|refers?) (?:naar|to) (?:welke|which|what)\b"
                                 # "kenmerk en datum van de eerdere brief": the one the letter names by both
                                 r"|\b(?:kenmerk|datum|date|dagtekening|reference|referentie)\b.*\b(?:eerdere|vorige"
                                 r"|voorgaande|previous|earlier|prior) (?:raads|college)?(?:brief|letter)\b"
                                 # "… verwezen naar een eerdere brief. Van welke datum was die, met welk kenmerk"
                                 r"|\b(?:eerdere|vorige|voorgaande|previous|earlier|prior) (?:raads|college)?(?:brief|letter)\b"
                                 r".*\b(?:kenmerk|datum|date|dagtekening|reference|referentie)\b")


def answer_type(text: str, lexicon: Lexicon) -> AnswerType:
    """The kind of answer asked for; "hoeveel inwoners" counts, "hoeveel kreeg" asks an amount.

    >>> from assistant.lexicon import load_lexicon
    >>> answer_type("naar welke eerdere brief verwijst de raadsbrief (datum en kenmerk)?", load_lexicon())
    'reference'
    """
    if _PERCENT.search(text):  # "welk percentage van de bezoekers": a share, which no count or amount answers
        return "open"
    counted = counted_noun(text, lexicon)
    if _HOW_MANY.search(text) and counted:
        # "how many companies are involved": a number, not who is involved; "voor hoeveel jaar is het bedoeld": a span
        # of time, which a period states ("2017-2019")
        return "duration" if counted in _TIME_UNITS else "count"
    if LETTER_REFERRED_TO.search(text):
        return "reference"
    named = kind_named_by_which(text, lexicon)
    if named is not None:  # "in welk gebouw", "which venue": the kind of answer the noun after "which" names
        return named
    for name, pattern in ANSWER_TYPES:
        if name == "amount" and counted_noun(text, lexicon):
            return "count"
        if pattern.search(text) or (name == "amount" and (asks_city_money(text, lexicon) or asks_money_spent(text))):
            return name
    return "amount" if sizes_a_named_thing(text, lexicon) else "open"


_PERCENT = re.compile(r"\b(?:percentage|percent|procent)\b|%")
# "groep 1", "group 3", "klas 2": a numbered group; "groep 2 tot en met 8", "groep 2-8": a range of them
_NUMBERED = re.compile(r"\b(?P<noun>[a-z]+)\s+(?P<n>\d{1,2})\b(?:\s*(?:tot en met|t/m|tm|-|–|to|through|tot)\s*"
                       r"(?P<to>\d{1,2})\b)?")


def numbered_groups_in(text: str, lexicon: Lexicon) -> list[tuple[str, int, int, str]]:
    """The school groups a text says by number (lexicon `numbered_groups`): noun, first and last number, as said.

    >>> from assistant.lexicon import load_lexicon
    >>> numbered_groups_in("voor groep 2 tot en met 8 van basisscholen, op 20 oktober", load_lexicon())
    [('groep', 2, 8, 'groep 2 tot en met 8')]
    """
    return [(m.group("noun"), int(m.group("n")), int(m.group("to") or m.group("n")), m.group(0))
            for m in _NUMBERED.finditer(text) if m.group("noun") in lexicon.numbered_groups]


def names_a_numbered_group(text: str, lexicon: Lexicon) -> bool:
    """A school group said by its number ("groep 1", "group 3"), which a description may span ("groep 2 tot en met 8").

    >>> from assistant.lexicon import load_lexicon
    >>> names_a_numbered_group("mijn kleindochter zit in groep 1", load_lexicon())
    True
    """
    return bool(numbered_groups_in(text, lexicon))


_A_CHILD = re.compile(r"\b(?:he|she|him|her|hij|hem|zij|ze|mijn (?:zoon|dochter|kind)|my (?:son|daughter|child|kid))\b")
_WHICH_NOUN = re.compile(r"\b(?:welk|welke|which|what)\s+(?P<noun>[a-z]+)\b")


def kind_named_by_which(text: str, lexicon: Lexicon) -> AnswerType | None:
    """The kind of answer "welk gebouw", "which venue", "op welke dag" asks: the kind whose words (lexicon data,
    `kind_words`) hold the noun after "which"; None for any other noun.

    >>> from assistant.lexicon import load_lexicon
    >>> [kind_named_by_which(q, load_lexicon()) for q in ("in welk gebouw vond trendship plaats",
    ...  "which venue hosted pygrunn", "welk project kreeg het meest")]
    ['place', 'place', None]
    """
    found = _WHICH_NOUN.search(text)
    noun = found.group("noun") if found else ""
    return next((_KIND_OF[kind] for kind, nouns in lexicon.kind_words.items()
                 if kind in _KIND_OF and (noun in nouns or noun.rstrip("s") in nouns)), None)


_TIME_UNITS = frozenset({"jaar", "jaren", "years", "year", "maanden", "maand", "months", "month", "weken", "weeks"})
_MONEY_NOUN = re.compile(r"\b(?:bijdrage|bijdragen|contributions?|subsidies|subsidie|subsidy|funding|financiering|uitgaven"
                         r"|spending|geld|money)\b")
# spending only: what the city contributes or gives to something may be staff too ("to get the office started")
_SPENT_WHAT = re.compile(r"^(?:(?:and|en|so|dus)\s+)?(?:what (?:did|does|do|has|have|will) .+ (?:spend|pay|invest)"
                         r"|wat (?:heeft|hebben|had|hadden|zal|gaat) .+ (?:uitgegeven|besteed|betaald|geinvesteerd"
                         r"|uitgeven|besteden|betalen|investeren)"
                         # what the city contributed is money ("wat heeft de gemeente daar aan bijgedragen"); what
                         # others contributed may be people ("capaciteit beschikbaar gesteld")
                         r"|wat (?:heeft|hebben|had|hadden) (?:de gemeente|het college|de stad|wij|we)\b.* (?:bijgedragen"
                         r"|bijdragen)"
                         # the verb itself first: "wat betaalde de gemeente eraan", "wat besteedt de stad aan X"
                         r"|wat (?:betaalde|betaalden|betaalt|besteedde|besteedden|besteedt|investeerde|investeert"
                         r"|spendeerde|spendeert|gaf|gaven|geeft) .+)\b")


# what went on at a project, asked of no cell of its row
_HAPPENED = re.compile(r"\b(?:what (?:happened|happens|went on|took place|did they do|do they do)|wat (?:gebeurde|gebeurt"
                       r"|is er gebeurd|deden ze|doen ze|hebben ze gedaan)|hoe (?:ging|verliep|liep) )")
_HOW_IT_WENT = re.compile(r"^(?:and |en )?(?:how|hoe)\b(?!\s+(?:much|many|veel|groot|big|large|lang|long|vaak|often"
                          r"|hoog|high|duur|expensive|oud|old)\b)")


_QUALIFIER = re.compile(r"\b(?:voor|for|over|about|gericht op|aimed at|rond|around|op het gebied van|in the field of)\s+"
                        r"(?:de |het |the |een |a |an )?(?P<what>[a-z][a-z -]*?)\s*(?:[?!.,]|$)")


_ALTERNATIVES = re.compile(r"\b(?:of|or)\b|/")
_RELATIVE_CLAUSE = re.compile(r"\s(?:die|dat|who|that|which)\s")


def qualifier_of(text: str) -> str:
    """What a listing asks its rows to be about, after "voor / for / over / about" ("welke projecten zijn er voor
    ouderen" → "ouderen"); "" when it names nothing so.

    >>> qualifier_of("welke projecten zijn er voor ouderen?"), qualifier_of("welke projecten kregen geld")
    ('ouderen', '')
    """
    found = _QUALIFIER.search(text)
    return found.group("what") if found else ""


def asks_how_it_went(text: str) -> bool:
    """"How did the office decide which projects get funding", "hoe wordt bepaald welke projecten …": a way or a
    procedure asked, however a "which" clause inside it names rows; not "how much", "hoe groot".

    >>> asks_how_it_went("how did the office decide which projects get funding"), asks_how_it_went("how many projects")
    (True, False)
    >>> asks_how_it_went("hoe heet het project van de hanze")  # (its name, which the row gives)
    False
    """
    return bool(_HOW_IT_WENT.search(text)) and not _NAMED_HOW.search(text)


def inherits_existence(resolved: Intent, own: Intent, previous: Intent) -> bool:
    """A follow-up that is no yes/no given the turn before's existence check as its table query ("… and for which year
    is it planned?"), which its own words did not ask."""
    query = resolved.table_query
    # ("… was something like that funded? how much": the money of the rows found is asked of them)
    # (a date, place or person asked after it is no list of the rows the check selected either; after a list of rows
    # named, "when were they held?" asks theirs)
    after_a_check = previous.table_query is not None and previous.table_query.operation == "exists"
    checked = query is not None and (query.operation == "exists" or (
        after_a_check and query.operation == "list" and own.answer_type in ("date", "place", "person")
        and own.table_query is None))
    return (resolved.followup and checked and not resolved.yes_no and own.answer_type not in ("amount", "count")
            and (own.table_query is None or own.table_query.operation != "exists"))


def asks_how_it_is_done(text: str) -> bool:
    """How a named thing does something ("how does the LIKE programme make data accessible", "Regarding X: how is data
    made accessible?", "hoe maakt het Like-programma data toegankelijk"): not its name ("hoe heet"), a figure ("how
    much", "hoe groot") or any money.

    >>> asks_how_it_is_done("regarding the like! programme: how is government data to be made accessible?")
    True
    >>> asks_how_it_is_done("hoe heet het project van de hanze"), asks_how_it_is_done("how much did like get")
    (False, False)
    """
    return asks_how_it_went(text.rsplit(": ", 1)[-1]) and not _ASKS_MONEY.search(text)


# "hoe heet het", "how is it called", "hoe laat": a name or a time asked with "hoe"
_NAMED_HOW = re.compile(r"^(?:and |en )?(?:how|hoe)\s+(?:heet|heette|heten|noem|noemt|noemen|laat|is (?:it|that|this) called"
                        r"|are (?:they|these) called|was (?:it|that) called)\b")


def asks_money_spent(text: str) -> bool:
    """"Bijdrage gemeente 2019", "what did the municipality spend on it in 2016": money asked by its noun alone
    (keywords, no question word) or by what someone spent, an amount a sentence must state, not any sentence of the
    year.

    >>> asks_money_spent("bijdrage gemeente 2019"), asks_money_spent("what did the municipality spend in 2016")
    (True, True)
    >>> asks_money_spent("waaraan is de bijdrage besteed"), asks_money_spent("welke bijdrage levert het dog")
    (False, False)
    """
    keywords_only = not phrasing.asks_a_question_word(text) and len(text.split()) <= 6
    return bool(_SPENT_WHAT.search(text)) or (keywords_only and bool(_MONEY_NOUN.search(text)))


def asks_city_money(text: str, lexicon: Lexicon) -> bool:
    """"Wat droeg de gemeente in 2017 bij (aan GDC)?", "what did the city contribute?": what the municipality gives
    to the programme is money; given to something else ("to get the office started") it may be staff too.

    >>> from assistant.lexicon import load_lexicon
    >>> asks_city_money("wat draagt de gemeente in 2019 bij aan groningen digital city?", load_lexicon())
    True
    >>> asks_city_money("what does the municipality contribute to get the digital office started?", load_lexicon())
    False
    """
    found = _CITY_GAVE.search(text)
    if not found:
        return False
    rest = [w for w in words(found.group("rest")) if not w.isdigit() and w not in ("bij", "aan", "to")]
    return all(w in lexicon.generic_names or w in lexicon.generic_question_words for w in rest)


_ROLE_OF_THING = re.compile(
    r"\b(?:rol|functie|taak|positie|role|function|task|position)\s+(?:van|heeft|had|speelt|speelde|vervult|neemt|of|does"
    r"|did|do|has|had)\s+(?:de|het|dit|deze|dat|die|onze|the|this|that|it|our|its)\b"
    r"|\bthe\s+\w+(?:'s|s')\s+(?:role|function|task|position)\b")


def asks_role_of_thing(text: str) -> bool:
    """"Welke rol heeft het (DOG)?", "what is the role of the municipality?": the role a body or office plays is said
    in a sentence describing it ("de functie van initiator, aanjager en regisseur"), not by a person. The article
    tells it from a person's role ("welke functie heeft Peter Teesink?"), whose name takes none.

    >>> asks_role_of_thing("en welke rol heeft het?"), asks_role_of_thing("what role does the CDO play")
    (True, True)
    >>> asks_role_of_thing("welke functie heeft Peter Teesink?"), asks_role_of_thing("wie is de burgemeester?")
    (False, False)
    """
    return bool(_ROLE_OF_THING.search(normalise(text)))


# (a body named with its town stresses the body: "de gemeente groningen zelf")
_EMPHASIS = re.compile(r"\b([a-z][\w-]+?)(?:'s|s')?(?:\s+(?:of\s+)?groningen)?\s+(?:zelf|zelve|itself|themselves|own)\b")


def emphasised(text: str) -> tuple[str, ...]:
    """The words a question stresses with "zelf / itself / own": what it asks is that one's, not a neighbour's
    ("hoeveel fte levert de gemeente zelf" is not the whole team's 2-3 fte).

    >>> emphasised("hoeveel fte levert de gemeente zelf?"), emphasised("the municipality's own staff")
    (('gemeente',), ('municipality',))
    >>> emphasised("what did the digital office itself cost"), emphasised("ik wil het zelf weten")
    (('office',), ())
    >>> emphasised("hoeveel fte heeft de gemeente groningen zelf in 2017 geleverd")
    ('gemeente',)
    """
    return tuple(w for w in _EMPHASIS.findall(text) if w not in _NOT_EMPHASISED)


# pronouns and verbs before "zelf" ("het zelf", "ik wil zelf") stress no thing a passage must name
_NOT_EMPHASISED = frozenset(["het", "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "zich", "ons", "hun", "it",
                             "they", "we", "their", "its", "our", "my", "your", "his", "her", "wil", "kan", "moet"])


_ASKER = re.compile(r"^\s*(?:(?:hoi|hallo|hi|hello|hey)[,!]?\s+)?(?:ik|i|i'm|im|i am|we|wij|mijn|my|me|ons|onze|our)\b",
                    flags=re.I)


def introduces_asker(text: str) -> bool:
    """Sentences about the one asking ("Ik begin volgende maand bij het DOG.", "I'm new here."), said before the
    question: context, not what is asked.

    >>> introduces_asker("Ik begin volgende maand bij het Digital Office. "), introduces_asker("In de bijlage staat 5.")
    (True, False)
    >>> introduces_asker("hey! just moved to groningen from lisbon, i run tech meetups. ")
    True
    >>> introduces_asker("looking for dev jobs. "), introduces_asker("op zoek naar een stageplek. ")
    (True, True)
    >>> introduces_asker("Hoi! Eerste dag hier. "), introduces_asker("new here. "), introduces_asker("Nieuw beleid. ")
    (True, True, False)
    """
    # (a greeting before the first: "hi, just moved here from bangalore.")
    sentences = [phrasing.without_opening(s) for s in re.split(r"(?<=[.!])\s+", text.strip())
                 if s and not _GREETING.fullmatch(s)]
    # (the subject may be left out at first, "just moved here, i run meetups": the asker as a later clause's subject)
    return bool(sentences) and all(_ASKER.match(s) or _ASKER_CLAUSE.search(s) or _ELIDED_ASKER.match(s)
                                   for s in sentences)


_GREETING = re.compile(r"\s*(?:hoi|hallo|hi|hello|hey|goedemorgen|goedemiddag|goedenavond|goedendag|goeiemorgen|goeiemiddag"
                       r"|moi|good morning|good afternoon|good evening|good day|greetings|beste|dear)[,!.]*\s*", flags=re.I)
# "just moved to groningen for a data job.": the asker left out before what they did
# ("looking for dev jobs.", "op zoek naar werk.": what the asker is doing, the asker left out)
# ("eerste dag hier.", "new here.", "nieuw bij het DOG.": the asker's state, the asker left out)
_ELIDED_ASKER = re.compile(r"\s*(?:(?:just|recently|newly|net|pas|onlangs|sinds kort|looking|searching|hoping|planning|trying"
                           r"|thinking about|moving|op zoek|bezig|van plan)\s+[a-z]+"
                           r"|(?:mijn\s+|my\s+)?(?:eerste|first)\s+(?:werk)?(?:dag|day|week|werkdag)\b"
                           r"|(?:nieuw|new)\s+(?:hier|here|bij|at|to|in|op)\b)", flags=re.I)
_ASKER_CLAUSE = re.compile(r",\s*(?:and\s+|en\s+)?(?:ik|i|i'm|im|i've|ive|mijn|my)\b", flags=re.I)


def trailing_context(text: str, lexicon: Lexicon) -> str:
    """The question without what the asker adds after it: about themselves ("… voor welke kinderen is dat? mijn
    dochter zit in groep 3", "… bij de Hanze? ik wil ze even mailen"), how to answer ("… eigenlijk? simpel uitleggen
    pls") or thanks; the text unchanged when no sentence before those ends in a question mark. A sentence that
    still asks ("ik wil ook weten wie …", "ik bedoel in 2017") is no such remark.

    >>> from assistant.lexicon import load_lexicon
    >>> trailing_context("wat is GDC eigenlijk? simpel uitleggen pls", load_lexicon())
    'wat is GDC eigenlijk?'
    >>> trailing_context("voor welke kinderen is dat? mijn dochter zit in groep 3", load_lexicon())
    'voor welke kinderen is dat?'
    >>> trailing_context("Hoeveel kreeg PyGrunn? Ik bedoel in 2017.", load_lexicon())
    'Hoeveel kreeg PyGrunn? Ik bedoel in 2017.'
    """
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    end = len(sentences)
    while end > 1 and not sentences[end - 1].rstrip().endswith("?") and lexicon.remarks_only(sentences[end - 1]):
        end -= 1
    if end == len(sentences) or not sentences[end - 1].rstrip().endswith("?"):
        return text
    return " ".join(sentences[:end])


def asking_sentence(text: str) -> str:
    """The sentence of a question that asks: the last one ("hoi, ik ben net begonnen. wat is de focus voor 2018?").

    >>> asking_sentence("hoi, ik ben nieuw bij het office. waar kan ik het best beginnen, wat is de focus?")
    'waar kan ik het best beginnen, wat is de focus?'
    """
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if len(s.split()) >= 3 and not phrasing.is_closing(s)]
    return sentences[-1] if sentences else text


_WHAT_ABOUT = re.compile(r"^\s*(?:(?:and|en|but|maar|ok|so|graag|please)\s+)?(?:what about|how about|and for|what of|hoe zit het met|hoe zit het"
                         r" dan met|wat dacht je van|en voor|en wat met|en met|(?:ook )?hetzelfde voor|idem voor"
                         r"|(?:also )?the same for|same for)\s+")
# What else a turn that only names another year says: "en (voor) het jaar daarvoor?", "and what about 2018?"
_YEAR_ONLY_WORDS = frozenset(["en", "and", "ook", "also", "dan", "then", "nu", "now", "in", "voor", "for", "over", "van", "of", "het", "de", "the", "jaar", "year", "wat", "what", "about", "hoe", "zit", "met", "how", "zat", "was", "is"])
# Who the asker is, said before a comma: "hi im new at the office, …", "als raadslid, …" (not "I'd like to know: …")
_SELF_INTRODUCTION = re.compile(r"^\s*(?:(?:hoi|hallo|hi|hello|hey)[,!]?\s+)?(?:i'm|im|i am|i work|i just|i start|i've just"
                                r"|ik ben|ik werk|ik begin|ik start|ik zit|we are|wij zijn|as an?|als"
                                # "my wife is a programmer too, …": someone of the asker's
                                r"|my|mijn)\b", flags=re.I)
_AFTER_COMMA = re.compile(r"^(?P<intro>[^,.!?]+),\s+(?P<rest>(?:wat|wie|welke|welk|hoeveel|wanneer|waar|waarom|hoe|what|who"
                          r"|which|how|when|where|why|whats|what's"
                          # a yes or no after it: "my wife is a programmer too, is there anything for women in IT"
                          r"|is there|are there|is er|zijn er|bestaat er|do you|does|do|did|can|kan|kun|heeft|hebben)\b.*)$",
                          flags=re.I)


def after_introduction(text: str) -> str:
    """The text after the sentences at its start that introduce the asker (all of it when none does).

    >>> after_introduction("hi, just moved here from bangalore. is there a python conference? when is it usually")
    'is there a python conference? when is it usually'
    >>> after_introduction("Hoeveel kreeg PyGrunn? En Web 11?")
    'Hoeveel kreeg PyGrunn? En Web 11?'
    """
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    lead = 0
    while lead < len(sentences) - 1 and not sentences[lead].endswith("?") and (
            _GREETING.fullmatch(sentences[lead]) or introduces_asker(sentences[lead] + " ")):
        lead += 1
    return " ".join(sentences[lead:])


def asked_after_introduction(text: str) -> str:
    """The question after an introduction of the asker set off by a comma ("hi im new at the digital office, what
    is gdc?"), else the asking sentence.

    >>> asked_after_introduction("hi im new at the digital office, what is gdc in a nutshell")
    'what is gdc in a nutshell'
    >>> asked_after_introduction("hoeveel kreeg PyGrunn, wat is de omvang?")
    'hoeveel kreeg PyGrunn, wat is de omvang?'
    >>> asked_after_introduction("I'd like to know: within Kennis & Innovatie, which project got most?")
    "I'd like to know: within Kennis & Innovatie, which project got most?"
    """
    asked = asking_sentence(text)
    found = _AFTER_COMMA.match(text.strip()) if asked == text.strip() else None
    return found.group("rest") if found and _SELF_INTRODUCTION.match(found.group("intro")) else asked


def role_by_which(text: str) -> str | None:
    """The role a "which + role" question asks the holder of ("which alderman holds the portfolio?" → alderman);
    only a known role: "which project" asks no person.

    >>> role_by_which("which alderman holds the digital economy portfolio?"), role_by_which("welke projecten?")
    ('alderman', None)
    """
    found = re.search(rf"\b(?:which|welke|welk)\s+({ROLES})\b", text)
    return found.group(1) if found else None


# a name asked of "him" or "her" ("… weet u hoe hij heet", "what's her name"): the person a clause before names
_NAME_OF_A_PRONOUN = re.compile(r"\bhoe\s+(?:heet|heette)\s+(?:hij|zij|ze)\b|\bhoe\s+(?:hij|zij|ze)\s+(?:heet|heette)\b|\b(?:zijn|haar|his|her)\s+(?:naam|name)\b"
                                r"|\b(?:wie|who)\s+(?:is|was)\s+(?:hij|zij|ze|he|she)\b")


def asks_its_own_thing(intent: Intent, lexicon: Lexicon) -> bool:
    """A follow-up that names two or more things of its own to ask ("wie leverden capaciteit of financiering?"),
    not only a question word and a pointer ("en wanneer?", "who runs it?")."""
    own = [t for t in intent.subject_terms if t not in lexicon.generic_question_words and not t.isdigit()]
    return len(own) >= 2


def role_by_pronoun(text: str) -> str | None:
    """The role whose holder's name a question asks by a pronoun, named in a clause before ("ik wil de burgemeester
    uitnodigen, weet u hoe hij heet" → burgemeester); only one role named, else None.

    >>> role_by_pronoun("ik wil de burgemeester uitnodigen, weet u hoe hij heet"), role_by_pronoun("hoe heet hij?")
    ('burgemeester', None)
    >>> role_by_pronoun("the mayor and the alderman, what's his name")
    """
    asked = _NAME_OF_A_PRONOUN.search(text)
    roles = set(re.findall(rf"\b{ROLES}\b", text[:asked.start()])) if asked else set()
    return roles.pop() if len(roles) == 1 else None


def role_by_verb(text: str, lexicon: Lexicon) -> str | None:
    """The role a "who + verb" question asks about ("who chairs the board?" → voorzitter), from the lexicon's role
    verbs; the words of a Dutch separable verb may stand apart ("wie zit het DOG voor").

    >>> from assistant.lexicon import load_lexicon
    >>> role_by_verb("who chairs the board of the digital office?", load_lexicon())
    'voorzitter'
    >>> role_by_verb("wie zit het dog voor?", load_lexicon()), role_by_verb("who leads the dog?", load_lexicon())
    ('voorzitter', None)
    >>> role_by_verb("who won the hackathon", load_lexicon()), role_by_verb("wie heeft de prijs gewonnen", load_lexicon())
    ('winnaar', 'winnaar')
    """
    if not re.match(r"\s*(?:who|wie)\b", text):
        return None
    for phrase, role in lexicon.role_verbs.items():
        pattern = r"\s+(?:[\w'-]+\s+){0,5}?".join(re.escape(w) for w in phrase.split())
        if re.search(rf"\b{pattern}\b", text):
            return role
    return None


def proper_names(question: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Capitalised words inside the question (not its first word): names the evidence must mention.

    >>> from assistant.lexicon import load_lexicon
    >>> proper_names("Hoeveel subsidie kreeg Philips?", load_lexicon())
    ('philips',)
    >>> proper_names("In de bijlage staat € 469.427. Klopt dat met de rijen van Philips?", load_lexicon())
    ('philips',)
    >>> proper_names("How many projects are in Annex 1?", load_lexicon())
    ()
    >>> proper_names("how does groningen compare to eindhoven", load_lexicon())
    ('eindhoven',)
    >>> proper_names("is groningens tech scene better than amsterdams or nah", load_lexicon())
    ('amsterdam',)
    >>> proper_names("hoeveel ging er naar GDC-projecten van anderen?", load_lexicon())
    ()
    >>> proper_names("ze zei dat 'Noorderzon Digital Stage' geld kreeg", load_lexicon())
    ('noorderzon', 'stage')
    """
    # (a quote opening before a name is no apostrophe inside a word: "dat 'Noorderzon Digital Stage' geld kreeg")
    tokens = re.findall(r"(?<!\w)(?<!\w['’])[A-Z][\w&'-]*[a-zA-Z0-9]|\b[A-Z]{2,}\b", question)
    # every sentence's first word is capitalised by grammar ("… € 469.427. Klopt dat wel …?"), not as a name
    firsts = set(re.findall(r"(?:^|[.?!:]\s+)\s*([\w'-]+)", question))
    # a word naming a source ("Annex 1", "the Letter") points at a document, it names nothing a passage must say
    # ("GDC-projecten": a compound of the subject's name and a table noun names nothing either)
    generic = lexicon.generic_names | lexicon.table_nouns | lexicon.generic_question_words
    out = [t for t in tokens if t not in firsts and normalise(t) not in lexicon.generic_names
           and normalise(t) not in lexicon.document_words
           and not ("-" in t and all(p in generic for p in normalise(t).split("-")))]
    # a place is a name however it is typed ("compare to eindhoven"); "groningen" is everywhere, no name to check
    folded = f" {' '.join(re.findall(r'[a-z0-9-]+', normalise(question)))} "
    # (also in the genitive, typed without its apostrophe: "better than amsterdams")
    places = [p for p in sorted(lexicon.places) if (f" {p} " in folded or f" {p}s " in folded)
              and p not in lexicon.generic_names]
    return tuple(dict.fromkeys([*(normalise(t) for t in out), *places]))


_RECEIVER = re.compile(
    r"how much (?:money |funding |subsidy |support )?(?:did|does|has|have|will|would) (?P<en>.+?) "
    r"(?:receive|get|obtain|contribute|give|pay|invest|spend)\b"
    r"|hoeveel (?:subsidie |geld |steun )?(?:kreeg|kregen|ontving|ontvingen|krijgt|heeft|hebben|droeg|droegen|gaf|gaven) "
    r"(?P<nl>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,3}?)(?= (?:in|van|voor|bij|aan|uit|op|tijdens|ooit|samen|totaal|"
    r"bijgedragen|gekregen|ontvangen|gegeven|betaald|geinvesteerd)\b| ?\??$)")
# who is behind a project, runs or organises it: its applicant
_BEHIND = re.compile(r"\b(?:who(?:'s| is| are| was| were)? (?:behind|running|organi[sz]ing)|who (?:runs|organi[sz]es"
                     r"|organi[sz]ed)|wie (?:zit|zitten|zat|zaten) (?:er )?achter|wie zit erachter|wie organiseert"
                     r"|wie organiseerde"
                     # "which institution organised it", "welke organisatie organiseerde trendship"
                     r"|(?:which|what|welke|welk) (?:organi[sz]ations?|institutions?|compan(?:y|ies)|part(?:y|ies)|body"
                     r"|organisaties?|instelling(?:en)?|bedrijf|bedrijven|partij(?:en)?|stichting) (?:organi[sz]ed|organi[sz]es"
                     r"|runs|ran|is behind|was behind|organiseert|organiseerde|zit achter|zat achter))\b")
# "heeft hackerspace groningen ook subsidie gekregen", "did hackerspace get money": who a yes/no asks got money
_GOT_MONEY = re.compile(
    r"^(?:did|has|have|does|do) (?:the )?(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,4}?) (?:also |ever |really )?"
    r"(?:get|got|receive|received|been given|offer|offers|provide|provides|give|gives)"
    r" (?:any )?(?:money|funding|funds|a grant|grants|subsidy|subsidies|support)\b"
    r"|^(?:heeft|hebben|kreeg|kregen|krijgt|ontving) (?:de |het )?(?P<nl>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,3}?) "
    r"(?:ook |ooit |nou |wel |echt )*(?:subsidie|geld|steun|een bijdrage|financiering)\b")
# "what has the groningen tech fund contributed to the projects": who gave, a name the sources must mention
_WHAT_GIVEN = re.compile(r"^(?:what|wat) (?:has|have|did|does|do|heeft|hebben|gaf|droeg) (?:the |de |het )?"
                         r"(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,4}?) (?:contributed|contribute|given|give|paid|pay"
                         r"|invested|invest|spent|spend|bijgedragen|gegeven|betaald|geinvesteerd|bij)\b")
# "hoeveel subsidie ging er naar het groningen ai lab", "how much money went to X": where money went, a name
_WENT_TO = re.compile(r"^(?:hoeveel|how much) (?:subsidie |geld |money |funding )?(?:ging|gingen|gaat|went|goes|is gegaan"
                      # (a year or "er" said before where it went: "hoeveel geld is er in 2017 gegaan naar …")
                      r"|is (?:er )?(?:in \d{4} )?gegaan)(?: er)?(?: in \d{4})? (?:er )?(?:naar|to) (?P<article>(?:de|het|the) )?(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,4}?)"
                      r"(?: (?:in|voor|for) \d{4})?\s*\??$")
# "how much did the municipality give to startup bootcamp groningen", "hoeveel heeft de gemeente aan X bijgedragen":
# whom money went to, named after "to" / "aan"
_GIVEN_TO = re.compile(r"^(?:how much|hoeveel)\b(?P<giver>.*?)\b(?:give|gave|given|contribute|contributed|pay|paid|spend"
                       r"|spent|invest|invested|put)(?: in)? (?:to|into|towards|on|in|for) (?P<article>(?:the|a|an) )?"
                       r"(?!(?:in|for|to|on)\b)(?P<en>[a-z][a-z0-9'&.-]*(?: [a-z0-9'&.-]+){0,4}?)(?: (?:in|for) \d{4})?\s*\??$"
                       r"|^hoeveel\b(?P<giver_nl>.*?)\baan (?P<article_nl>(?:de|het|een) )?"
                       r"(?P<nl>[a-z][a-z0-9'&.-]*(?: [a-z0-9'&.-]+){0,4}?)"
                       r" (?:gegeven|bijgedragen|betaald|uitgegeven|besteed|geinvesteerd)(?: in \d{4})?\s*\??$")
# the words between "how much" and the verb that name the municipality as the giver, or no one
_CITY_GIVES = re.compile(r"^\s*(?:money |geld )?(?:(?:did|does|has|have|will|heeft|hebben|zal|gaat) )?(?:the |de )?"
                         r"(?:city|municipality|council|gemeente|stad|groningen|they|we|ze|zij|wij)?\s*(?:zelf |itself )?$")
# "what is the total size of digideal", "wat is de bijdrage van codeklas": a figure of a thing named last
_FIGURE_OF = re.compile(r"^(?:what|wat|how much|hoeveel|hoe groot)\b.*\b(?:size|omvang|contribution|bijdrage|subsidy|subsidie"
                        r"|amount|bedrag|budget|funding|financiering|cost|kosten) (?:of|van|for|voor) (?P<article>(?:de|het|the) )?"
                        r"(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,3}?)(?: (?:in|voor|for) \d{4})?\s*\??$")
# "hoe groot is digideal", "how big was trendship": the size of a thing named after the verb
_SIZED = re.compile(r"^(?:hoe groot|how big|how large) (?:is|was|zijn|waren|are|were) (?P<article>(?:de|het|the) )?"
                    r"(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){0,3}?)(?: (?:in|voor|for) \d{4})?\s*\??$")
# "what is the groningen talent fund", "wat doet het smart city lab": the thing a question asks to be told about
_DEFINED = re.compile(r"^(?:(?:wat|wie) (?:is|was|zijn|waren|doet|deed)|(?:what|who) (?:is|was|are|were|does|did)|what's|whats"
                      r"|tell me (?:more )?about|vertel (?:me )?(?:iets )?(?:meer )?over) (?P<article>(?:de|het|een|the|a|an"
                      # "what is this digideal thing": the determiner and the word for a thing name nothing
                      r"|this|that|these|those|deze|dit|die|dat) )?"
                      rf"(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){{0,4}}?)(?: (?:thing|things|stuff|ding|dingen|gedoe))?"
                      rf"(?: (?:do|doen|{phrasing.FILLERS}))* ?\??$")
# "groningen talent fund": keywords alone, no question word, are the thing asked about
_KEYWORDS = re.compile(r"^(?P<article>)(?P<en>[a-z0-9'&.-]+(?: [a-z0-9'&.-]+){1,4}?)\s*\??$")
_LINKING_WORDS = frozenset(["of", "van", "in", "for", "voor", "on", "op", "to", "naar", "with", "met", "and", "en", "by",
                            "door", "from", "uit", "about", "over", "as", "als"])
# a pointer and what it says of when or how ("krijgt die elk jaar geld", "did it also get money"): no name
_POINTER_THEN = re.compile(r"^(?:it|they|ze|zij|hij|die|dat|dit|deze|this|that|these|those)\s+(?:elk|elke|ieder|iedere"
                           r"|every|each|ook|also|nog|still|al|already|wel|toen|then|dan|nu|now|jaarlijks|yearly"
                           r"|annually|ever|ooit)\b")
_NOT_A_NAME = re.compile(r"^(?:the |de |het |een |a |an |this |that |dit |dat |die |deze |each |every |elk |ieder |all |alle )?"
                         r"(?:it|they|we|you|ze|zij|wij|je|jij|u|hij|er|het|dat|dit|die|deze|this|that|these|those|each|every|elk|elke|ieder|iedere|allemaal|all|alle|gemeente|municipality|city|council|college|"
                         r"groningen|project|projecten|projects|programme|program|programma|initiative|initiatief|"
                         r"theme|thema|applicant|aanvrager|[a-z]+ projects?|[a-z]+projecten)$")


_DETERMINERS = frozenset(["some", "any", "enkele", "enige", "sommige", "another", "other", "andere", "ander"])


def unknown_bodies(text: str, lexicon: Lexicon, known: frozenset[str]) -> tuple[str, ...]:
    """A place or a body named with a word no source uses, beside a noun names are made with ("any meetups at the
    zernike tech hub", "did stichting kinderkoding get a subsidy"): the words from the unknown one to the head, which
    the evidence must mention.

    >>> from assistant.lexicon import load_lexicon
    >>> lex, known = load_lexicon(), frozenset({"social", "media", "club", "tech"})
    >>> unknown_bodies("any meetups at the zernike tech hub", lex, known)
    ('zernike tech hub',)
    >>> unknown_bodies("did stichting kinderkoding groningen get a subsidy", lex, known)
    ('stichting kinderkoding',)
    >>> unknown_bodies("when does the social media club meet", lex, known)
    ()
    >>> unknown_bodies("heeft de gemeente geld gegeven aan de groningen ai coalitie", lex, known)
    ('groningen ai coalitie',)
    >>> unknown_bodies("welke multiplier claimt het college", lex, known)
    ()
    """
    tokens = re.findall(r"[a-z0-9][\w-]*", text)
    found = []
    for i, token in enumerate(tokens):
        # a head's name before it ("zernike tech hub"), a lead's after it ("stichting kinderkoding")
        near = tokens[max(i - 2, 0):i] if token in lexicon.name_heads else tokens[i + 1:i + 2] if (
            token in lexicon.name_leads) else []
        if token in lexicon.name_heads:  # a name's words follow its article: "claimt het college" names no body
            near = near[max((j + 1 for j, w in enumerate(near) if not words(w)), default=0):]
        unknown = [w for w in near if len(w) >= 4 and not lexicon.said_in(w, known)
                   and w not in lexicon.common_words and w not in lexicon.name_heads]
        if not unknown and token in lexicon.name_heads and near and not lexicon.said_in(token, known):
            # "de groningen ai coalitie": a head no source uses names a body with the words before it
            # (not an article or a preposition, nor "some" in "some python conference")
            unknown = [w for w in near if w in words(" ".join(near)) and w not in _DETERMINERS]
        if not unknown:
            continue
        first = min(j for j, w in enumerate(tokens) if w in unknown and abs(j - i) <= 2)
        found.append(" ".join(tokens[min(first, i):max(first, i) + 1]))
    return tuple(found)


def receiver_names(text: str, entities: Sequence[Match], lexicon: Lexicon, known: frozenset[str] = frozenset(),
                   keywords: bool = True) -> tuple[str, ...]:
    """Who a "how much did X receive / contribute" question is about, as typed (lowercase too): a name the sources
    must mention. Not a table value already matched, not the municipality or a project, and not a description
    ("the projects about children": a name has no function words or table nouns in it), unless a word of it is
    none of `known` (the sources' words), as typed or in Dutch.

    >>> from assistant.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> receiver_names("how much subsidy did philips receive", (), lex), receiver_names("hoeveel kreeg ing in 2017", (), lex)
    (('philips',), ('ing',))
    >>> receiver_names("how much did the municipality contribute", (), lex)
    ()
    >>> receiver_names("how much did the projects about children receive", (), lex)
    ()
    """
    # keywords alone name a thing unless they ask the tables something ("totale bijdrage per jaar")
    # "how much did the city give to X": X, named after "to", when that is a name (not "… ing contribute to trendship")
    given_to = _GIVEN_TO.search(text)
    by_the_city = given_to is not None and bool(_CITY_GIVES.match(given_to.group("giver") or given_to.group("giver_nl") or ""))
    named = _name_in_slot(given_to, text, entities, lexicon, known) if given_to and by_the_city else ()
    if named:
        return named
    found = _RECEIVER.search(text) or _GOT_MONEY.search(text) or _WHAT_GIVEN.search(text) or _WENT_TO.search(text) or (
        _FIGURE_OF.search(text)) or _SIZED.search(text) or _DEFINED.search(text) or (
        _KEYWORDS.search(text) if keywords and not phrasing.asks_a_question_word(text) else None)
    return _name_in_slot(found, text, entities, lexicon, known) if found else ()


def _name_in_slot(found: re.Match[str], text: str, entities: Sequence[Match], lexicon: Lexicon,
                  known: frozenset[str]) -> tuple[str, ...]:
    """The name in a pattern's slot ("en"/"nl" group), unless the slot is matched already, describes, or is no name."""
    slot = (found.group("en") or found.group("nl") or "").strip()
    start = found.start("en") if found.group("en") else found.start("nl")
    # ("de bijdrage van de gemeente per project": a rate after the slot's name is no part of it)
    slot = re.sub(r"\s+(?:per|each|elk|elke|ieder|iedere)\s+\w+$", "", slot)
    # "the bibliotheek digitaal spreekuur project": the name before the table noun that says what it is, when it has a
    # word no source or lexicon knows ("the letter says 27 projects" describes)
    named_kind = re.search(r"(?<=\w)\s+(?:project|projects|programme|program|initiative|event|projecten|programma"
                           r"|initiatief|evenement)$", slot)
    receives = found.re in (_RECEIVER, _GOT_MONEY, _GIVEN_TO, _WENT_TO, _FIGURE_OF, _SIZED)  # a slot a name stands in
    unknown_word = receives and named_kind is not None and any(
        w.isalpha() and w not in lexicon.common_words and not lexicon.said_in(w, known)
        for w in words(slot[: named_kind.start()]))
    slot = slot[: named_kind.start()] if named_kind is not None and unknown_word else slot
    bare = re.sub(r"^(?:the|de|het|een|a|an|some|any|enkele|enige)\s+", "", slot)  # ("is there some python conference")
    # function words, table nouns and the words of the bilingual lexicons ("province", "gemeente") are no names
    common = lexicon.common_words
    # ... unless it mixes a word the sources say with one neither they nor the lexicon know in any language: "smart
    # city hub eemshaven" is a name, and so is "groningen data hub eemshaven" though "data" is a keyword in it
    said = set(words(bare))
    foreign = bool(said & known) and not said & lexicon.table_nouns and any(
        w not in common and not lexicon.said_in(w, known) for w in said)
    covered = any(m.start < start + len(slot) and m.end > start and not (foreign and m.kind == "keyword")
                  for m in entities)
    # "kreeg founded in groningen ook een bijdrage": a word of the other language in the slot is a name's, typed as is
    described = bool(said & common) and not foreign and not (found.re is _GOT_MONEY and bool(
        said & _other_language_words(lexicon, "en" if found.group("nl") else "nl")))
    if found.re in (_DEFINED, _KEYWORDS):
        return (bare,) if not covered and defines_a_name(text, slot, bool(found.group("article")), foreign,
                                                                  lexicon, known) else ()
    return () if not slot or covered or described or _NOT_A_NAME.match(slot) or _POINTER_THEN.match(slot) else (bare,)


# "doen er aan mee", "wat staat daarin", "who takes part in it": a word pointing at the thing the turn before asked
_POINTS_AT_A_THING = re.compile(r"\b(?:er|daar)(?: (?:dan|nu|nog|ook|eigenlijk|precies|wel|allemaal))* ?"
                                r"(?:aan|in|bij|van|voor|over|mee|op|achter)\b"
                                r"|\b(?:in|to|of|for|about|with|behind|at) it\b")


def _other_language_words(lexicon: Lexicon, language: str) -> frozenset[str]:
    """Words only `language` has among the lexicon's words (not a loanword both write alike)."""
    other = "nl" if language == "en" else "en"
    mine = lexicon.language_votes.get(language, frozenset()) | lexicon.language_votes.get(f"{language}_content", frozenset())
    theirs = lexicon.language_votes.get(other, frozenset()) | lexicon.language_votes.get(f"{other}_content", frozenset())
    return mine - theirs - lexicon.language_votes.get("neutral", frozenset())


def thing_asked(text: str, known: frozenset[str]) -> str | None:
    """What a "what is / tell me about X" question asked about, when the sources use every word of it ("digideal",
    "urban data center"): what "it" in the next turn stands for.

    >>> thing_asked("what is digideal", frozenset({"digideal"})), thing_asked("what is the goal", frozenset())
    ('digideal', None)
    """
    found = _DEFINED.search(text)
    slot = found.group("en") if found else ""
    said = words(slot)
    return slot if said and all(w in known for w in said) and not set(slot.split()) & _LINKING_WORDS else None


def defines_a_name(text: str, slot: str, article: bool, foreign: bool, lexicon: Lexicon, known: frozenset[str]
                   ) -> bool:
    """Whether "what is / who is X" asks about a name, not a term: "what is digitale geletterdheid" asks a term the
    sources use, "what is the groningen talent fund" a name (an unknown word beside one of the sources' own, not just
    beside "city"), "who is koen schuiling" or "wie is peter den oudsten" a person (two words or more, no article, no
    word of the lexicons: "who is the director" asks a role), and "what is the population of groningen" a property
    of a name."""
    said = set(words(slot))
    person = text.startswith(("who ", "wie ")) and len(said) >= 2 and not article and not said & lexicon.common_words
    thing = foreign and bool((said & known) - lexicon.function_words)
    # "tevredenheid stakeholders score": a word the lexicon reads as a property asked ("score", "rating") is no name
    return (person or thing) and not set(slot.split()) & _LINKING_WORDS and not said & lexicon.property_words


_FILTER_KINDS: tuple[MatchKind, ...] = ("project", "applicant", "section", "theme", "keyword")
_OR = re.compile(r"\s*(?:of|or|en/of|and/or)\s*", flags=re.I)
_AND = re.compile(r"\s*(?:en|and|&|vs\.?|versus|tegenover|with|met|,)\s*", flags=re.I)


def alternatives_across(filters: tuple[Filter, ...], entities: Sequence[Match], question: str) -> tuple[Filter, ...]:
    """Two mentions of different kinds joined by "of"/"or" ("over onderwijs of kinderen": a theme or a keyword) are
    alternatives, one "either" filter, not two filters that must both hold; `question` is the text the mentions'
    offsets are in.

    >>> from assistant.records import Match
    >>> q = "projecten over onderwijs of kinderen"
    >>> found = (Match(kind="theme", value="Onderwijs & Arbeidsmarkt", start=15, end=24),
    ...          Match(kind="keyword", value="kinderen", start=28, end=36))
    >>> alternatives_across(filters_for(found), found, q)[0].values
    ('theme=Onderwijs & Arbeidsmarkt', 'keyword=kinderen')
    """
    mentions = sorted((m for m in entities if m.kind in _FILTER_KINDS), key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:], strict=False):
        # "GDBC en Coders Academy": a project and an applicant named side by side are two rows, not one of both
        side_by_side = {a.kind, b.kind} == {"project", "applicant"} and _AND.fullmatch(question[a.end:b.start])
        if a.kind != b.kind and (_OR.fullmatch(question[a.end:b.start]) or side_by_side):
            joined = ((a.kind, a.value), (b.kind, b.value))
            kept = [replace(f, values=tuple(v for v in f.values if (f.column, v) not in joined)) for f in filters]
            either = Filter(column="either", values=(f"{a.kind}={a.value}", f"{b.kind}={b.value}"))
            if any(f.column == "either" and set(either.values) <= set(f.values) for f in filters):
                return filters  # already alternatives (a comparison across columns names each one)
            return (*(f for f in kept if f.values), either)
    return filters


def left_out(text: str, entities: Sequence[Match], lexicon: Lexicon) -> tuple[Match, ...]:
    """The mentions a question leaves out of the rows ("alle projecten behalve onderwijs", "other than the RuG", "op
    de RuG na"); `text` is the normalised text the mentions' offsets are in.

    >>> from assistant.lexicon import load_lexicon
    >>> from assistant.records import Match
    >>> q = "hoeveel ging er naar projecten behalve onderwijs"
    >>> [m.value for m in left_out(q, (Match(kind="theme", value="O", start=39, end=48),), load_lexicon())]
    ['O']
    >>> left_out("hoeveel ging er naar onderwijs", (Match(kind="theme", value="O", start=21, end=30),), load_lexicon())
    ()
    """
    pattern = lexicon.excluding
    if pattern is None:
        return ()
    out = []
    for m in entities:
        cue = pattern.search(text[: m.start])
        if cue is not None and (cue.group("op") is None or re.match(r"\s+na\b", text[m.end:])):
            out.append(m)
    return tuple(out)


def without_mentions(query: TableQuery, mentions: Sequence[Match]) -> TableQuery:
    """The query without the filter values the mentions gave it."""
    given = {(m.kind, m.value) for m in mentions}
    kept = (replace(f, values=tuple(v for v in f.values if (f.column, v) not in given)) for f in query.filters)
    return replace(query, filters=tuple(f for f in kept if f.values))


def same_values(a: Sequence[Filter], b: Sequence[Filter]) -> bool:
    """Two selections naming the same values of the same columns, however they group them into filters (a keyword's
    alternatives counted one by one: 'basisschol' is among 'kinderen|basisschol')."""
    def named(filters: Sequence[Filter]) -> set[tuple[str, str]]:
        return {(f.column, w) for f in filters for v in f.values for w in v.split("|")}

    return named(a) == named(b)


def filters_for(entities: Sequence[Match]) -> tuple[Filter, ...]:
    """One filter per kind of mention; several mentions of a kind are alternatives."""
    out = []
    for kind in _FILTER_KINDS:
        values = tuple(dict.fromkeys(m.value for m in entities if m.kind == kind))
        if values:
            out.append(Filter(column=kind, values=values))
    return tuple(out)


# what joins two keywords into one thing: nothing ("python evenementen"), or "for / voor / about / over …"
_ONE_THING = re.compile(r"\s*(?:(?:(?:zijn er|are there|is er|is there|waren er|were there)\s+)?"
                        r"(?:for|voor|about|over|on|op|met|with|rond|around|aimed at|gericht op|in)\s+"
                        r"(?:the\s+|de\s+|het\s+)?"
                        # "kids who learn to code", "meiden die leren programmeren": a relative clause narrows the noun
                        r"|(?:who|that|which|die|dat)\s+(?:[a-z]+\s+){0,2}"
                        # "python developer conference": a word between two keywords in one noun phrase
                        r"|(?:(?!(?:and|or|en|of|but|maar|plus)\b)[a-z]+\s+){1,2})?", flags=re.I)


def compound_keywords(filters: tuple[Filter, ...], entities: Sequence[Match], question: str) -> tuple[Filter, ...]:
    """Keywords that name one thing ("python evenementen", "events for children") must all hold, each a filter of
    its own; keywords joined otherwise ("onderwijs of kinderen") stay alternatives. `question` is the text the
    mentions' offsets are in.

    >>> from assistant.records import Match
    >>> q = "zijn er python evenementen"
    >>> found = (Match(kind="keyword", value="python", start=8, end=14), Match(kind="keyword", value="event", start=15, end=26))
    >>> [f.values for f in compound_keywords(filters_for(found), found, q)]
    [('python',), ('event',)]
    """
    everything = sorted((m for m in entities if m.kind == "keyword"), key=lambda m: m.start)
    # (a word another mention's alternatives hold already is the same thing said twice: "basisschool" beside
    # "kinderen", whose keyword is 'kinderen|basisschol')
    mentions = [m for m in everything if not any(
        n.value != m.value and set(m.value.split("|")) < set(n.value.split("|")) for n in everything)]
    if len(mentions) < 2 or not all(_ONE_THING.fullmatch(question[a.end:b.start])
                                    for a, b in zip(mentions, mentions[1:], strict=False)):
        return filters
    joined = set(m.value for m in everything)
    kept = tuple(dict.fromkeys(m.value for m in mentions))
    return tuple(g for f in filters for g in ([Filter(column="keyword", values=(v,)) for v in kept]
                                              if f.column == "keyword" and set(f.values) == joined else [f]))


# --- the rules that decide whether a question is about the table, and which query answers it

def _kinds(entities: Sequence[Match]) -> set[str]:
    return {m.kind for m in entities}


def ranks_rows(intent: Intent) -> bool:
    """A ranking of rows ("welk project kreeg de hoogste bijdrage"), whose answer may name one row."""
    return intent.table_query is not None and intent.table_query.operation in _ONE_ROW_RANKED


def names_a_row(entities: Sequence[Match]) -> bool:
    """A project or applicant is named: the table has its row(s)."""
    return bool({"project", "applicant"} & _kinds(entities))


def names_a_strong_subject(entities: Sequence[Match]) -> bool:
    """An annex section, or a theme in its full multi-word name, is named (not a word that also means other things)."""
    return any(m.kind == "section" or (m.kind == "theme" and " " in m.surface) for m in entities)


def selects_rows(s: Signals, entities: Sequence[Match]) -> bool:
    """A theme, keyword or section with something to do to its rows."""
    return bool({"theme", "keyword", "section"} & _kinds(entities)) and bool(
        s.operation or s.strong_amount or s.domain or (s.listing and names_a_strong_subject(entities)))


def counts_something_else(s: Signals, lexicon: Lexicon) -> bool:
    """'How many employees / visitors': not something the table counts."""
    return s.counted is not None and s.counted not in lexicon.table_nouns


def defers_to_documents(s: Signals, entities: Sequence[Match]) -> bool:
    """'Volgens de brief …': the question asks what a document says, unless it asks a row's figure or the annex."""
    return s.document and not (names_a_row(entities) and s.asks_table_field) and not s.annex


_RECOMPUTED = ("ratio", "sum", "count", "avg")


def rechecks_a_statement(s: Signals, text: str, lexicon: Lexicon) -> bool:
    """"Klopt die multiplier van bijna 14?", "waar komt die multiplier vandaan?": a figure a document states, asked to
    be checked or derived, which a table operation computes; the rows answer it, beside the statement."""
    asks_check = (bool(set(words(text)) & (lexicon.agreement_words | lexicon.derivation_words))
                  or phrasing.tag_question(text) or claims_a_value(text))
    return s.operation in _RECOMPUTED and asks_check


def claims_a_value(text: str) -> bool:
    """"isn't it true the multiplier was only about 5?", "is de multiplier 20?": a yes/no question that names a value,
    which only the computed figure confirms or refutes.

    >>> claims_a_value("isnt it true the multiplier was only about 5?"), claims_a_value("what is the multiplier?")
    (True, False)
    """
    return phrasing.read(text).yes_no and bool(re.search(r"\d", text))


def lists_projects(text: str, s: Signals, lexicon: Lexicon) -> bool:
    """'Welke projecten zijn gesubsidieerd?': the rows themselves, by a table noun after which/welke."""
    listed = _LISTED.search(text) or _LIST_ALL.search(text)
    return s.listing and s.domain and bool(listed and listed.group(1) in lexicon.table_nouns)


def lists_funded_things(text: str, entities: Sequence[Match], lexicon: Lexicon) -> bool:
    """"Which python events got money", "welke hackathons kregen subsidie", "what events are there for developers":
    rows selected by what they are about, asked with which/welke and a word of funding, or of a noun the rows are
    about asked to exist, though the noun is no table noun."""
    # (the giver alone, "which other municipality …", asks nothing of money)
    money = lexicon.funding_words - lexicon.giver_words
    listed = _LISTED.search(text)
    if not listed or not any(m.kind in ("keyword", "theme") for m in entities):
        return False
    # the noun listed is one the rows are about ("what events", "what tech events": a word before it at most)
    rows_noun = any(m.kind == "keyword" and listed.start(1) <= m.start <= listed.end(1) + 1 for m in entities)
    return bool(set(words(text)) & money) or (rows_noun and bool(_THERE_ARE.search(text)))


_THERE_ARE = re.compile(r"\b(?:are there|were there|is there|there are|zijn er|waren er|is er|er zijn|exist|exists|bestaan"
                        r"|bestaat|heb je|do you have|can i (?:go|join|attend))\b")


def lists_rows(text: str, s: Signals, entities: Sequence[Match], lexicon: Lexicon) -> bool:
    """Rows asked for by a listing the rules read with certainty: projects, receivers, or things the rows are about."""
    return lists_projects(text, s, lexicon) or lists_receivers(text, lexicon) or lists_funded_things(text, entities, lexicon)


def lists_receivers(text: str, lexicon: Lexicon) -> bool:
    """"Which companies got money", "welke organisaties kregen subsidie", "wie hebben er geld gekregen": who received,
    the rows' applicants."""
    listed = _LISTED.search(text)
    money = lexicon.funding_words - lexicon.giver_words
    return bool(listed and listed.group(1) in lexicon.receiver_nouns and set(words(text)) & money) or bool(
        _WHO_GOT.search(text))


_WHO_GOT = re.compile(r"^(?:(?:en|and|dan|so)\s+)?(?:wie|who)\s+(?:hebben|heeft|kregen|kreeg|krijgen|krijgt|got|get|gets"
                      r"|received|receive|receives|have|has)\s+(?:er\s+)?(?:(?:dan|nou|eigenlijk|allemaal|then)\s+)*"
                      r"(?:geld|subsidie|subsidies|money|funding|grants?|een bijdrage"
                      # an amount's bound: "wie kreeg minder dan 2000 euro", "who got more than 10k"
                      r"|(?:meer|minder|less|more|over|under|boven|onder|at least|minstens|ten minste)\b(?: dan| than)?"
                      r"\s*(?:€\s*)?\d)")


def asks_another_amount(text: str, entities: Sequence[Match], lexicon: Lexicon) -> bool:
    """'Wat kost het Digital Office per jaar?': a budget or a cost of something that is no project in the tables;
    not what the whole programme costs the city ("wat kost dat hele digital city gedoe ons"), which is its
    contributions."""
    programme_to_us = costs_the_city(text) and bool(_THE_PROGRAMME.search(text))
    other = any(compound_of(w, lexicon.other_amounts) for w in words(text))  # "exploitatiebudget", "ticketprijs"
    return other and not names_a_row(entities) and not programme_to_us


_COSTS_US = re.compile(r"\b(?:kost(?:te|en)?|costs?)\b.*\b(?:ons|us|de gemeente|the city|the municipality|de stad"
                       r"|de belastingbetaler|taxpayers?)\b|\b(?:ons|us|de gemeente|the city)\b.*\bkost(?:en|te)?\b")


# what a thing costs, asked of itself: "wat kost het", "what does X cost", "hoeveel kostte X"
# what a project costs, or its budget ("what's the budget of the blockchain programme"): its size and the city's part
_WHAT_IT_COSTS = re.compile(r"\b(?:kost|kostte|kosten|costs?|costed|budget|budgets|begroting)\b")


_CITY = r"(?:de gemeente|gemeente|the city|city|the municipality|municipality|de stad)"
_GIVES = (r"(?:legt|legde|leggen|inleggen|ingelegd|betaalt|betaalde|betalen|betaald|draagt|droeg|dragen|bijgedragen"
          r"|geeft|gaf|kwam|put|puts|pay|pays|paid|contribute|contributes|contributed|give|gives|gave|came)")
_CITYS_PART = re.compile(rf"\b{_CITY}\b.*\b{_GIVES}\b|\b{_GIVES}\b.*\b{_CITY}\b")


def measured_as(query: TableQuery, measure: Measure) -> TableQuery:
    """The query over the other money column: its measure, and the field asked of it, swapped (once each).

    >>> measured_as(TableQuery(operation="lookup", measure="total_size", fields=("total_size", "contribution")),
    ...             "contribution").fields
    ('contribution',)
    """
    other = "total_size" if measure == "contribution" else "contribution"
    return replace(query, measure=measure, fields=tuple(dict.fromkeys(measure if f == other else f for f in query.fields)))


def the_citys_part(text: str) -> bool:
    """The municipality's part of something asked ("wat legt de gemeente daarvan in", "how much did the city put in").

    >>> the_citys_part("en wat legt de gemeente daarvan in"), the_citys_part("en hoeveel de bedrijven")
    (True, False)
    """
    return bool(_CITYS_PART.search(text))


def asks_how_often(text: str, yes_no: bool, kind: AnswerType) -> bool:
    """A yes/no question whether something happens every year ("is it in groningen every year"), no money or count
    asked: how often it happens, which a passage may state, not the money per year.

    >>> asks_how_often("is it in groningen every year", True, "open"), asks_how_often("krijgt het elk jaar geld", True, "open")
    (True, False)
    """
    return yes_no and kind not in ("amount", "count") and not _ASKS_MONEY.search(text) and asks_every_year(text)


def asks_every_year(text: str) -> bool:
    """The question asks about every year ("elk jaar", "annually"), which one year's rows do not state."""
    return bool(_EVERY_YEAR.search(text))


_EVERY_YEAR = re.compile(r"\b(?:every|each) year\b|\b(?:elk|ieder) jaar\b|\bannually\b|\byearly\b|\bjaarlijks\b|\bper jaar\b")


def costs_the_city(text: str) -> bool:
    """What something costs the city, us, the taxpayer ("wat gaat GDC ons in 2018 kosten"): what the city
    contributes to it.

    >>> costs_the_city("wat gaat groningen digital city ons in 2018 kosten"), costs_the_city("wat kost het digital office")
    (True, False)
    """
    return bool(_COSTS_US.search(text))


_THE_PROGRAMME = re.compile(r"\b(?:digital city|gdc|programma|programme|program|actieplan|action plan)\b")


def not_in_the_tables(s: Signals, entities: Sequence[Match], lexicon: Lexicon, text: str) -> bool:
    """What no project table holds, however the question reads otherwise: another giver's money ("how much did the
    province give to X"), a count of something else, another kind of amount, a concept ("wat is een hackathon?")."""
    return (counts_something_else(s, lexicon) or s.foreign_contributor or phrasing.asks_concept(text)
            or asks_another_amount(text, entities, lexicon))


def is_table_question(s: Signals, entities: Sequence[Match], lexicon: Lexicon, text: str = "") -> bool:
    if not_in_the_tables(s, entities, lexicon, text):
        return False
    if defers_to_documents(s, entities) and not rechecks_a_statement(s, text, lexicon):
        return False
    return (names_a_row(entities) or selects_rows(s, entities) or bool(s.operation and (s.domain or s.amount
                                                                                     or s.total_size))
            or (s.strong_amount and (s.domain or s.group_by is not None)) or splits_money(s)
            or lists_rows(text, s, entities, lexicon) or rechecks_a_statement(s, text, lexicon)
            or asks_a_bare_total(s, text) or asks_periods_of_rows(s, text, lexicon)
            or bounds_rows_by_amount(text, lexicon))


def bounds_rows_by_amount(text: str, lexicon: Lexicon) -> bool:
    """"Projecten boven 50.000", "grants under 2000", "wie kreeg meer dan 10k": rows, their money or receivers, within
    an amount's bound."""
    # (the giver is no row: "is it true the city put over 470k into …" checks the year's figure)
    rows_or_money = lexicon.table_nouns | (lexicon.funding_words - lexicon.giver_words) | lexicon.receiver_nouns
    return (threshold_in(text) is not None or range_in(text) is not None) and bool(set(words(text)) & rows_or_money)


def asks_periods_of_rows(s: Signals, text: str, lexicon: Lexicon) -> bool:
    """"Which multi year commitments has the city made": which rows run for years, asked of rows (a listing word or
    a table noun), not how long one thing lasts."""
    return s.operation == "runs" and bool(_LISTS_ROWS.search(text) or set(words(text)) & lexicon.table_nouns)


_LISTS_ROWS = re.compile(r"\b(?:which|welke|welk|list|noem|geef|give|show|toon)\b")


# "wat is het totaal in 2017", "the 2017 total", "what's the total?": the total word with nothing counted after it
# (no "aantal", no noun), so the tables' one total, the money's
_BARE_TOTAL = re.compile(r"\b(?:(?:19|20)\d{2}\s+)?(?:totaal|total)\b(?:\s+(?:(?:in|voor|for|van|of|over)\s+)?"
                         r"(?:(?:het|the)\s+)?(?:jaar\s+|year\s+)?(?:19|20)\d{2}\b)?"
                         r"(?:\s+(?:please|pls|graag|aub|alsjeblieft|thanks|bedankt))?\s*[?!.]*\s*$")


def asks_a_bare_total(s: Signals, text: str) -> bool:
    """"Wat is het totaal in 2017": a sum asked with nothing named to sum, which in these sources is the money."""
    return s.operation == "sum" and bool(_BARE_TOTAL.search(text))


_MONEY_AND_COUNT = re.compile(r"\b(?:en|and|&)\b")
_SUM_WORD = re.compile(r"\b(?:totaal|total|som|sum)\b")


def asks_money_beside_the_count(s: Signals, text: str) -> bool:
    """"Totaal bedrag en aantal projecten per thema", "number of projects and total per theme": a count and the money
    asked together ("hoeveel projecten per thema kregen geld" asks the count alone).

    >>> from assistant.lexicon import load_lexicon
    >>> from assistant.operations import default_registry
    >>> def asks(q): return asks_money_beside_the_count(Signals.read(q, default_registry(), load_lexicon()), q)
    >>> asks("totaal bedrag en aantal projecten per thema"), asks("number of projects and total per theme")
    (True, True)
    >>> asks("hoeveel projecten per thema kregen geld"), asks("aantal projecten per thema")
    (False, False)
    """
    return s.operation == "count" and bool(_MONEY_AND_COUNT.search(text)) and (
        s.strong_amount or s.amount or bool(_SUM_WORD.search(text)))


_SHARE_OF = re.compile(r"(?:\b(?:percentage|percent|procent|share|proportion|fraction|aandeel|deel)|%)\s+(?:of|van)\s+"
                       r"(?:(?:the|de|het|all|alle|those|these|die|deze)\s+)?(?P<noun>[a-z]+)")


def shares_out_people(text: str, lexicon: Lexicon) -> bool:
    """"What percentage of the people at GDC events were women", "welk percentage van de deelnemers": a share whose
    whole is people counted (lexicon `counted_nouns`), not rows or money.

    >>> from assistant.lexicon import load_lexicon
    >>> [shares_out_people(q, load_lexicon()) for q in ("what percentage of participants were women",
    ...  "welk percentage van de deelnemers was vrouw", "what percentage of the projects is about education",
    ...  "what percentage of the money went to education")]
    [True, True, False, False]
    """
    found = _SHARE_OF.search(text)
    if found is None:
        return False
    noun = found.group("noun")
    return noun not in lexicon.table_nouns and bool(lexicon.kin(noun) & lexicon.counted_nouns)


def splits_money(s: Signals) -> bool:
    """"De gemeentelijke bijdrage 2017 per thema": the table's money split by one of its columns."""
    return s.group_by is not None and s.domain and s.amount


_LISTED = re.compile(r"\b(?:welke|which|what)\s+([a-z]+)")
# "noem alle 27 projecten even op", "list all the projects": the rows, asked by a verb of listing
_LIST_ALL = re.compile(r"\b(?:noem|list|geef|toon|show|give|name)\b(?:\s+(?:me|mij|alle|all|the|de|even|die|of))*"
                       r"(?:\s+\d+)?\s+([a-z]+)")


def asks_table_rows(text: str, query: TableQuery, lexicon: Lexicon) -> bool:
    """A figure over rows, or a list of projects: what only a project table for that year could answer ("which
    topics…" is asked of the documents, "which projects…" of a table)."""
    if query.operation not in ("list", "lookup", "profile"):
        return True
    if query.operation == "lookup" and {"contribution", "total_size"} & set(query.fields):
        return True  # a named project's money: only the table for that year has it
    listed = _LISTED.search(text)
    if listed:
        return listed.group(1) in lexicon.table_nouns
    # "blockchain projects in 2019", "onderwijsprojecten 2019": a selection of rows, asked without "which"
    return query.operation == "list" and bool(query.filters) and any(
        w in lexicon.table_nouns or w.endswith("projecten") for w in words(text))


_NUMBER_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
                 "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TOP_N = re.compile(r"\btop[ -]?(\d+|[a-z]+)\b|\b(\d+|[a-z]+)\s+(?:grootste|hoogste|meeste|duurste|kleinste|laagste"
                    r"|largest|biggest|highest|smallest|lowest)\b"
                    r"|\b(?:de|the|welke|which|what)\s+(\d+|[a-z]+)\s+(?:\w+\s+)?(?:projecten|projects|aanvragers|applicants"
                    r"|initiatieven|themas|thema's|themes)\b")
_SMALLEST = re.compile(r"\b(?:kleinste|laagste|minste|minst|goedkoopste|smallest|lowest|least|cheapest)\b")
_COMPARABLE: tuple[tuple[str, GroupColumn], ...] = (("project", "project"), ("applicant", "applicant"), ("theme", "theme"))
_ROW_KINDS = ("project", "applicant")  # the kinds of name that pick out rows by who or what they are
_ADDED_UP = ("sum", "count", "avg")  # operations over all the rows selected, whichever name selects them
_ONE_ROW_RANKED = ("max", "min", "nth", "top")  # rankings whose answer may name one row that a follow-up points at
# operations over the rows a selection leaves: what a name left out ("behalve onderwijs") narrows
_SELECTING = ("list", "sum", "count", "avg", "top", "max", "min", "nth", "group", "portion")


_THRESHOLD = re.compile(r"\b(meer dan|more than|over|boven|above|hoger dan|higher than|minimaal|minstens|at least"
                        r"|ten minste|minder dan|less than|onder|under|below|lager dan|lower than|maximaal|hooguit"
                        r"|at most|precies|exactly|exact)\b\s*(?P<rest>.*)")
_COMPARATORS: dict[str, Comparator] = {
    "meer dan": ">", "more than": ">", "over": ">", "boven": ">", "above": ">", "hoger dan": ">", "higher than": ">",
    "minimaal": ">=", "minstens": ">=", "at least": ">=", "ten minste": ">=", "minder dan": "<", "less than": "<",
    "onder": "<", "under": "<", "below": "<", "lager dan": "<", "lower than": "<", "maximaal": "<=", "hooguit": "<=",
    "at most": "<=", "precies": "=", "exactly": "=", "exact": "="}


_SHARE_OPERATIONS = ("list", "sum", "count", "lookup", "top", "max", "min", "exists")


def share_in(text: str, lexicon: Lexicon) -> str | None:
    """The condition on the share of a project's size the municipality paid that a question asks ("fully funded",
    "meer dan de helft"), or None.

    >>> from assistant.lexicon import load_lexicon
    >>> share_in("welke projecten zijn volledig gefinancierd door de gemeente", load_lexicon())
    '>=1'
    >>> share_in("which projects got more than half of their size", load_lexicon()), share_in("geef de volledige lijst", load_lexicon())
    ('>0.5', None)
    """
    return next((share for cue, share in lexicon.share_cues if cue.search(text)), None)


def threshold_in(text: str) -> tuple[Comparator, int] | None:
    """'meer dan € 10.000', 'more than fifty thousand euros', 'precies tienduizend euro': the amount compared with.

    >>> threshold_in("welke projecten kregen meer dan 10.000 euro"), threshold_in("projects about blockchain")
    (('>', 10000), None)
    >>> threshold_in("onder programma economie en werkgelegenheid een totaal van € 469.427")
    >>> threshold_in("which projects got more than 50000?"), threshold_in("projecten boven de 50.000 van de gemeente")
    (('>', 50000), ('>', 50000))
    >>> threshold_in("meer dan 1000 mensen"), threshold_in("vragen over 2017"), threshold_in("over 20 projects")
    (None, None, None)
    """
    for match in _THRESHOLD.finditer(text):
        # the amount right after the comparator ("meer dan € 10.000", "over fifty thousand euros"), not one further
        # on ("onder Programma Economie en Werkgelegenheid een totaal van € 469.427" names a section)
        amount = amount_in(" ".join(match.group("rest").split()[:4]))
        bare = _BARE_FIGURE.match(match.group("rest"))
        if amount is None and bare and not (YEAR.fullmatch(bare.group(1)) and not bare.group(1).endswith("00")):
            amount = int(re.sub(r"\D", "", bare.group(1)))
        if amount is not None:
            return _COMPARATORS[match.group(1)], amount
    return None


# "more than 50000", "boven de 50.000 van de gemeente": a figure with no unit after a comparator is money in these
# tables, unless a noun counts something else ("meer dan 1000 mensen", "over 20 projects") or it is a year (not a
# round one: "minder dan 2000" is money, as years.read_years reads it too)
_BARE_FIGURE = re.compile(r"(?:(?:de|het|the|een|a)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d{3,})(?![.,]?\d)"
                          r"(?=\s*(?:$|[?!.,;:)]|(?:van|aan|in|voor|from|to|for|of|op|bij|per|gekregen|ontvangen|received"
                          r"|got|kregen|gehad|subsidie|subsidy|bijdrage|contribution|funding|en|and|or|in)\b))")


# "tussen de 10.000 en 50.000", "between 10k and 50k euro", "van 5000 tot 20000": both bounds of the amount
_RANGE = re.compile(r"\b(?:tussen|between|van|from)\s+(?:de\s+|the\s+)?(?P<low>[^\s]+(?:\s+euro)?)\s+(?:en|and|tot|to|-)\s+"
                    r"(?:de\s+|the\s+)?(?P<high>\S+(?:\s+(?:euro|eur))?)")


def range_in(text: str) -> tuple[int, int] | None:
    """The two amounts a question bounds a selection by ("tussen de 10000 en 50000"), low first; None without both.

    >>> range_in("welke projecten kregen tussen de 10000 en 50000?"), range_in("between €5,000 and €20,000")
    ((10000, 50000), (5000, 20000))
    >>> range_in("tussen 2017 en 2018"), range_in("tussen onderwijs en kennis")
    (None, None)
    """
    for found in _RANGE.finditer(text):
        bounds = []
        for side in ("low", "high"):
            typed = found.group(side).rstrip("?!.,;")
            amount = amount_in(typed)
            if amount is None:  # a bare figure, read as one after a comparator is ("tussen de 10000 en 50000")
                amount = (threshold_in(f"meer dan {typed}") or (None, None))[1]
            bounds.append(amount)
        low, high = bounds
        if low is not None and high is not None and low < high:
            return low, high
    return None


def ordinal_place(text: str) -> int:
    """The place an ordinal superlative asks ("op één na grootste", "the third largest"); the second by default.

    >>> ordinal_place("wat is het op één na grootste project"), ordinal_place("the third smallest grant")
    (2, 3)
    >>> ordinal_place("en wie was nummer twee?"), ordinal_place("which one came third?")
    (2, 3)
    """
    named = RANK_NAMED.search(text)
    if named is not None:  # "wie was nummer twee?", "which came third?", "the runner-up"
        return RANK_NUMBERS[named.group("n")] if named.group("n") else ORDINAL_PLACES.get(named.group("w") or "", 2)
    found = ORDINAL.search(text)
    return ORDINAL_PLACES[found.group(1) or found.group(2)] if found else 2


def top_query(text: str, measure: Measure, filters: tuple[Filter, ...], entities: Sequence[Match]) -> TableQuery:
    """A top N: of projects, or of a column's values summed over their rows when the question names them ("top 3
    applicants by amount" ranks applicants, not their single projects)."""
    group = _RANKED_GROUP.search(text)
    descending = not _SMALLEST.search(text)
    if group and not names_one_project(entities):
        return TableQuery(operation="group", aggregate="sum", measure=measure, filters=filters,
                          group_by=_GROUP_COLUMNS[group.group(1)], limit=top_limit(text), descending=descending)
    return TableQuery(operation="top", measure=measure, filters=filters, limit=top_limit(text), descending=descending)


# rows asked in the plural ("which projects", "welke projecten"): a superlative of them is more than one
_PLURAL_ROWS = re.compile(r"\b(?:which|what|welke)\s+(?:\w+\s+)?(?:projects|projecten|initiatives|initiatieven|grants"
                          r"|subsidies|organisations|organizations|organisaties|applicants|aanvragers|companies|bedrijven"
                          r"|partijen|instellingen|recipients|ontvangers)\b"
                          # "… received the largest contributions", "de grootste bijdragen": the figures in the plural
                          r"|\b(?:largest|biggest|highest|smallest|lowest|grootste|hoogste|kleinste|laagste)\s+(?:\w+\s+)?"
                          r"(?:contributions|amounts|grants|subsidies|bijdragen|bedragen|projects|projecten"
                          # "biggest projects by city money?": the rows in the plural after the superlative
                          r"|initiatives|initiatieven|recipients|ontvangers)\b")


def top_limit(text: str, default: int = 3) -> int:
    """How many a top-N question asks for ("top 5", "de drie grootste"); three for a plain plural superlative.

    >>> top_limit("wat zijn de vijf grootste projecten"), top_limit("top 10 grants"), top_limit("which got the most")
    (5, 10, 3)
    >>> top_limit("list the two projects with the largest total project size"), top_limit("geef de top 5 projecten")
    (2, 5)
    """
    # (matches may overlap: "de top 5 projecten" is "de <word> projecten" with "top" for its word, and "top 5")
    at = 0
    while (match := _TOP_N.search(text, at)) is not None:
        word = match.group(1) or match.group(2) or match.group(3)
        n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
        if n:
            return n
        at = match.start() + 1
    return default


def compared_column(entities: Sequence[Match]) -> GroupColumn | None:
    """The column two or more named items of one kind share (two projects, two applicants, two themes); one name
    that fits two values ("Rijksuniversiteit Groningen", an applicant alone and with partners) is one item."""
    for kind, column in _COMPARABLE:
        if len({(m.start, m.end, m.surface) for m in entities if m.kind == kind}) >= 2:
            return column
    return None


def named_exactly(entities: Sequence[Match]) -> tuple[Match, ...]:
    """Of the values one name fits, those it names in full where there are any ("Rijksuniversiteit Groningen" is
    that applicant, not "Rijksuniversiteit Groningen ism NOO-bedrijven")."""
    def exact(m: Match) -> bool:
        return word_runs(m.value) == m.surface

    return tuple(m for m in entities if exact(m) or not any(
        exact(o) for o in entities if (o.kind, o.start, o.end, o.surface) == (m.kind, m.start, m.end, m.surface)))


def compared_rows_across(entities: Sequence[Match], owners: frozenset[tuple[str, str]]) -> Filter | None:
    """Rows named by different columns ("kreeg PyGrunn meer dan Coders Academy?": a project and an applicant that
    is not its own): each name one alternative of an "either" filter, set against each other or added up name by
    name. None when the names share a column (`compared_column` compares those), when fewer than two are named, or
    when the applicant is the named project's own ("PyGrunn van WEB11" is one row); `owners` holds each row's
    (project, applicant).

    >>> from assistant.records import Match
    >>> named = (Match(kind="project", value="PyGrunn", start=6, end=13),
    ...          Match(kind="applicant", value="Coders Academy", start=23, end=37))
    >>> compared_rows_across(named, frozenset({("PyGrunn", "WEB11")})).values
    ('project=PyGrunn', 'applicant=Coders Academy')
    >>> compared_rows_across(named, frozenset({("PyGrunn", "Coders Academy")})) is None
    True
    """
    named = dict.fromkeys((m.kind, m.value) for m in named_exactly(entities) if m.kind in _ROW_KINDS)
    projects = {v for k, v in named if k == "project"}
    own = {a for p, a in owners if p in projects}
    named = {(k, v): None for k, v in named if k == "project" or v not in own}
    if compared_column(entities) is not None or len(named) < 2 or len({kind for kind, _ in named}) < 2:
        return None
    return Filter(column="either", values=tuple(f"{kind}={value}" for kind, value in named))


def filters_across(entities: Sequence[Match], across: Filter) -> tuple[Filter, ...]:
    """The question's filters with its rows named across columns as one "either" filter (`compared_rows_across`)."""
    return (*(f for f in filters_for(entities) if f.column not in _ROW_KINDS), across)


def compare_query(measure: Measure, entities: Sequence[Match], owners: frozenset[tuple[str, str]]) -> TableQuery:
    """Each named item's figure side by side: grouped by the column they share, or name by name across columns."""
    across = compared_rows_across(entities, owners)
    if across is None:
        return TableQuery(operation="compare", measure=measure, filters=filters_for(entities),
                          group_by=compared_column(entities))
    return TableQuery(operation="compare", measure=measure, filters=filters_across(entities, across))


UnderstandingMode = Literal["rules", "examples", "both"]
# A vote the rules defer to: most of the neighbours' weight, and neighbours this close (e5 cosine). Chosen on the tuned
# suite (evals/questions) with the rules in place; see docs/notes.md for the measurement.
ROUTER_SHARE = 0.75
ROUTER_SIMILARITY = 0.88
_KIND_OF: dict[str, AnswerType] = {"amount": "amount", "date": "date", "place": "place", "person": "person",
                                   "role": "person", "count": "count", "duration": "duration", "reference": "reference"}
# the kinds of answer that are a figure: a question the rules read as asking one asks no overview passage
_FIGURES: frozenset[AnswerType] = frozenset({"amount", "count", "date", "duration"})
_TOPIC_OF: dict[str, Topic] = {"about": "about", "audience": "audience", "goal": "goal", "result": "result", "plan": "plan", "themes": "themes", "focus": "focus",
                               "criterion": "criterion", "involved": "involved", "funding": "funding", "onboarding": "onboarding", "sources": "sources",
                               "out_of_scope": "out_of_scope"}


@dataclass(frozen=True, kw_only=True)
class Draft:
    """What the rules (and then the examples) decided about a question, before it becomes an Intent."""

    query: TableQuery | None
    answer_type: AnswerType
    topic: Topic | None
    yes_no: bool
    topic_cue: bool = False  # a topic word occurs in the question, wherever the rules placed it


# ("the success of trendship" is no superlative: a quality only after "meest/most" or in a superlative form)
_SUPERLATIVE_OF = re.compile(r"\b(?:meest|meeste|most|minst|least)\s+(?P<quality>\w+)(?:\s+(?P<next>\w+))?|\b(?P<st>\w+st)e?\b")


# ("waar kan ik het best beginnen", "the best way to start": an adverb or a manner, no thing liked most)
_LIKED_MOST = re.compile(r"(?:\b(?:beste|slechtste|mooiste|leukste|favoriete|favourite|favorite)\b|\bbest\b(?=\s*[?.!]*$)"
                         r"|\bthe (?:best|worst)\b(?!\s+(?:way|place|time|moment|to|start|starting|option|options|bet)\b))"
                         # ("the best funding", "best betaald": the money ranked after all)
                         r"(?!\s+(?:funding|funded|bijdrage|subsidie|subsidy|grant|geld|money|financiering|gefinancierd"
                         r"|betaald|paid|gesubsidieerd|subsidised|subsidized))")


def ranks_by_quality(text: str, lexicon: Lexicon) -> str | None:
    """The quality a superlative ranks by when it is no amount ("het meest geslaagd", "the most successful", "het
    populairst"): none the tables hold, so no ranking of their money answers it; None for "het meeste geld".

    >>> from assistant.lexicon import load_lexicon
    >>> ranks_by_quality("welk project was het meest geslaagd", load_lexicon()), ranks_by_quality("which project was the most successful", load_lexicon())
    ('succes', 'succes')
    >>> ranks_by_quality("welk project kreeg het meeste geld", load_lexicon())
    >>> ranks_by_quality("what was the best project", load_lexicon()), ranks_by_quality("the best funded project", load_lexicon())
    ('the best', None)
    >>> ranks_by_quality("waar kan ik het best beginnen, wat is de focus", load_lexicon())
    >>> ranks_by_quality("what was the success of trendship", load_lexicon())
    """
    liked = _LIKED_MOST.search(text)
    if liked:  # "what was the best project": liked most, which no figure says
        return liked.group(0)
    for found in _SUPERLATIVE_OF.finditer(text):
        for word in (found.group("quality"), found.group("next"), found.group("st")):  # ("the most highly rated")
            quality = next((q for q, starts in lexicon.degrees.items() if word and word.startswith(starts)), None)
            if quality is not None:
                return quality
    return None


def names_a_selection(entities: Sequence[Match], operation: str, s: Signals) -> bool:
    """Enough named for a table operation the examples chose: a row or selection, or (for a figure over
    everything) nothing but a word of the tables' figures ("what's each one?" says none: no split per theme)."""
    speaks_of_figures = bool(s.operation or s.amount or s.strong_amount or s.domain or s.total_size
                             or s.group_by is not None or s.counted)
    return bool(_kinds(entities)) or (operation in ("sum", "count", "avg", "max", "min", "top", "group")
                                      and speaks_of_figures)


def is_weak_table_question(s: Signals, entities: Sequence[Match]) -> bool:
    """A table route that rests on no operation, no amount and no named row: a domain word and a theme or keyword."""
    return not (s.operation or s.strong_amount or s.amount or names_a_row(entities) or s.total_size)


# "what are they", "whats each one", "wat doen ze precies": what the several things pointed at are
_WHAT_THEY_ARE = re.compile(r"^(?:(?:en|and|ok|so|maar|but)\s+)?(?:what|wat)\s*(?:is|are|zijn|doet|doen|does|do|'s|s)\s+"
                            r"(?:they|them|those|these|ze|zij|die|dat|deze|each(?: one| of them)?|elk(?: ervan)?"
                            r"|ieder(?: ervan)?|both|both of them|beide|allebei)"
                            r"(?:\s+(?:precies|exactly|then|dan|eigenlijk|do|doen|about|over|voor projecten|for projects))*"
                            r"\s*[?.!]*$")
_KEPT_OPERATIONS = ("new", "repeat", "several")  # operations over who or what comes back, or newly, across years
_GROUPED = ("group", "several")  # operations whose answer is a figure per group
_FIGURE_OPERATIONS = ("sum", "count", "avg")  # answered by one figure, not by a project "it" could be
_RANKED = ("max", "min", "top", "nth")  # answered by the rows at a place in a ranking
# the city's part of something ("the city's share", "het aandeel van de gemeente", "gemeentelijk aandeel")
_CITYS_SHARE = re.compile(rf"\b(?:{CITYS_SHARE})\b")
# another one than the one before ("de nieuwe raadsbrief", "the other letter")
_ANOTHER_ONE = re.compile(r"\b(?:nieuwe|new|newer|andere|other|recente|recent|latest|laatste|huidige|current)\b")
# a word pointing at what was said before ("wat is dat", "what is it")
# "het project girls code groningen", "the project X": the name after the noun, up to what is asked of it
_PROJECT_NAMED = re.compile(r"\b(?:het|the|dat|that) (?:project|programma|programme|initiatief|initiative)\s+"
                            r"(?P<name>[a-z0-9][\w'-]*(?:\s+[a-z0-9][\w'-]*){0,3}?)"
                            r"(?=\s+(?:precies|eigenlijk|nou|exactly|do|doen|doet|in|van|of|voor|for|en|and|nu|now)\b"
                            r"|\s*[?!.,]|\s*$)")
_SOURCE_LABEL = re.compile(r"^(?:From|Uit) [^\n]*:$", flags=re.M)
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:that|this|those|these|die|dat|deze|dit)\s+([a-z][\w'-]{3,})\b")
_POINTER_WORD = re.compile(r"\b(?:dat|dit|die|deze|het|it|that|this|those|these)\b")
# the project cell of an annex row quoted in an answer, and a name an answer puts in bold
_ROW_CELL = re.compile(r"^>?\s*\|\s*\|\s*([^|]+?)\s*\|", flags=re.M)
_BOLD = re.compile(r"\*\*([^*]+)\*\*")
# what a project pointed at is asked ("how much did it get", "when was it", "where", "how many came"): its row says it
_OF_A_ROW: frozenset[AnswerType] = frozenset({"amount", "date", "place", "count", "frequency", "duration"})


def kept_by(s: Signals) -> GroupColumn:
    """What a question about newcomers or returning ones follows across years: the applicants, or the projects."""
    return "applicant" if s.applicants or s.organisations else "project"


def asks_other_years(scope: YearScope) -> bool:
    """A follow-up that names a covered year, the latest one, or each year: the previous question again for them."""
    return bool(scope.asked or scope.per_year)


_FIGURE = re.compile(r"€|\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+(?:[.,]\d+)?\s?(?:k|mln|miljoen|million)\b")


# a total as stated set against the rows added up, in either order ("het vermelde totaal tegenover de som van de
# projecten", "the sum of the rows against the stated total")
_STATED = r"(?:vermelde?|genoemde?|opgegeven|stated|printed|listed|given)\s+(?:totaal|totaalbedrag|total)"
_SUMMED = r"(?:som|optelling|opgeteld|sum|rijen|rows|posten|regels|afzonderlijke)"
_STATED_AGAINST_SUM = re.compile(rf"\b{_STATED}\b.*\b{_SUMMED}\b|\b{_SUMMED}\b.*\b{_STATED}\b")


def checks_a_figure(text: str, s: Signals, lexicon: Lexicon) -> bool:
    """"Klopt de ruim 470.000 uit de brief met de bijlage?", "does the letter's 470k match the table?": a figure set
    against the annex or the rows, which only their sum (beside the stated totals) can check.

    >>> from assistant.lexicon import load_lexicon
    >>> from assistant.operations import default_registry
    >>> def check(q): return checks_a_figure(q, Signals.read(q, default_registry(), load_lexicon()), load_lexicon())
    >>> check("klopt de ruim 470.000 uit de brief met de bijlage?"), check("does the letter's 470k match the table?")
    (True, True)
    >>> check("klopt het dat het DOG tijdelijk is?"), check("komt 2017 overeen met de bijlage?")
    (False, False)
    >>> check("klopt het dat de gemeente 6,5 miljoen heeft gestoken?"), check("did the city put 6.5 million in?")
    (True, True)
    """
    checked = bool(set(words(text)) & lexicon.agreement_words) or claims_a_value(text)
    of_the_money = s.annex or s.domain or (bool(_MUNICIPALITY.search(text)) and bool(_ASKS_MONEY.search(text)))
    # a figure in words counts ("bijna een half miljoen", "twee ton")
    return checked and bool(_FIGURE.search(text) or amount_in(text)) and of_the_money


def claims_the_total(text: str, s: Signals, lexicon: Lexicon) -> bool:
    """A figure claimed of the money in all, no project or row named ("did the city's money lead to 6.5 million of
    investment?"): the sum checks it, where a question naming projects ("is er een project van 2 miljoen?") asks
    whether one exists.

    >>> from assistant.lexicon import load_lexicon
    >>> from assistant.operations import default_registry
    >>> def check(q): return claims_the_total(q, Signals.read(q, default_registry(), load_lexicon()), load_lexicon())
    >>> check("did the city's money lead to 6.5 million of investment?"), check("is er een project van 2 miljoen door de gemeente gesubsidieerd?")
    (True, False)
    """
    return checks_a_figure(text, s, lexicon) and not set(words(text)) & lexicon.table_nouns


def compares_funding_years(scope: YearScope, s: Signals) -> bool:
    """Two years the tables cover, set against each other, about money or projects: the tables answer it."""
    return scope.compares_years and (s.domain or s.strong_amount) and not s.document


def routed(query: TableQuery | None, years: Sequence[int], covered: Sequence[int]) -> tuple[int | None, Route]:
    """(the year no table covers, if the question names only such years; the route): a table question goes to the
    table unless every year it names is one no table covers."""
    foreign = next((y for y in years if y not in covered), None) if query and not set(years) & set(covered) else None
    return foreign, "table" if query and foreign is None else "documents"


def asks_another_role(role: str | None, text: str, query: TableQuery) -> bool:
    """'Wie is de contactpersoon van X?': a role the table has no column for, so "wie" does not ask the applicant."""
    return role is not None and "applicant" in query.fields and not CUES["applicant_explicit"].search(text)


_EXISTENCE = _cue(r"\b(?:is er|zijn er|was er|waren er|is there|are there|was there|were there|any|anything|enig|enige|ooit|ever"
                  r"|heeft .* (?:een|enig) project|hebben .* projecten)\b")


_DOCUMENT_DAY = re.compile(r"\b(?:brief|raadsbrief|letter|memo|notitie|bijlage|annex)\s+(?:van|of|dated|d\.d\.)\s+"
                           r"\d{1,2}\s+[a-z]+\s+(?:19|20)\d{2}\b")
_ITS = re.compile(r"\b(?:its|het|de brief|the letter|dit|dat)\b")
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|wij|ons|onze)\b", flags=re.I)
_SOMETHING = re.compile(r"\b(?:anything|something|iets|ergens)\b")
# "does the city give grants", "geeft de gemeente subsidie": money given at all
_GIVES_MONEY = re.compile(r"^(?:(?:does|do|did|will) (?:the )?(?:city|municipality|gemeente|groningen|gdc|programme|program)"
                          r"(?: of groningen)? (?:give|offer|provide|hand out|award)|(?:geeft|gaf|verstrekt|verstrekte|biedt"
                          r"|bood) (?:de )?(?:gemeente|stad|groningen|gdc)(?: groningen)?)\b.*\b(?:grants?|subsidies|subsidie"
                          r"|funding|money|geld|financiering)\s*\??$")
_MONEY_TOWARDS = re.compile(r"\b(?:geld|subsidie|money|funding|subsidy|grants?)\s+(?:\w+\s+)?(?:naar|voor|aan|to|for|towards|into)\b")
_WENT = re.compile(r"^(?:ging|gingen|gaat|went|did)\b")


def asks_whether_any(text: str) -> bool:
    """The (normalised) question asks whether any such thing exists ("is there any program …", "zijn er …")."""
    return bool(_EXISTENCE.search(text))


def asks_existence(text: str, lexicon: Lexicon) -> bool:
    """'Is er een project over X?', 'Were any projects about X funded?', 'did the city fund anything about X?':
    whether the tables hold such a row."""
    tokens = words(text)
    funded_something = bool(_SOMETHING.search(text)) and any(w in lexicon.funding_words for w in tokens) or bool(
        _GIVES_MONEY.search(text))
    # "is er geld naar programmeerles voor kinderen gegaan?", "was there money for cybersecurity?"
    money_towards = bool(_MONEY_TOWARDS.search(text)) and bool(_EXISTENCE.search(text) or _WENT.search(text))
    return funded_something or money_towards or bool(_EXISTENCE.search(text)) and any(
        w in lexicon.table_nouns or w.endswith(("project", "projecten")) for w in tokens)


_WHAT_IS = re.compile(r"(?:wat (?:is|was|zijn)|what (?:is|was|are)|what's|whats"
                      # "wat houdt het blockchain programma in", "what does the programme involve"
                      r"|wat (?:houdt|hield|houden)|what (?:does|did) (?=.*\b(?:involve|entail)\b)"
                      # "wat staat er in bijlage 1 over X", "what does the annex say about X": its row, every cell
                      r"|wat (?:staat|zegt|vermeldt|meldt) (?:er )?(?:in )?(?:de |het )?(?:bijlage|annex|overzicht|tabel)"
                      r"(?: \d+)?(?: over| van)?|what does (?:the )?(?:annex|table|overview)(?: \d+)? (?:say|state|tell)"
                      r"(?: about| of)?"
                      # "trendship wat weten we ervan", "what do we know about X": what the sources know of it, all of it
                      r"|wat (?:weten|weet) (?:we|wij|jij|je|u) (?:er)?(?:van|over)|what do (?:we|you) know about)\b")
_WHAT_IS_PADDING = frozenset(["de", "het", "een", "the", "a", "an", "dat", "that", "this", "dit", "project", "event",
                              "evenement", "initiatief", "initiative", "programma", "programme",
                              # "wat is gdbc precies?", "what exactly is it": stress, nothing more asked
                              "precies", "eigenlijk", "nou", "dan", "exactly", "actually", "really", "again",
                              # "whats the LIKE programme the city funded": who funded it is no further question
                              "city", "gemeente", "funded", "subsidised", "subsidized", "supported", "gesubsidieerd",
                              "gefinancierd", "financierde", "steunde", "that", "which", "die",
                              # "wat houdt X van Y in": the applicant named, the verb's particle
                              "van", "of", "in", "involve", "entail"])


def asks_what_it_is(text: str, entities: Sequence[Match]) -> bool:
    """The question is "what is <the project>" and nothing more: it asks the project told, every cell labelled.

    >>> from assistant.records import Match
    >>> asks_what_it_is("whats trendship", [Match(kind="project", value="Trendship '17", start=6, end=15)])
    True
    >>> asks_what_it_is("wat is de bijdrage van pygrunn?", [Match(kind="project", value="PyGrunn", start=23, end=30)])
    False
    >>> asks_what_it_is("hoeveel kreeg pygrunn?", [Match(kind="project", value="PyGrunn", start=14, end=21)])
    False
    >>> asks_what_it_is("wat staat er in bijlage 1 over pygrunn", [Match(kind="project", value="PyGrunn", start=31, end=38)])
    True
    >>> asks_what_it_is("wat houdt pygrunn in", [Match(kind="project", value="PyGrunn", start=10, end=17)])
    True
    >>> asks_what_it_is("draadloos groningen: wat houdt het in?", [Match(kind="project", value="Draadloos Groningen",
    ...                                                                start=0, end=19)])
    True
    """
    rest = text
    for m in sorted(entities, key=lambda m: -m.start):
        rest = rest[: m.start] + " " + rest[m.end :]
    asked = _WHAT_IS.search(rest)
    if not asked:
        return False
    left = (rest[: asked.start()] + " " + rest[asked.end() :]).split()
    # (a name put first and set off: "Draadloos Groningen: wat houdt het in?", "pygrunn - what is it")
    return all(w.strip("?!.,:;-–—") in _WHAT_IS_PADDING or not w.strip("?!.,:;-–—") for w in left)


def names_one_project(entities: Sequence[Match]) -> bool:
    return len({m.value for m in entities if m.kind == "project"}) == 1


_THEME_WORD = re.compile(r"\b(?:thema|theme)\b(?!\s*(?:'s|s)\b)")


def asks_theme_of_project(text: str, entities: Sequence[Match]) -> bool:
    """"Wat is het thema van trendship", "trendship theme": the theme of the one project named; not "the themes",
    nor a theme named as a selection ("projecten in het thema Kennis & Innovatie").

    >>> from assistant.records import Match
    >>> row = [Match(kind="project", value="PyGrunn", start=0, end=7, exact=True, surface="pygrunn")]
    >>> asks_theme_of_project("pygrunn thema", row), asks_theme_of_project("pygrunn and the themes", row)
    (True, False)
    """
    return names_one_project(entities) and "theme" not in _kinds(entities) and bool(_THEME_WORD.search(text))


def sums_a_selection(s: Signals, entities: Sequence[Match], measure: str) -> bool:
    """An amount over a theme/applicant/keyword/section (or 'all', or nothing named: 'hoeveel heeft de gemeente
    bijgedragen?'), not a 'which projects' list."""
    return bool((s.amount or measure == "total_size") and not (s.listing and s.which)
                and ({"applicant", "theme", "keyword", "section"} & _kinds(entities) or s.all_rows
                     or (s.strong_amount and not s.listing and not _kinds(entities))))


def asked_fields(s: Signals, measure: str, operation: str) -> tuple[Field, ...]:
    """What a question asks of a row besides its selection; both amounts when it names both."""
    fields = s.fields
    if "partners" in fields and not s.applicant_explicit:
        fields = tuple(f for f in fields if f != "applicant")  # "wie waren de partners" asks for partners only
    if (s.amount or s.total_size) and not s.description_explicit:
        fields = tuple(f for f in fields if f != "description")  # "wat is de bijdrage" asks for the amount
    if measure == "total_size":
        return (*fields, "contribution", "total_size") if s.contribution_word and operation in ("lookup", "sum") else (
            *fields, "total_size")
    if s.amount and operation == "lookup":
        return (*fields, "contribution")
    return fields


# a superlative of the grant itself ("largest single grant", "de hoogste bijdrage"): the contribution is ranked
_RANKED_GRANT = re.compile(r"\b(?:largest|biggest|highest|smallest|lowest|grootste|hoogste|kleinste|laagste)\s+(?:\w+\s+)?"
                           r"(?:grants?|subsid\w*|bijdragen?|contributions?|awards?|gemeentelijke bijdragen?)\b")
_GENERIC_AMOUNT = re.compile(r"\b(?:bedrag(?:en)?|amounts?|figures?|values?|funding)\b")


def checked_fields(s: Signals, text: str) -> tuple[Field, ...]:
    """The cells a "which rows have no …" question names: "geen partners", "no total size", "geen bijdrage"; a
    plain amount ("geen bedrag", "no figure") is either amount."""
    named: list[Field] = [f for f in ("partners", "description") if f in s.fields]
    if _GENERIC_AMOUNT.search(text):  # "geen bedrag of geen totale omvang": a plain amount is either amount
        named += ["contribution", "total_size"]
    if s.total_size and "total_size" not in named:
        named.append("total_size")
    if s.contribution_word and "contribution" not in named:
        named.append("contribution")
    return tuple(named)


@dataclass
class Understander:
    """Turns a question (and the conversation so far) into an Intent.

    `mode` says who decides the operation, the kind of answer and the topic: the cue rules, the nearest labelled
    examples (`router`), or both (rules first where a cue fires, examples where none does or where they disagree
    with a weak rule; measured in docs/notes.md).
    """

    vocab: Vocabulary
    lexicon: Lexicon
    registry: Registry
    matcher: EntityMatcher | None = None
    router: Router | None = None
    vectorize: Callable[[str], np.ndarray] | None = None
    mode: UnderstandingMode = "both"
    speller: Speller | None = None  # typos mended before a question is read (None: read as typed)
    known_words: frozenset[str] = frozenset()  # every word the sources use: a receiver with another is a name

    def __post_init__(self) -> None:
        if self.matcher is None:
            self.matcher = EntityMatcher(self.vocab, self.lexicon)

    def entities(self, question: str, applicant_cue: bool) -> tuple[Match, ...]:
        assert self.matcher is not None
        return tuple(self.matcher.find(question, applicant_cue=applicant_cue))

    def understand(self, question: str, history: Sequence[Turn] = (), depth: int = 0, continues: bool = False) -> Intent:
        """Parse a question, with the conversation so far, into an Intent; `continues` when it is a later part of
        the question the last turn asked ("what is the GDBC and how much did the city put in?"), which goes on
        from that part however long it is."""
        question = self.lexicon.written_out(question)
        if self.speller is not None:
            question = self.mended(question)
        default = self.conversation_language(history)
        last = max((i for i, t in enumerate(history) if t.get("role") == "user"), default=None)
        wanted = phrasing.only_language(question)
        if wanted is not None and last is not None and depth <= 3:
            # "and in Dutch please": the question before, answered again in the language asked
            again = self.understand(history[last]["content"], history[:last], depth + 1)
            return replace(again, language=wanted, followup=True, translated=True)
        intent = self.parse(question, default)
        if last is None or depth > 3:
            return self.for_a_row_cell(intent)
        previous = self.understand(history[last]["content"], history[:last], depth + 1)
        parts = phrasing.split(history[last]["content"]) if not previous.entities else []
        if len(parts) > 1:
            # "when's the next one and what venue" after the hackathon: read whole it names nothing; its first part,
            # resolved against the turn before it, is about the hackathon still
            first = self.understand(parts[0], history[:last], depth + 1)
            previous = first if first.entities else previous
        answer = next((t["content"] for t in history[last + 1 :] if t.get("role") == "assistant"), "")
        earlier = max((i for i, t in enumerate(history[:last]) if t.get("role") == "user"), default=None)
        if previous.foreign_year is not None and not intent.years and earlier is not None:
            # "and the year before?" found no table; "was that the biggest one?" points back past it, to the row
            previous = self.understand(history[earlier]["content"], history[:earlier], depth + 1)
            answer = next((t["content"] for t in history[earlier + 1 : last] if t.get("role") == "assistant"), "")
        resolved = self.for_a_row_cell(self._with_context(intent, previous, answer, continues), previous)
        if phrasing.PERSON_PRONOUN.search(normalise(question)) and set(previous.names) - set(resolved.names):
            # "I read that the alderwoman Sophie van der Berg leads the office. What is her role?": "her" is the one
            # named before, whom a passage must name
            resolved = replace(resolved, names=tuple(dict.fromkeys((*resolved.names, *previous.names))))
        if inherits_existence(resolved, intent, previous):
            # "is there something to help foreign IT graduates …? and for which year is it planned?": whether any row
            # exists is no answer to a question that is no yes/no; what it asks is the passages' to say
            return replace(resolved, route="documents", table_query=None)
        return resolved

    def speaking_for(self, question: str) -> str:
        """The question with "we", "our", "ons" put as the project its asker introduced themselves by ("hi im
        project lead at GDBC. how much did we get …" → "… how much did GDBC get …"); as asked otherwise."""
        sentences = re.split(r"(?<=[.!])\s+", question.strip())
        intro = " ".join(s for s in sentences[:-1] if introduces_asker(s))
        named = {m.value: m.surface for m in self.entities(intro, True) if m.kind in ("project", "applicant")} if intro else {}
        if len(named) != 1:
            return question
        surface = next(iter(named.values())) or next(iter(named))
        rest = question.strip()[len(intro):].strip() if question.strip().startswith(intro) else question
        # (the introduction said only who asks: with its project in the question, it is left out)
        return _FIRST_PERSON.sub(surface, rest) if _FIRST_PERSON.search(rest) else question

    def for_a_row_cell(self, intent: Intent, previous: Intent | None = None) -> Intent:
        """"Who is codeniacs for", "voor wie is django girls", "… and who is it for" after a turn about one project:
        whom its row's description says it is for; "who is behind it", "wie zit erachter": its row, which names its
        applicant; not a name in a passage ("Lego League")."""
        audience = self.lexicon.topics.get("audience")
        text = normalise(intent.question)
        asks_audience = audience is not None and bool(audience.question.search(text))
        behind = bool(_BEHIND.search(text)) and intent.table_query is None  # a row named is told as the rules read it
        if not asks_audience and not behind:
            return intent
        query = intent.table_query
        if query is None and previous is not None and CUES["singular_ref"].search(text):
            rows = [m for m in previous.entities if m.kind == "project"]
            query = TableQuery(operation="lookup", filters=filters_for(rows[:1])) if len(
                {m.value for m in rows}) == 1 else None
        one = query is not None and [v for f in query.filters if f.column == "project" for v in f.values]
        if query is None or not one or len(one) != 1:
            return intent
        if asks_audience:
            return replace(intent, route="table", answer_type="open", role=None, foreign_year=None,
                           table_query=replace(query, operation="lookup", fields=("description",)))
        # who is behind it: its applicant and partners, with what it is
        return replace(intent, route="table", role=None, foreign_year=None, table_query=replace(
            query, operation="profile", fields=("applicant", "partners", "description")))

    def conversation_language(self, history: Sequence[Turn]) -> Language:
        """The language a question whose words do not decide it is read in: the asker's last one, else Dutch."""
        users = [t["content"] for t in history if t.get("role") == "user"]
        return detect_language(users[-1], self.lexicon.language_votes) if users else "nl"

    def mended(self, question: str) -> str:
        """The question with its typos mended, in its own language: a Dutch question is not mended into English
        ("persoon" is no "person"). When its words do not decide the language ("total amout per thema"), the
        question is English if mending it as English makes it so ("amount"), else Dutch."""
        assert self.speller is not None
        votes = self.lexicon.language_votes
        language = clear_language(normalise(question), votes)
        if language is None:
            as_english = self.speller.mend(question, "en")
            if clear_language(normalise(as_english), votes) == "en":
                return as_english
        return self.speller.mend(question, language or detect_language(normalise(question), votes))

    def again_for_year(self, question: str, history: Sequence[Turn]) -> tuple[list[str], int] | None:
        """A turn that only names another year ("en het jaar daarvoor?", "and in 2018?") asks the last real question
        again for that year: its parts, each with the year moved or added ("… in 2017 … en wat was de investering?"
        → "… in 2016 …?", "wat was de investering in 2016?"), and where that question stands in the history (it is
        asked again with the turns before it, not as a follow-up of itself). None for any other turn.

        >>> from assistant.lexicon import load_lexicon
        >>> from assistant.operations import default_registry
        >>> u = Understander(registry=default_registry(), lexicon=load_lexicon(),
        ...                  vocab=Vocabulary(projects=(), applicants=(), themes=(), years=(2017,)))
        >>> turn = [{"role": "user", "content": "hoeveel ging er in 2017 naar onderwijs?"}]
        >>> u.again_for_year("en het jaar daarvoor?", turn), u.again_for_year("en in 2019?", turn)
        ((['hoeveel ging er in 2016 naar onderwijs?'], 0), (['hoeveel ging er in 2019 naar onderwijs?'], 0))
        >>> u.again_for_year("and the year before?", [{"role": "user", "content": "who got most in 2017 and how much?"}])
        (['who got most in 2016?', 'how much in 2016?'], 0)
        >>> u.again_for_year("and the partners?", turn) is None
        True
        """
        text = normalise(question)
        named, shift = years_in(text), self.lexicon.year_cues.shift(text)
        if not self.only_a_year(text):
            return None
        at = next((i for i in range(len(history) - 1, -1, -1) if history[i].get("role") == "user"
                   and not self.only_a_year(normalise(history[i]["content"]))), None)
        if at is None:
            return None
        previous = history[at]["content"]
        years = years_in(previous)
        base = int(years[-1]) if years else (self.vocab.years[-1] if self.vocab.years else None)
        target = named[-1] if named else (str(base + shift) if base is not None else None)
        if target is None:
            return None
        moved = re.sub(rf"\b{years[-1]}\b", target, previous) if years else previous
        return [p if YEAR.search(p) else f"{p.rstrip(' ?')} in {target}?" for p in phrasing.split(moved)], at

    def points_at_its_year(self, before: str, asked: str) -> bool:
        """"Ik zoek de bijdrage over 2016. Welk bedrag is toen uitgekeerd?": the question asks of the year said
        before it ("toen", "that year"), so what precedes it is what is asked about, not who asks."""
        return bool(YEAR.search(before)) and not YEAR.search(asked) and bool(
            self.lexicon.year_cues.same.search(normalise(asked)))

    def only_a_year(self, text: str) -> bool:
        """The (normalised) turn names a year, or the one before or after, and nothing else."""
        cues = self.lexicon.year_cues
        if not (YEAR.search(text) or cues.shift(text)):
            return False
        left = YEAR.sub(" ", cues.after.sub(" ", cues.before.sub(" ", text)))
        return not set(re.findall(r"[a-z]+", left)) - _YEAR_ONLY_WORDS

    def introduced(self, question: str) -> str | None:
        """What is asked after the asker introduced themselves ("Ik begin volgende maand bij het DOG. Waar is GDC voor
        bedoeld?": who asks is no part of what is asked); None when nothing introduces the asker, or when the
        introduction is part of the question (an onboarding question, a claim heard and checked, a year pointed
        back at)."""
        asked = asked_after_introduction(question)
        before = question[: question.rfind(asked)]
        if asked != question.strip() and not introduces_asker(before):
            # "hi, just moved here from bangalore. is there a python conference? when is it": the questions after
            # the introduction, however many
            asked = after_introduction(question)
            before = question[: question.rfind(asked)]
        # (a question before the one asked is no introduction: "ik ben nieuw, wat is X? en hoeveel kreeg die")
        if asked != question.strip() and "?" not in before and introduces_asker(before) and self.topic(
                normalise(asked)) != "onboarding" and not phrasing.bare_check(asked) and not self.points_at_its_year(
                before, asked) and not (names_a_numbered_group(normalise(before), self.lexicon) and (
                    phrasing.refers_back(asked) or _A_CHILD.search(normalise(asked)))):
            # ("mijn kleindochter zit in groep 1, kan die al meedoen?": the group told is what is asked of)
            # (not "i heard trendship was held in martiniplaza. is that right?": what was heard is what is asked)
            return asked
        return None

    def parse(self, question: str, default_language: Language = "nl") -> Intent:
        asked = self.introduced(question)
        if asked is not None:
            return self.parse(asked, default_language)
        shape = phrasing.read(question)
        core = shape.core  # the question without "Kun je me vertellen …" around it
        text = normalise(core)
        applicant_cue = bool(CUES["applicant"].search(text))
        entities = self.entities(core, applicant_cue=applicant_cue)
        if not applicant_cue and self.lexicon.leaves_out is not None and self.lexicon.leaves_out.search(text):
            # "other than those of Gemeente Groningen": the city left out of the rows is an applicant, not the funder
            funders = [m for m in self.entities(core, applicant_cue=True) if m not in entities]
            entities = tuple(sorted((*entities, *left_out(text, funders, self.lexicon)), key=lambda m: m.start))
        language = shape.language or self.language_of(normalise(question), self.entities(question, True), default_language)
        if (not shape.yes_no and entities and phrasing.verb_before_name(core, min(e.start for e in entities))
                and not self.property_then_name(text, entities)):
            shape = replace(shape, yes_no=True)  # "vond trendship plaats op …?": a verb before the name asks yes or no
        claim = phrasing.claimed_count_of(core)
        # "had trendship 2000 visitors": a count of people claimed, though it looks like a year
        counts_people = bool(claim and shape.yes_no and len(self.lexicon.kin(claim[1])) > 1)
        # "in de raadsbrief van 14 maart 2018": a day that names a document is no year the question is about
        dated = _DOCUMENT_DAY.sub(" ", text)
        years = tuple(int(y) for y in years_in(dated) if not (counts_people and claim and int(y) == claim[0]))
        query = self.table_query(text, entities)
        leaving = left_out(text, entities, self.lexicon)
        if query is not None and leaving:
            # "hoeveel ging er naar alles behalve onderwijs": the rows of what is left, once the name left out is
            # no mention of what is asked (a lookup of one project keeps its names: "wat deed GDBC, niet de RuG")
            kept = tuple(m for m in entities if m not in leaving)
            # ("alle projecten op de RuG na" is a table question by its name alone: its query, the name taken out)
            narrowed = self.table_query(text, kept) or without_mentions(query, leaving)
            if narrowed.operation in _SELECTING:
                query, entities = replace(narrowed, excluded=filters_for(leaving)), kept
        covered = self.vocab.years
        foreign, route = routed(query, years, covered)
        # (the table query is scoped below by the years the question is about; who claims it is no subject of it)
        expanded = self.lexicon.expand(phrasing.without_speaker(core))
        kind = answer_type(text, self.lexicon)
        measured = size_of_other(text, self.lexicon)
        if measured:  # "how big is X's network" asks how many, of the network
            kind = "count"
        by_pronoun = None if shape.role else role_by_pronoun(text)
        role = shape.role or role_by_verb(text, self.lexicon) or role_by_which(text) or by_pronoun
        if role and (not shape.role or shape.role_by_name):  # "who chairs it", "hoe heet de voorzitter": the person
            kind = "person"
        if role in self.lexicon.letter_roles and set(words(text)) & self.lexicon.document_words:
            # "wie is de contactpersoon van de brief": its steller, and the passage must say "steller", not "contact"
            role = self.lexicon.letter_roles[role]
            expanded = f"{expanded} {role}"
            terms = [t for t in self.subject_terms(expanded) if t not in self.lexicon.contact_words
                     and not any(t in words(r) for r in self.lexicon.letter_roles)]
        elif by_pronoun and role == by_pronoun:
            # "ik wil de burgemeester uitnodigen, weet u hoe hij heet": the rest is the asker's own plan
            terms = [t for t in self.subject_terms(expanded) if t in words(self.lexicon.expand(role))]
        else:
            terms = list(self.subject_terms(expanded))
        # an overview topic is asked in an open question; "when did the group approve the plan" asks a date
        topic = (self.topic(text) or self.bare_topic(text, entities)) if route == "documents" and kind == "open" else None
        if route == "documents" and self.topic(text) == "sources":
            topic = "sources"  # "welke stukken zijn er en van wanneer": their dates are in the list of sources
        if topic not in (None, "goal") and phrasing.asks_why(core) is not None:
            # "waarom noemt de brief 4 thema's en het actieplan maar 3": a reason, which the list of themes is not
            topic = None
        draft = Draft(query=query, answer_type=kind, topic=topic, yes_no=shape.yes_no,
                      topic_cue=any(c.question.search(text) for c in self.lexicon.topics.values() if not c.bare))
        if self.router is not None and self.vectorize is not None and self.mode != "rules":
            draft = self.learned(draft, text, entities)
            query = draft.query
            foreign, route = routed(query, years, covered)
        if query is not None and query.operation == "portion" and query.measure == "contribution" and (
                names_one_project(entities) and _CITYS_SHARE.search(text)):
            # "what's the city's share of the blockchain programme", "het aandeel van de gemeente in pygrunn": of that
            # one project's size, not of all the city's money
            query = replace(query, measure="total_size")
            draft = replace(draft, query=query)
        if phrasing.asks_a_limit(core) and (query is None or query.operation == "max"):
            # "what is the max subsidy per project": a cap is a rule only a passage states; the largest amount given,
            # which the table holds, is what the sources do say beside it
            query = TableQuery(operation="max", measure="contribution", filters=filters_for(entities))
            draft = replace(draft, query=query)
            foreign, route = routed(query, years, covered)
        if draft.answer_type in ("person", "name") and _WITH_WHOM.search(text):
            draft = replace(draft, answer_type="open")  # partners are organisations: "in samenwerking met CBS"
        if draft.answer_type == "person" and _ROLE_OF_A_THING.search(text):
            # "what is its role?", "wat is de rol van het DOG": what it does, not who holds a role
            draft = replace(draft, answer_type="open")
        if draft.answer_type != "open" and phrasing.asks_why(core) is not None:
            # "waarom is het DOG maar voor twee jaar opgezet?" asks a reason: "twee jaar" is no answer to it
            draft = replace(draft, answer_type="open")
        signals = Signals.read(text, self.registry, self.lexicon)
        if query is None and draft.yes_no and asks_existence(text, self.lexicon) and not not_in_the_tables(
                signals, entities, self.lexicon, text) and not claims_the_total(text, signals, self.lexicon):
            # "did amsterdam fund any projects?": not the tables' money; "did the city's money lead to 6.5 million of
            # investment?" claims a total, which the sum checks
            about = self.searched_words(core)
            if about or _GIVES_MONEY.search(text):
                # "is er een cybersecurityproject gesubsidieerd?": the tables' rows say yes or no; "does the city give
                # grants?": any row does
                query = TableQuery(operation="exists", filters=tuple(Filter(column="keyword", values=(a,)) for a in about))
                foreign, route = routed(query, years, covered)
        scope = read_years(dated, covered, self.lexicon.year_cues)
        if scope.per_year and asks_how_often(text, draft.yes_no, draft.answer_type):
            # "is it in groningen every year": how often something happens, not the money per year
            scope = replace(scope, per_year=False)
            if query is not None and query.operation == "group" and query.group_by == "year":
                query = replace(query, operation="list", group_by=None, aggregate=None)
        if query is None and compares_funding_years(scope, signals):
            # "is er in 2018 meer bijgedragen dan in 2017?" sums; "number of projects 2017 vs 2018" counts
            query, route = TableQuery(operation="count" if self.counts_rows(text, signals) else "sum"), "table"
        if query is None and draft.yes_no and claim and claim[1] in self.lexicon.table_nouns and (
                signals.annex or signals.domain):
            query, route = TableQuery(operation="count"), "table"  # "klopt het dat er 23 projecten in de bijlage staan?"
        if (query is None or query.operation in ("portion", "compare", "list")) and _STATED_AGAINST_SUM.search(text):
            # "hoe verhoudt zich het vermelde totaal tegenover de som van de drie projecten": the stated total against
            # the rows' sum, not a share, two things compared or the rows listed
            query, route = TableQuery(operation="sum", filters=filters_for(entities)), "table"
        if query is None and draft.yes_no and checks_a_figure(text, signals, self.lexicon) and not not_in_the_tables(
                signals, entities, self.lexicon, text):
            # "klopt de ruim 470.000 met de bijlage?"; "… tot 6,5 miljoen aan investeringen leidde?" claims the size
            query, route = TableQuery(operation="sum", measure="total_size" if signals.total_size else "contribution"), "table"
        partner = partner_named(text, self.lexicon)
        if partner is not None and (query is None or query.operation in ("list", "count", "sum", "exists")):
            # "which projects have a province as partner": the rows whose partners cell names one
            # (the partner named is no applicant or keyword to select by as well: "de RuG als partner")
            named = {m.value for m in entities if set(words(m.surface)) & set(partner.split("|"))}
            query = replace(query or TableQuery(operation="list"), fields=("partners",), filters=(
                *(f for f in (query.filters if query else ()) if f.column != "keyword" and not set(f.values) & named),
                Filter(column="partners", values=(partner,))))
            foreign, route = routed(query, years, covered)
        if query is not None and partner is None and asks_involvement(text, self.lexicon):
            # "in which projects was the Hanzehogeschool involved, as applicant or as a partner": its own rows and
            # those whose partners name it
            involved = tuple(as_applicant_or_partner(f, entities) for f in query.filters)
            # (the partners shown, which say why a row is selected)
            query = replace(query, filters=involved, fields=tuple(dict.fromkeys((*query.fields, "partners")))
                            if involved != query.filters else query.fields)
        share = share_in(text, self.lexicon)
        if share is not None and query is not None and query.operation == "portion" and _LISTS_ROWS.search(text):
            # "which projects were funded for 100% of their total size": rows by their share, not the share of all
            query = replace(query, operation="list")
        if share is not None and (query is None or query.operation in _SHARE_OPERATIONS):
            # "bij welke projecten betaalde de gemeente de volledige omvang": rows by the share the city paid
            query = replace(query or TableQuery(operation="list"), measure="contribution",
                            filters=(*(query.filters if query else ()), Filter(column="share", values=(share,))))
            foreign, route = routed(query, years, covered)
        if query is not None:
            query = replace(query, filters=compound_keywords(alternatives_across(query.filters, entities, core),
                                                             entities, core))
        if (query is not None and query.operation == "sum" and query.threshold is not None and draft.yes_no
                and not set(words(text)) & self.lexicon.table_nouns):
            # "heeft de gemeente in 2017 meer dan 400.000 euro bijgedragen": a claim about the total, not a filter
            # of rows ("kregen projecten meer dan 100.000 euro" filters them)
            query = replace(query, threshold=None)
        if (query is not None and query.operation == "portion" and query.measure == "contribution"
                and query.threshold is None and not any(f.column != "year" for f in query.filters)):
            # "what percentage of the 27 projects is finished": a share of something no column selects, not 100 % of
            # the money (a share of the total size, "what share did the city pay", needs no selection)
            query, route, foreign = None, "documents", None
        if query is not None and query.operation == "portion" and shares_out_people(text, self.lexicon):
            # "what percentage of the participants were women": a share of people, which no column counts (not
            # the share of the money that went to rows naming women)
            query, route, foreign = None, "documents", None
        applicant = next((m for m in entities if m.kind == "applicant"), None)
        if (query is not None and applicant is not None and query.operation in ("list", "lookup")
                and _ROLE_OF_A_THING.search(text)):
            # "wat is de rol van de hanze": its own projects, and those it is a partner in (the partners cell)
            stems = "|".join(w for w in words(applicant.surface or applicant.value) if len(w) >= 3)
            query = replace(query, operation="list", fields=("description", "partners"), filters=(
                *(f for f in query.filters if f.column != "applicant"),
                *((Filter(column="either", values=(f"applicant={applicant.value}", f"partners={stems}")),)
                  if stems else (Filter(column="applicant", values=(applicant.value,)),))))
        if query is not None and query.operation == "runs":
            # "lopen na 2018 nog door": the year bounds the period asked, it is no year of the tables
            years, foreign, route = (), None, "table"
        if query is not None and foreign is None and query.operation != "runs":
            query = scope_query(query, scope)
        if query is not None and asks_another_role(role, text, query):
            query = replace(query, fields=tuple(f for f in query.fields if f != "applicant"))
        if query is not None and phrasing.excludes_the_rows(text):
            # "de bijdrage aan het DOG zelf, dus niet de projecten": what the rows hold is what is excluded
            query, route, foreign = None, "documents", None
            if draft.answer_type == "open" and _ASKS_MONEY.search(text):
                draft = replace(draft, answer_type="amount")
        if query is not None and query.operation == "list" and not any(f.column not in ("year", "keyword")
                                                                        for f in query.filters):
            # "welke projecten zijn er voor ouderen", "what events for developers": what the rows must be about,
            # though no keyword knows it (a word a keyword matched selects already)
            matched = {w for m in (*entities, *leaving) for w in words(m.surface)}
            qualifier = qualifier_of(text)
            about = tuple(a for a in self.searched_words(qualifier) if a.split("|")[0] not in matched)
            # "voor ouderen of senioren die hun digitale vaardigheden willen verbeteren": the alternatives are the
            # group, the relative clause after them narrows it
            relative = _RELATIVE_CLAUSE.search(qualifier)
            alternatives = qualifier[: relative.start()] if relative else qualifier
            narrowing = tuple(a for a in self.searched_words(qualifier[relative.end():]) if a.split("|")[0] not in matched
                              ) if relative else ()
            if about and _ALTERNATIVES.search(alternatives):
                # "voor scholieren of kinderen": either word selects a row, the keyword matched and the one it did not
                keywords = tuple(v for f in query.filters if f.column == "keyword" for v in f.values)
                either = tuple(a for a in about if a not in narrowing)
                query = replace(query, filters=(*(f for f in query.filters if f.column != "keyword"),
                                                Filter(column="keyword", values=(*keywords, *either)),
                                                *(Filter(column="keyword", values=(a,)) for a in narrowing)))
            elif about:
                query = replace(query, filters=(*query.filters, *(Filter(column="keyword", values=(a,)) for a in about)))
        if query is not None and query.operation == "list" and asks_how_it_went(text):
            # "how did the office decide which projects get funding": how, which the rows' list does not say
            query, route, foreign = None, "documents", None
        if query is not None and query.operation == "lookup" and asks_how_it_is_done(text):
            # "how does the LIKE programme make government data accessible?": the way it does it, which its
            # description or a passage says, not its amount
            query, route, foreign = None, "documents", None
        if query is not None and phrasing.asks_meaning(core) and not _ASKS_MONEY.search(text):
            # "wat betekent digitale geletterdheid", "what does blockchain mean": what a word means, which no row's
            # amount (nor an average) answers
            query, route, foreign = None, "documents", None
        return Intent(question=question, language=language, route=route, table_query=query,
                      search_query=expanded, answer_type=draft.answer_type,
                      years=years, subject_terms=tuple(terms), entities=entities,
                      counted=measured or (counted_noun(text, self.lexicon) if draft.answer_type == "count" else None),
                      # (a name left out, "op de RuG na", is one no evidence must mention; nor is a receiver read
                      # across a cue, "everything apart from education")
                      names=tuple(n for n in self.names_in(core, text, entities, keywords=query is None)
                                  if not set(words(n)) <= {w for m in leaving for w in words(m.surface)}
                                  and not (leaving and self.lexicon.leaves_out and self.lexicon.leaves_out.search(n))),
                      foreign_year=foreign,
                      topic=draft.topic if route == "documents" else None, yes_no=draft.yes_no, role=role,
                      measured=measured, giver=giver_of(text, self.lexicon),
                      # "de brief zelf", "the programme itself": every passage of the letter, or of the subject's own
                      # documents, is theirs without naming them
                      emphasised=tuple(w for w in emphasised(text) if w not in self.lexicon.document_words
                                       and w not in self.lexicon.subject_words and w not in self.lexicon.generic_names))

    def names_in(self, core: str, text: str, entities: Sequence[Match], keywords: bool = True) -> tuple[str, ...]:
        """Names the evidence must mention: capitalised words, the projects and applicants matched (as the table
        names them, however they were typed), and who a "how much did X receive" question is about."""
        named = [normalise(m.value) for m in entities if m.kind in ("project", "applicant")]
        # a capitalised word of a row's name as typed ("the Google Digital Workshop", its English rendering) is that
        # row's: the row's own name is what a passage must say, not the typed word ("Workshop")
        typed = {w for m in entities if m.kind in ("project", "applicant") for w in words(m.surface)}
        proper = [n for n in proper_names(core, self.lexicon) if not set(words(n)) <= typed]
        found = dict.fromkeys([*proper, *named, *self.named_as_a_project(text, entities),
                               *receiver_names(text, entities, self.lexicon, self.known_words, keywords),
                               *unknown_bodies(text, self.lexicon, self.known_words)])
        # ("wie was nummer twee?": a place in a ranking, no name; "hoe groot is het verschil?": a figure computed)
        return tuple(n for n in found if not RANK_NAMED.fullmatch(n)
                     and not set(words(n)) <= self.lexicon.derived_figures)

    def named_as_a_project(self, text: str, entities: Sequence[Match]) -> tuple[str, ...]:
        """A name typed after "het project" / "the project" ("wat doet het project girls code groningen"), unless a
        project or applicant matched there: the rows must carry it, not only a keyword in it ("girls")."""
        found = _PROJECT_NAMED.search(normalise(text))
        if found is None or any(m.kind in ("project", "applicant") and m.start < found.end("name")
                                and m.end > found.start("name") for m in entities):
            return ()
        name = found.group("name")
        # (a name has no function word or filler in it: "het programma nou een succes geworden" names nothing)
        lex = self.lexicon
        plain = ((lex.function_words | lex.generic_question_words | lex.existence_words) - lex.generic_names) | set(
            phrasing.FILLERS.split("|"))
        return (name,) if len(words(name)) >= 2 and not set(words(name)) & plain else ()

    def property_then_name(self, text: str, entities: Sequence[Match]) -> bool:
        """"omvang trendship", "partners pygrunn 2017": keywords, a word that alone asks a property and a name after
        it with nothing more, not a verb asking yes or no ("vond trendship plaats?" has a verb and the rest of its
        clause; "bestaat trendship?" asks no property)."""
        first = re.match(r"\s*([a-z]+)\s+", text)
        last = max(entities, key=lambda e: e.end)
        rest = re.sub(r"\b(?:19|20)\d{2}\b|[?!.\s]", "", text[last.end:])
        if first is None or rest:
            return False
        word = first.group(1)
        return (word in self.lexicon.row_words or Signals.read(word, self.registry, self.lexicon).asks_something
                or answer_type(word, self.lexicon) != "open")

    def learned(self, draft: Draft, text: str, entities: Sequence[Match]) -> Draft:
        """The draft the rules made, corrected (mode "both") or replaced (mode "examples") by the nearest examples."""
        assert self.router is not None and self.vectorize is not None
        vector = self.vectorize(text)
        operation, prop = self.router.vote(vector, "operation"), self.router.vote(vector, "property")
        if operation is None or prop is None:
            return draft
        s = Signals.read(text, self.registry, self.lexicon)
        if self.mode == "examples":
            return Draft(query=self.query_for(operation.label, prop.label, text, entities, s),
                         answer_type=_KIND_OF.get(prop.label, "open"), topic=_TOPIC_OF.get(prop.label),
                         yes_no=prop.label == "yes_no")
        query, kind, topic, yes_no = draft.query, draft.answer_type, draft.topic, draft.yes_no
        sure = operation.confident(ROUTER_SHARE, ROUTER_SIMILARITY)
        if (query is None and sure and operation.label != "prose" and names_a_selection(entities, operation.label, s)
                and not not_in_the_tables(s, entities, self.lexicon, text)
                and not (operation.label in _RANKED and ranks_by_quality(text, self.lexicon))):
            query = self.query_for(operation.label, prop.label, text, entities, s)
        elif query is not None and sure and operation.label == "prose" and is_weak_table_question(s, entities) and not (
                lists_rows(text, s, entities, self.lexicon)):  # "what events are there": the rules' listing holds
            query = None
        if prop.confident(ROUTER_SHARE, ROUTER_SIMILARITY):
            # (a share asked is open on purpose: "welk percentage van de bezoekers" asks no count)
            if (kind == "open" and prop.label in _KIND_OF and not (prop.label == "role" and asks_role_of_thing(text))
                    and not _PERCENT.search(text)):
                kind = _KIND_OF[prop.label]
            # a topic word the rules set aside (it only follows the head, as in "a website with the themes") stays aside;
            # a passage topic never stands in for the figure the rules read ("wat kost het DOG aan personeel" asks a
            # cost, not who pays)
            if (topic is None and not draft.topic_cue and prop.label in _TOPIC_OF and query is None
                    and kind not in _FIGURES):
                topic = _TOPIC_OF[prop.label]
            if topic == "onboarding" and not self.lexicon.topics["onboarding"].question.search(text):
                # the newcomer's reading path only for one who says they are new: "how do i sign up" asks a procedure
                topic = draft.topic
        return Draft(query=query, answer_type=kind, topic=topic, yes_no=yes_no, topic_cue=draft.topic_cue)

    def query_for(self, operation: str, prop: str, text: str, entities: Sequence[Match], s: Signals) -> TableQuery | None:
        """A table query for an operation the examples chose, over what the question names."""
        if operation == "prose" or operation not in self.registry and operation not in ("max", "min"):
            return None
        if operation in ("lookup", "profile") and not names_one_project(entities) and operation != "profile":
            operation = "list"
        if self.applicable(operation, entities) is None and operation in ("profile", "compare"):
            return None
        measure: Measure = "total_size" if prop == "size" or s.total_size else "contribution"
        filters = filters_for(entities)
        if operation == "top":
            return top_query(text, measure, filters, entities)
        if operation == "group":
            return TableQuery(operation="group", aggregate="sum", measure=measure, filters=filters,
                              group_by=s.group_by or "theme")
        if operation == "compare":
            return compare_query(measure, entities, self.vocab.owners)
        fields: tuple[Field, ...] = ("total_size",) if measure == "total_size" and operation == "lookup" else ()
        return TableQuery(operation=operation, measure=measure, filters=filters, fields=fields)

    def topic(self, text: str) -> Topic | None:
        """The overview topic a prose question asks: the one whose cue comes first in the question's head clause
        ("Op welke thema's ligt de focus?" asks the themes; "Op welke website staat een overzicht van de thema's?"
        asks a website, the themes only follow it), the lexicon's order breaking ties."""
        chosen = self._topic_in(asking_sentence(text)) or self._topic_in(text)
        if chosen == "onboarding":
            # "I'm new at the office. What are the main goals?": the newcomer asks something the sources answer
            asked = [(m.start(), name) for name, cues in self.lexicon.topics.items()
                     if name not in ("onboarding", "out_of_scope") and not cues.bare and (m := cues.question.search(text))]
            chosen = _TOPIC_OF[min(asked)[1]] if asked else chosen
        return chosen

    def _topic_in(self, text: str) -> Topic | None:
        head = head_clause_end(text)
        found = [(m.start(), i, name) for i, (name, cues) in enumerate(self.lexicon.topics.items())
                 if not cues.bare and (m := cues.question.search(text)) and m.start() < head
                 and not (cues.unless and cues.unless.search(text))]
        return min(found)[2] if found else None  # type: ignore[return-value]

    def bare_topic(self, text: str, entities: Sequence[Match]) -> Topic | None:
        """A topic asked of the subject itself: "wat is GDC?", "tell me about the programme" name nothing besides the
        programme's own (generic) name once the cue is taken out; "wat is het adres van het DOG" names an address."""
        if entities:
            return None
        for name, cues in self.lexicon.topics.items():
            # (the cue's own words taken out, not all it spans: "wat houdt het DOG in" names the DOG)
            if cues.bare and cues.question.search(text) and set(self.subject_terms(text)) - cues.words <= cues.padding:
                return _TOPIC_OF[name]
        return None

    def language_of(self, text: str, entities: Sequence[Match], default: Language) -> Language:
        """The asker's language, from the question's own words: the names it mentions ("Blockchain in Education",
        "Digitale Werkplaats") say nothing about the language it is asked in."""
        own = text
        for m in entities:  # (a keyword is a word of the asker's language: "schools" in a Dutch question)
            if m.kind != "keyword":
                own = own[: m.start] + " " * (m.end - m.start) + own[m.end :]
        return detect_language(own, self.lexicon.language_votes, default=default)

    def searched_words(self, question: str) -> tuple[str, ...]:
        """What an existence question looks for in the rows: each content word (not a funding, table or existence
        word), with its Dutch glossary words as alternatives ('|'), as keyword stems."""
        lex = self.lexicon
        skip = lex.funding_words | lex.table_nouns | lex.existence_words | lex.transfer_verbs
        # "… for women in IT or is that just talk?": the alternative after "or is / of is" asks nothing of the rows
        question = phrasing.without_or_else(question)
        # (nor a function word, "also", nor the programme itself, "dat digital city plan")
        skip = skip | lex.function_words | lex.subject_words | lex.light_verbs
        # a slip in a long word finds no row and would be a wrong "no": "programeerles" is "programmeerles(sen)"
        searched = [w if lex.said_in(w, self.known_words) else slip_of_a_start(w, self.known_words) or w
                    for w in self.subject_terms(question) if w not in skip and len(w) > 2 and not w.isdigit()]
        return tuple(self.compound_searched(w) or "|".join(dict.fromkeys(
            [w, *(d for d in words(lex.glossary.get(w, "")) if len(d) > 2)])) for w in searched)

    def compound_searched(self, word: str) -> str | None:
        """A compound the sources never write ("basisschoolkinderen"): the stems of either part, as alternatives (a
        row about primary schools or about children); None for a word they write."""
        if self.lexicon.said_in(word, self.known_words):
            return None
        parts = compound_parts(word, self.known_words | frozenset(self.lexicon.keywords))
        if parts is None:
            return None
        return "|".join(dict.fromkeys(s for p in parts for s in self.lexicon.keywords.get(p, (p,))))

    def subject_terms(self, question: str) -> tuple[str, ...]:
        """Content words of a question that evidence must touch: not generic domain words, not a year the tables
        cover (every table row is about one)."""
        generic = self.lexicon.generic_question_words | {str(y) for y in self.vocab.years}
        return tuple(dict.fromkeys(w for w in words(question) if w not in generic and len(w) > 1))

    def table_query(self, text: str, entities: Sequence[Match]) -> TableQuery | None:
        """A whitelisted query when the question is about the project table, else None."""
        s = Signals.read(text, self.registry, self.lexicon)
        if not is_table_question(s, entities, self.lexicon, text):
            return None
        measure: Measure = "total_size" if s.total_size or (s.size_word and not s.size_other) else "contribution"
        ranked_grant = _RANKED_GRANT.search(text)
        if ranked_grant and measure == "total_size":
            # "largest single grant 2017 - recipient, amount, total project size": the grant is what is ranked, its
            # project's size one more thing asked of it
            measure = "contribution"
        operation = self.applicable(s.operation, entities)
        if operation in _RANKED and ranks_by_quality(text, self.lexicon):
            return None  # "welk project was het meest geslaagd": a quality no column holds, not the most money
        if s.operation == "compare" and threshold_in(text) is not None:
            # "how many projects got more than fifty thousand euros": a threshold in words, not two items compared
            operation = next((o for o in self.registry.cued(text) if o != "compare" and self.applicable(o, entities)),
                             None)
        if s.operation == "compare" and operation is None and len(set(years_in(text))) >= 2:
            # "compare the subsidies of 2017 and 2018": each year's total (scoped by year below); "number of
            # projects 2017 vs 2018" counts them
            operation = "count" if self.counts_rows(text, s) else "sum"
        # (with an amount's bound, "wie kreeg minder dan 2000 euro" lists the rows within it, each with its applicant)
        if lists_receivers(text, self.lexicon) and operation in (None, "sum") and not names_a_row(entities) \
                and threshold_in(text) is None:
            # "which companies got money": who received, each applicant with what its rows got together
            return TableQuery(operation="group", aggregate="sum", measure=measure, filters=filters_for(entities),
                              group_by="applicant")
        if names_one_project(entities) and asks_what_it_is(text, entities) and not _WHAT_IT_COSTS.search(text):
            operation = "profile"  # "wat is PyGrunn?", "whats trendship": the project told, not one of its cells
        if operation is not None and names_one_project(entities) and not self.names_rows_apart(entities):
            operation = self.registry[operation].for_one_project or operation
        elif operation == "sum" and measure == "total_size" and not s.explicit_sum and s.listing:
            # "welke projecten hebben een totale projectomvang boven …": the column's name, not a sum; "wat was de
            # totale projectomvang in 2017" asks one figure
            operation = None
        if operation is None and s.counted in self.lexicon.table_nouns and not names_one_project(entities):
            operation = "count"  # "de brief noemt 27 projecten, hoeveel staan er in de bijlage?"
        if operation is None:
            operation = "lookup" if names_one_project(entities) else (
                "sum" if sums_a_selection(s, entities, measure) else "list")
        fields = asked_fields(s, measure, operation)
        if ranked_grant and s.total_size and "total_size" not in fields:
            fields = (*fields, "total_size")
        if operation == "lookup" and asks_theme_of_project(text, entities) and "theme" not in fields:
            # "wat is het thema van trendship", "theme trendship": its theme cell, not what "wat is" asks of it
            fields = (*(f for f in fields if f != "description" or s.description_explicit), "theme")
        if operation == "lookup" and _WHAT_IT_COSTS.search(text) and not costs_the_city(text) and not s.total_size:
            # "wat kost programmeren in de klas": what the project costs in all, and the city's part of it
            fields = ("total_size", "contribution")
        if operation == "lookup" and not fields and _HAPPENED.search(text) and not _ASKS_MONEY.search(text):
            # "what happened at the google digitale werkplaats": the project told, not its amount alone
            operation = "profile"
        if (operation in ("max", "min") and _PLURAL_ROWS.search(text) and not names_one_project(entities)
                and threshold_in(text) is None):  # "which projects received at least €50,000" is a threshold
            operation = "top"  # "which projects got the least money": a plural superlative is a top N, ties kept
        if operation == "top":
            return top_query(text, measure, filters_for(entities), entities)
        if operation == "nth":  # "het op één na grootste project": the rows down to that place
            return TableQuery(operation="nth", measure=measure, filters=filters_for(entities),
                              limit=ordinal_place(text), descending=not _SMALLEST.search(text))
        if operation == "compare":
            return compare_query(measure, entities, self.vocab.owners)
        if operation == "missing":
            return TableQuery(operation="missing", measure=measure, filters=filters_for(entities),
                              fields=checked_fields(s, text))
        if operation in _KEPT_OPERATIONS:
            # who has several projects is an applicant; who comes back may be a project too
            by: GroupColumn = "applicant" if operation == "several" else kept_by(s)
            return TableQuery(operation=operation, measure=measure, filters=filters_for(entities), group_by=by)
        extreme_group = _EXTREME_GROUP.search(text)
        if operation in ("max", "min") and extreme_group and not names_one_project(entities):
            # "which theme got the most money": the totals per theme, the largest first
            return TableQuery(operation="group", aggregate="sum", measure=measure, filters=filters_for(entities),
                              group_by=_GROUP_COLUMNS[extreme_group.group(1)], limit=1, descending=operation == "max")
        if s.group_by is not None:
            inner = operation if operation in self.registry and self.registry[operation].groupable else "sum"
            # (the sums per group state each group's count beside its money)
            inner = "sum" if inner == "count" and asks_money_beside_the_count(s, text) else inner
            return TableQuery(operation="group", aggregate=inner, measure=measure, filters=filters_for(entities),
                              group_by=s.group_by, fields=fields)
        across = compared_rows_across(entities, self.vocab.owners)
        if across is not None and operation in _ADDED_UP:
            # "hoeveel kregen PyGrunn en Coders Academy samen": the rows of either name, not rows named by both
            return TableQuery(operation=operation, measure=measure, filters=filters_across(entities, across),
                              fields=fields)
        bounds = range_in(text)
        return TableQuery(operation=operation, measure=measure, filters=filters_for(entities), fields=fields,
                          threshold=(">=", bounds[0]) if bounds else threshold_in(text),
                          ceiling=("<=", bounds[1]) if bounds else None)

    def scoped(self, query: TableQuery, question: str) -> TableQuery:
        """The query limited to the years the question asks about."""
        return scope_query(query, read_years(normalise(question), self.vocab.years, self.lexicon.year_cues))

    def names_rows_apart(self, entities: Sequence[Match]) -> bool:
        """A project and an applicant that is not its own are named: rows of each, not one row named twice."""
        return compared_rows_across(entities, self.vocab.owners) is not None

    def applicable(self, operation: str | None, entities: Sequence[Match]) -> str | None:
        """The cued operation, unless it needs what the question does not name (one project, two items)."""
        if operation is None:
            return None
        op = self.registry[operation]
        if op.needs_selection and not {"project", "applicant", "keyword"} & _kinds(entities):
            return None
        if op.needs_two_items and compared_column(entities) is None and not self.names_rows_apart(entities):
            return None
        return operation

    def among(self, mine: TableQuery, base: TableQuery, answer: str, ranks_again: bool = False) -> TableQuery:
        """A follow-up's query over the rows the previous one selected: "… and how much in total?" keeps them,
        "welke daarvan staan onder Anders?" adds its own selection to theirs. A threshold on the other amount
        ("welke daarvan had de grootste omvang" after "kregen € 10.000") cannot be carried over, so the rows are then
        the projects the previous answer named."""
        # "… en welk thema kreeg het meest?" after one theme's sum ranks every theme: a selection on the column the
        # follow-up groups by is not kept
        own = {f.column for f in mine.filters} | ({mine.group_by} if mine.group_by else set())
        filters = (*mine.filters, *(f for f in base.filters if f.column not in own))
        carried = base.threshold if mine.threshold is None and mine.measure == base.measure else None
        query = replace(mine, filters=filters, threshold=mine.threshold or carried)
        if base.threshold and query.threshold is None:
            assert self.matcher is not None
            found = tuple(self.matcher.find(answer, kinds=("project",)))
            query = replace(query, filters=(*filters, *filters_for(found)) if found else filters)
        given = self.projects_given(answer) if base.operation in _RANKED and not ranks_again else ()
        if given:
            # "… hoe groot was de totale projectomvang daarvan?" after the largest grant: the rows the ranking placed,
            # not every row it ranked; of one project, its cell
            query = replace(query, filters=(*query.filters, *filters_for(given)))
            if len({m.value for m in given}) == 1 and query.operation == "sum":
                query = replace(query, operation="lookup", fields=(query.measure,))
        return query

    def projects_given(self, answer: str) -> tuple[Match, ...]:
        """The projects an answer gives: the project cell of each annex row it quotes ("| | PyGrunn | WEB11 |") and
        each project it puts in bold, or, where it does neither, each it names. An applicant's cell ("WEB11") names
        no project, though one project is called after it."""
        assert self.matcher is not None
        given = [*_ROW_CELL.findall(answer), *_BOLD.findall(answer)]
        # (a source's label names no project: "From the web article …" is no "Web 11")
        return tuple(m for text in (given or [_SOURCE_LABEL.sub("", answer)])
                     for m in self.matcher.find(text, kinds=("project",)))

    def points_at_what_was_said(self, intent: Intent, previous: Intent, text: str) -> bool:
        """"Wat is dat?" after a turn that named something of its own ("ze hebben het steeds over 'Digideal'"): the
        overview a bare "wat is" asks of the programme is asked of that thing. After "wat is GDC?" it is the
        programme still."""
        cues = self.lexicon.topics.get(intent.topic) if intent.topic else None
        if cues is None or not cues.bare or previous.topic is not None or not _POINTER_WORD.search(text):
            return False
        # the nearest thing told is what "dat" points at: "… een week voor ouderen, en nu kwam ik de naam Groningen
        # Digital City tegen. wat is dat?" asks of the programme, though the clauses before name other things
        nearest = re.split(r"[.!?;,]\s*", previous.question.strip().rstrip(".!?;, "))[-1]
        own = set(self.subject_terms(normalise(nearest))) - self.lexicon.subject_words
        return bool(own - self.lexicon.generic_question_words - self.lexicon.generic_names)

    def thing_pointed_at(self, intent: Intent, text: str) -> tuple[str, ...]:
        """The noun a pointing word stands before in a follow-up asking a typed answer ("who runs that traineeship"):
        a name or a date is the one a sentence gives of that thing, not of a row beside it. Not a generic noun
        ("dat project", "that programme"), and only a word the sources say."""
        if intent.answer_type == "open":
            return ()
        return tuple(w for w in _DEMONSTRATIVE_NOUN.findall(text)
                     if w not in self.lexicon.common_words and w not in self.lexicon.programme_words
                     and w in self.known_words)

    def counts_rows(self, text: str, s: Signals) -> bool:
        """The question counts rows ("number of projects", "meer projecten") rather than summing their money."""
        counts = self.registry["count"].cue
        return bool(counts is not None and counts.search(text)) or s.counted in self.lexicon.table_nouns

    def the_one_row_told(self, answer: str) -> Match | None:
        """The project an answer names in full, when it names exactly one (none for an answer naming several or
        none; a word like one of a name's, "naadloos" for "Draadloos", names nothing)."""
        assert self.matcher is not None
        found = {m.value: m for m in self.matcher.find(answer, kinds=("project",)) if says_in_full(answer, m.value)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _with_context(self, intent: Intent, previous: Intent, answer: str, continues: bool = False) -> Intent:
        """Resolve a follow-up against the previous turn (already resolved itself)."""
        # ("ok en wat voor scholen deden er mee dan": an acknowledgement first is no part of the follow-up)
        text = normalise(phrasing.without_opening(intent.question))
        cues = self.lexicon.topics.get(intent.topic) if intent.topic else None
        if cues is not None and cues.unless is not None and cues.unless.search(normalise(previous.question)):
            # "how were projects selected for subsidy, what criteria did they use": the criteria of the selection
            # the turn before asked about, not the programme's continuation
            intent = replace(intent, topic=None)
        # "what about the Anders part?", "en hoe zit het met Web 11?": the earlier question, asked of a new subject
        elliptic = _WHAT_ABOUT.match(text)
        text = text[elliptic.end():] if elliptic else text
        signals = Signals.read(text, self.registry, self.lexicon)
        # what a count counts ("how many students … from it") is no subject of its own: "it" is still the last one
        # nor is the kind a "which" asks of a thing pointed at ("welke scholen doen er aan mee": schools, of Digideal)
        subject = any(m.kind in ("project", "applicant", "theme", "keyword", "section") for m in intent.entities
                      if not (m.kind == "keyword" and intent.counted and words(intent.counted)[-1:] == words(m.surface)[-1:])
                      and not (m.kind == "keyword" and _POINTS_AT_A_THING.search(text)
                               and re.search(rf"\b(?:welke|which|what|wat voor|what kind of|what sort of|welk soort)"
                                             rf"\s+{re.escape(m.surface)}", text)))
        # (after what the asker told before the question, no answer between, any pointing word points at it: "I read
        # something about an urban data center. who is the city doing that with")
        points_back = phrasing.refers_back(text)  # ("dat", "it", "het" alone: read once, asked of below)
        told = not answer.strip() and points_back
        # (a table answer says which rows it is about itself; a passage quoting one row does not)
        # (nor does a ranking that named one row: "welk project kreeg de hoogste bijdrage" → "… de omvang daarvan")
        # (not after an overview topic: "is cybersecurity in there?" after the focus for 2018 points at that focus,
        # not at "Blockchain in Education" named inside it)
        told_row = self.the_one_row_told(answer) if points_back and not subject and previous.topic is None and (
            previous.route == "documents" or ranks_rows(previous)) and not names_a_row(previous.entities) else None
        if told_row is not None:
            # "wie doen daar allemaal aan mee?" after "wordt er op basisscholen iets met programmeren gedaan?" was
            # answered with one project's row: "daar" is that project
            previous = replace(previous, entities=(told_row,), route="table", table_query=TableQuery(
                operation="lookup", filters=(Filter(column="project", values=(told_row.value,)),)))
        cue = bool(elliptic or CUES["followup"].search(text) or CUES["singular_ref"].search(text) or told)
        short = len(text.split()) <= 6 or continues
        base = previous.table_query if previous.route == "table" else None
        search = f"{previous.search_query} {intent.search_query}"
        several = tuple(dict.fromkeys(m.value for m in previous.entities if m.kind == "project"))
        if not subject and len(several) > 1 and _WHAT_THEY_ARE.match(text):
            # "what are they?", "whats each one" after two projects' figures: each of them told, not the programme
            return replace(intent, route="table", table_query=TableQuery(operation="profile", filters=(
                Filter(column="project", values=several),)), entities=previous.entities, topic=None, followup=True,
                foreign_year=None, answer_type="open", search_query=search)
        years = read_years(text, self.vocab.years, self.lexicon.year_cues)
        shift = self.lexicon.year_cues.shift(text)
        if shift and not years.named and (previous.years or self.vocab.years):
            # "en in het jaar ervoor?": the year next to the one the previous question was about
            year = (previous.years or self.vocab.years)[-1] + shift
            years = read_years(f"{text} {year}", self.vocab.years, self.lexicon.year_cues)
            if not intent.years and intent.table_query is None:
                # "… en hoeveel deelnemers had trendship het jaar daarvoor": a passage must speak of that year
                intent = replace(intent, years=(year,))
        counts_other = intent.answer_type == "count" and intent.table_query is None and bool(
            intent.counted) and intent.counted not in self.lexicon.table_nouns
        project = base.filters if base is not None and any(f.column == "project" for f in base.filters) else ()
        if counts_other and base is not None and not project and not subject and base.operation in _FIGURE_OPERATIONS:
            # "… and how many people were reached by them?" after a count of projects: people, whom no row counts
            return replace(intent, followup=True, search_query=search, entities=intent.entities or previous.entities)
        if counts_other and project and not subject:
            # "… en hoeveel bezoekers komen er gemiddeld?": people the project's row may count in its description,
            # never an average of its money
            return replace(intent, route="table", table_query=TableQuery(operation="lookup", filters=project),
                           followup=True, search_query=search, entities=previous.entities)
        if _WHO_DECIDED.search(text) or (intent.giver and intent.table_query is None):
            # "… en wie heeft dat besloten?": a decider, whom no row names (its applicant asked for the money); "… en
            # hoeveel van de provincie?": another giver's money, which no table holds; both of the same subject
            return replace(intent, followup=True, search_query=search, entities=intent.entities or previous.entities)
        overview = _OVERVIEW_AFTER.get(previous.topic or "", {})
        asked_next = next((topic for cue, topic in overview.items() if re.fullmatch(cue, text.strip(" ?!."))), None)
        if asked_next is not None and not subject:
            # "wat is GDC?" → "en waarom?": what it is for; → "wie nog meer?": who else is involved
            return replace(intent, route="documents", table_query=None, topic=asked_next, answer_type="open",
                           followup=True, search_query=search, foreign_year=None)
        term = phrasing.defined_term(intent.question)
        if term and not subject and not set(term.split()) <= set(previous.subject_terms):
            return intent  # "… en wat is eduroam precies?": a term of its own, not the previous project's cell
        if base is not None and not subject and phrasing.asks_why(intent.question) is not None:
            # "why?" after a figure: the tables hold no reasons; a passage about the same thing may give one
            # (about the row the figure was of: a refusal offers that row, not the programme's total)
            return replace(intent, route="documents", table_query=None, search_query=search, followup=True,
                           subject_terms=tuple(dict.fromkeys(intent.subject_terms + previous.subject_terms)),
                           years=intent.years or previous.years, entities=intent.entities or previous.entities)
        if subject and base is not None and (cue or short) and not signals.asks_something:
            # "And Web 11?" / "And to infrastructure?": the previous question about a new subject, in its years.
            query = self.table_query(normalise(previous.question), intent.entities)
            query = scope_query(self.scoped(query, previous.question), years) if query else base
            return replace(intent, route="table", table_query=query, followup=True, foreign_year=None, search_query=search)
        if base is not None and years.uncovered and not years.asked and (cue or short) and not signals.asks_something:
            # "En in 2019?" with no table for 2019: refused as the previous question would be, naming the covered years
            return replace(intent, route="documents", table_query=base, followup=True, foreign_year=years.uncovered[0],
                           entities=previous.entities, search_query=search, years=intent.years or years.named)
        if base is not None and asks_other_years(years) and (cue or short) and not signals.asks_something and not (
                asks_how_often(text, intent.yes_no, intent.answer_type)):  # "is it there every year" asks no money
            # "En in 2018?" / "And the year before?": the previous question, for the years this one names.
            return replace(intent, route="table", table_query=scope_query(base, years), followup=True,
                           foreign_year=None, entities=previous.entities, search_query=search)
        goes_on = _GOES_ON.match(text)
        kinds_named = bool(intent.entities) and all(m.kind == "keyword" for m in intent.entities)
        for_which = goes_on is not None and kinds_named and len(text[goes_on.end():].split()) <= 2
        # "… and for what?", "en waarvoor?": what the rows just given were for
        for_what = base is not None and bool(base.filters) and bool(_PURPOSE.fullmatch(text.strip(" ?!.")))
        if base is not None and (for_which or for_what):
            # "how much did WEB11 get and for which events?": what the rows just given were for, each described
            # ("events" names what they are, not a word their descriptions must use); "in which year?" names no
            # kind of row, and "voor welke projecten van 2018?" asks more
            query = TableQuery(operation="list", measure=base.measure, filters=base.filters, fields=("description",))
            return replace(intent, route="table", table_query=query, followup=True, foreign_year=None,
                           entities=previous.entities, search_query=search)
        if subject and base is not None and CUES["of_those"].search(text):
            # "En welke daarvan staan onder 'Anders'?": its own selection, among the rows the previous answer gave
            selection = intent.table_query or TableQuery(operation="list", measure=base.measure,
                                                         filters=filters_for(intent.entities))
            return replace(intent, route="table", table_query=self.among(selection, base, answer), followup=True,
                           foreign_year=None, search_query=search)
        if subject and base is not None and signals.operation == "compare" and compared_column(intent.entities) is None \
                and not self.names_rows_apart(intent.entities):
            # "is dat meer dan Web 11?" after PyGrunn's figure: the previous subject against the one named now; after a
            # ranking ("the second biggest"), the row the answer ranked
            assert self.matcher is not None
            earlier = previous.entities or (tuple(self.matcher.find(answer, kinds=("project",)))[:1]
                                            if base.operation in _RANKED else ())
            both = (*earlier, *intent.entities)
            compared = self.table_query(text, both)
            if compared is not None and compared.operation == "compare":
                return replace(intent, route="table", table_query=self.scoped(compared, previous.question),
                               entities=both, followup=True, foreign_year=None, search_query=search)
        rows = tuple(m for m in previous.entities if m.kind in ("project", "applicant"))
        if base is None and rows and CUES["of_those"].search(text) and intent.table_query is None:
            # "how many of them were students?" after the people at Trendship: of Trendship's, not any row's
            return replace(intent, entities=(*rows, *intent.entities), names=tuple(dict.fromkeys(
                previous.names + intent.names)), followup=True, search_query=search,
                subject_terms=tuple(dict.fromkeys(intent.subject_terms + previous.subject_terms)))
        if (intent.table_query is not None and not intent.years and previous.years and points_back
                and not set(previous.years) & set(self.vocab.years)):
            # "hoe wordt dat bedrag over de thema's verdeeld?" after the 4 tot 6 ton expected for 2018: 2018's split,
            # which no table holds, not 2017's rows
            return replace(intent, years=previous.years, foreign_year=previous.years[0], followup=True,
                           search_query=search)
        mine = intent.table_query
        if subject and base is not None and base.filters and mine is not None and mine.operation == "portion" \
                and points_back:
            # "… what percentage of that programme's total went to X": X's share of the whole the turn before selected
            return replace(intent, table_query=self.among(mine, base, answer), followup=True, search_query=search)
        if subject or not (cue or short):
            return intent
        answered_row: tuple[Match, ...] = ()
        # ("is there a python conference? … did the city chip in?": whether it got money is asked of it too)
        funded_asked = intent.yes_no and signals.amount and not intent.entities
        # ("… een hackathon waar scholieren aan mee kunnen doen?" → "wie organiseert die?": its row's applicant)
        cell_asked = (intent.answer_type == "person" and bool({"applicant", "partners"} & set(signals.fields))
                      and not intent.entities)
        if base is None and not rows and (intent.answer_type in _OF_A_ROW or funded_asked or cell_asked) and (
                CUES["singular_ref"].search(text) or points_back or funded_asked):
            # "is there anything for girls in IT? how much money did it get", "did the city support a python
            # conference? in which month did it take place", "… en wanneer was dat?": the one project the passage
            # answering the turn before names ("| | Django Girls | OTP | € 383 |"), when it names one
            named = self.projects_given(answer)
            rows = answered_row = named[:1] if len({m.value for m in named}) == 1 else ()
        if answered_row and intent.answer_type not in ("amount", "person") and intent.counted not in self.lexicon.table_nouns:
            # its date, place or count: what its row's description states, as asked of it by name
            return replace(intent, route="table", table_query=TableQuery(operation="lookup", filters=filters_for(rows)),
                           entities=rows, followup=True, topic=None, foreign_year=None, search_query=search,
                           names=tuple(m.value.lower() for m in rows))
        if base is None and rows and (intent.answer_type == "amount" or signals.asks_table_field or cell_asked):
            # "trendship 2017 how many people came" → "how much did the city put into it?": a count from its row's
            # description before, its money now; "does the hackathon take place in groningen" → "and who are the
            # partners on it": its row's partners
            query = self.table_query(text, rows)
            if query is not None:  # (a cell of its row: no overview of who is involved in the programme)
                return replace(intent, route="table", table_query=query, entities=rows, followup=True, topic=None,
                               foreign_year=None, search_query=search, names=previous.names)
        if base is None and set(words(text)) & self.lexicon.document_words and _ANOTHER_ONE.search(text):
            # "die brief van december 2016, welk kenmerk had die? en wat is het kenmerk van de nieuwe raadsbrief":
            # another document than the one before, asked of by its own words
            return intent
        if base is None:
            # "who signed the letter?" → "what is its reference number?": the letter's detail; the signers' words
            # are no subject a passage giving it must speak of
            detail = intent.answer_type in ("reference", "email", "website", "address") and previous.answer_type in (
                "person", "name") and bool(_ITS.search(text))  # "their number" is the person's, "its" the letter's
            # "… en wie heeft die raadsbrief dan ondertekend?": a detail of the document the follow-up names itself
            # carries nothing of the turn before (there, an alderman no passage names)
            of_a_document = intent.answer_type in ("person", "date") and bool(
                set(words(text)) & self.lexicon.dated_documents.keys())
            if of_a_document:
                carried_terms: tuple[str, ...] = ()
            elif detail:
                carried_terms = tuple(t for t in previous.subject_terms if t in self.lexicon.document_words)
            elif asks_its_own_thing(intent, self.lexicon) and previous.names:
                # "uit hoeveel fte bestond het DOG?" → "wie leverden capaciteit of financiering?": of the same thing
                # (its name), not of the fte the turn before asked
                carried_terms = tuple(t for t in previous.subject_terms if any(t in words(n) for n in previous.names))
            else:
                carried_terms = previous.subject_terms
            terms = tuple(dict.fromkeys(intent.subject_terms + carried_terms))
            # "what is digideal" → "how much money went to it": a sentence about Digideal, not any sum of money in
            # a passage that also names it
            thing = thing_asked(normalise(phrasing.read(previous.question).core), self.known_words) if (
                CUES["singular_ref"].search(text) or CUES["followup"].search(text)) else None
            figure = intent.answer_type in ("amount", "count")  # "who leads it" may be said of "dit" in a sentence
            # "welke scholen doen er aan mee" after Digideal: a word pointing at the thing asks of it, whatever kind
            thing = thing if figure or _POINTS_AT_A_THING.search(text) else None
            it = (thing,) if thing else ()
            stressed = (*intent.emphasised, *(words(thing) if thing else ()), *self.thing_pointed_at(intent, text))
            if intent.table_query is not None and not intent.table_query.filters and CUES["followup"].search(text) \
                    and points_back:
                # "… en hoeveel subsidie kreeg die?" after a passage about something no row is: its money, not all rows'
                # ("en hoeveel rijen telt de bijlage?" points at nothing: the table's rows)
                return replace(intent, route="documents", table_query=None, search_query=search, subject_terms=terms,
                               names=tuple(dict.fromkeys((*intent.names, *previous.names, *it))), followup=True,
                               emphasised=stressed)
            # "… hoeveel geld trekt de gemeente daarvoor uit?" after the plans for 2018: 2018's money, not 2017's;
            # "… and was it successful?" after a project: that project's, named where it is said
            carried = tuple(m for m in previous.entities if m.kind == "project") if (
                not intent.entities and CUES["singular_ref"].search(text)
                and len({m.value for m in previous.entities if m.kind == "project"}) == 1) else ()
            # (a period or a date asked is not of the year the turn before asked about: "voor welke periode …")
            kept_years = previous.years if intent.answer_type not in ("duration", "date") else ()
            if self.points_at_what_was_said(intent, previous, text):
                # "… hebben ze het steeds over 'Digideal'. Wat is dat nu eigenlijk?": what Digideal is, not the programme
                intent = replace(intent, topic=None)
            # "Ik hoorde over het Groningen AI Lab." → "Hoeveel kreeg het?": the name pointed at is asked of, and
            # the sources may not know it
            named_before = previous.names if (not intent.names and not intent.entities and not it
                                              and points_back) else ()
            return replace(intent, search_query=search, subject_terms=terms, followup=True,
                           years=intent.years or kept_years,
                           names=tuple(dict.fromkeys((*intent.names, *it, *named_before))),
                           emphasised=stressed, entities=intent.entities or carried)
        entities = previous.entities
        # "… and the total for that theme" after a list of its rows: the theme selected, not the first row listed
        group_named = _THAT_GROUP.search(text)
        names_its_group = bool(group_named) and any(
            f.column == _GROUP_WORDS.get(group_named.group(1) if group_named else "", "") for f in base.filters)
        # ("how much was it together?" after a list: "it" is the whole selection, summed)
        if CUES["singular_ref"].search(text) and not any(f.column == "project" for f in base.filters) and not (
                names_its_group or CUES["explicit_sum"].search(text)):
            # "it" is what the previous answer was about: a project, or the group a group answer singled out; after
            # a total, "does it match?" is the total, unless the figure was a count of one ("1 project: X")
            assert self.matcher is not None
            kind: MatchKind = base.group_by if base.operation == "group" and base.group_by in _GROUP_KINDS else "project"  # type: ignore[assignment]
            if base.operation not in _FIGURE_OPERATIONS or base.operation == "count":
                named = tuple(self.matcher.find(answer, kinds=(kind,)))
                one = len({m.value for m in named}) == 1
                if base.operation != "count" or one:
                    entities = tuple(named[:1]) or entities
        mine = self.table_query(text, entities) if signals.asks_something else None
        if mine is not None and entities == previous.entities and same_values(mine.filters, base.filters):
            # "… om kinderen te leren programmeren. welke projecten waren dat?": the selection as the turn before
            # made it (keywords naming one thing must all hold), not its mentions as alternatives again
            mine = replace(mine, filters=base.filters)
        if mine is not None and mine.group_by == "year" and asks_how_often(text, intent.yes_no, intent.answer_type):
            mine = None  # "…, is it in groningen every year": a claim a passage may state, not money per year
        if mine is None and signals.asks_something and intent.table_query is not None and not intent.table_query.filters:
            # "… en wat was de totale investering daarmee?": what the turn asks on its own (the examples' reading of
            # it), over the previous selection, rather than the previous question again
            mine = intent.table_query
        if mine is not None and mine.group_by is not None:
            # "… and which theme got the least?" after one theme's sum ranks every theme, not the one carried over
            mine = replace(mine, filters=tuple(f for f in mine.filters if f.column != mine.group_by))
        if mine is None and signals.operation in ("max", "min") and (base.operation in _RANKED or base.operation == "group"):
            # "en welk thema het minst?" after the theme with the most: the other end of the same ranking
            extreme = signals.operation if base.operation in ("max", "min") else base.operation
            mine = replace(base, operation=extreme, descending=signals.operation == "max", fields=())
        if mine is None and signals.operation in ("nth", "top"):
            # "and the second biggest?" after "which project got the most?": the previous rows, ranked as now asked
            place = ordinal_place(text) if signals.operation == "nth" else top_limit(text)
            mine = replace(base, operation=signals.operation, limit=place, descending=not _SMALLEST.search(text),
                           fields=())
        if mine is None and signals.operation in _FIGURE_OF_SELECTION and signals.operation != base.operation:
            # "… en wat was de multiplier?" after a year's total: that figure of the same rows, not the total again
            mine = replace(base, operation=signals.operation, fields=(), limit=None, group_by=None, aggregate=None)
        if (mine is not None and mine.operation == "list" and not mine.filters and not mine.threshold
                and base.operation in _RANKED):
            mine = None  # "… which project? who applied?" after "the smallest grant": the ranked row, not every row
        of_those = bool(CUES["of_those"].search(text))
        # ("welke daarvan had de kleinste omvang?" after the top 3 of every row: of the three it placed)
        if mine is not None and (base.filters or base.threshold or (base.operation in _RANKED and of_those)) and (
                of_those or not (mine.filters or mine.threshold)):
            # ("en welk project de laagste?" after the highest ranks every row again, not the one just placed)
            mine = self.among(mine, base, answer, ranks_again=mine.operation in _RANKED and not of_those)
        if mine is not None and base.operation in _GROUPED and CUES["each"].search(text):
            mine = base  # "… and how much did each get?": the previous part's groups already say it
        difference = bool(CUES["difference"].search(text))
        if difference:
            two = next((f for f in base.filters if f.column in (*_GROUP_KINDS, "project") and len(f.values) == 2), None)
            if base.operation == "compare":
                mine = base  # "… and by how much?": the comparison's difference, not the two added up
            elif base.operation == "sum" and not two:
                # "Onder 'Anders' staat € 80.000. Wat is de som van de regels, en hoe groot is het verschil?": the
                # rows' sum against the stated total, which the sum before gives, in its own measure
                mine = base
            elif two is not None:
                # "… Onderwijs of Kennis & Innovatie? En hoeveel bedraagt het verschil?": the two set against each other
                mine = TableQuery(operation="compare", measure=base.measure, filters=base.filters,
                                  group_by=two.column)  # type: ignore[arg-type]
        checks_rows = bool(set(words(text)) & (self.lexicon.agreement_words | self.lexicon.table_nouns)) or signals.domain
        # "… and did the city pay for it?": its money, which its row states, is no claim a passage must state
        claimed = [t for t in intent.subject_terms if t not in self.lexicon.funding_words]
        if mine is None and intent.yes_no and claimed and not signals.fields and not checks_rows:
            # "… and was it a success?" after a project's figure: a claim about it, which a passage may state; the
            # previous figure is no answer to it
            return replace(intent, route="documents", table_query=None, entities=entities, search_query=search,
                           names=tuple(dict.fromkeys((*previous.names, *intent.names))), followup=True)
        query = mine or replace(base, filters=filters_for(entities) if entities != previous.entities else base.filters)
        if query.measure == "total_size" and the_citys_part(text):
            # "totale projectomvang van X … en wat legt de gemeente daarvan in": the city's part is its contribution
            query = measured_as(query, "contribution")
        elif query.measure == "contribution" and signals.total_size and not the_citys_part(text) and not (
                difference and mine is base):
            # "… en dat dat ruim 6,5 miljoen aan investeringen opleverde?": the projects' whole size, not the city's
            # money asked before
            query = measured_as(query, "total_size")
        if mine is None and signals.fields:
            # "who are the partners?" after a list: the same rows, with the field this turn asks for
            query = replace(query, fields=asked_fields(signals, query.measure, query.operation))
        elif mine is None and intent.answer_type == "amount" and query.fields and not {"contribution", "total_size"} & set(
                query.fields):
            # "wie zit er achter pygrunn en wat heeft dat de gemeente gekost": its money, not who is behind it again
            query = replace(query, fields=(query.measure,))
        elif mine is None and intent.answer_type not in ("open", "amount"):
            query = replace(query, fields=())  # "and where was it?" asks its own thing, not the figures asked before
            if intent.answer_type != "count" and query.operation not in ("lookup", "list", "profile"):
                # "… when is the next one?" after money per year: the rows themselves, whose descriptions may date it
                query = TableQuery(operation="list", measure=query.measure,
                                   filters=tuple(f for f in query.filters if f.column != "year"))
        # with no subject of its own, a follow-up is about the previous one's: the names that must be a row's too
        names = tuple(dict.fromkeys((*previous.names, *intent.names))) if entities == previous.entities else intent.names
        return replace(intent, route="table", table_query=query, followup=True, foreign_year=None,
                       entities=entities, search_query=search, names=names)
