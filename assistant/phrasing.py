"""The shape of a question, before its meaning: polite wrappers, yes/no form, several questions in one, a role asked.

`understand` reads what a question is about; this module only reads how it is put, so that "Kun je me vertellen
hoeveel X kreeg?" and "Hoeveel kreeg X?" reach it as the same question, and "Who wrote the letter and what is its
reference?" reaches it as two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.language import month_names, years_in_figures
from assistant.records import ClaimSide, Language
from index.lexical import STOPWORDS, normalise

# Wrappers around the real question; what follows them is the question (an "of/if/whether" clause is a yes/no one).
_WRAPPERS = re.compile(
    r"^\s*(?:(?:hoi|hallo|hi|hello|hey|beste|dear|geachte (?:heer/mevrouw|heer of mevrouw|heer|mevrouw|dames en heren))"
    r"[,!]?\s+)?"
    r"(?:(?:kun|kan|kunt|wil|wilt|zou|zoudt)\s+(?:je|jij|u)\s+(?:me|mij)?\s*(?:even\s+|misschien\s+|alsjeblieft\s+|aub\s+)?"
    # ("zou u mij in eenvoudige woorden willen uitleggen wat …": how to say it, and the modal, before the verb)
    r"(?:in\s+(?:eenvoudige|gewone|simpele|begrijpelijke|een\s+paar|enkele)\s+(?:woorden|taal|zinnen)\s+|kort\s+)?"
    r"(?:(?:willen|kunnen)\s+)?(?:vertellen|zeggen|uitleggen|laten weten|opzoeken)"
    r"|mag ik (?:even )?weten|ik wil (?:graag )?weten|ik zou (?:graag )?willen weten|ik vroeg me af|weet (?:jij|je|u)"
    # the formal writer's "gaarne zou ik vernemen …"
    r"|(?:gaarne|graag) zou ik (?:willen )?(?:vernemen|weten)|ik (?:zou )?(?:gaarne|graag) (?:willen )?(?:vernemen|weten)"
    r"|graag(?: een antwoord| hoor)?|vraagje|snelle vraag"
    r"|(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|be so kind (?:as )?to\s+)?(?:tell|show|explain(?: to)?)\s+me"
    r"|(?:may|might|can|could) i (?:ask|enquire|inquire)|mag ik (?:u |je )?(?:even )?vragen"
    r"|(?:i'd|i would|i want to|i'd like to|i would like to)\s+(?:like to\s+)?know|i (?:was )?wonder(?:ing)?"
    r"|(?:please\s+)?tell me|quick question|do you know|just wondering)"
    # what follows must be the question itself (a question word, a yes/no "of/if", or after a colon): "tell me
    # about X" asks about X, it is no wrapper
    r"(?:\s*[:,]\s*|\s+(?=(?:wat|wie|welke|welk|hoeveel|wanneer|waar|waarom|hoe|of|what|who|whom|which|how|when|"
    r"where|why|if|whether|is|are|was|were|did|does|do|has|have|heeft|hebben|kreeg|kregen)\b))", flags=re.I)
# A request for a thing named with its definite article ("Kunt u mij het kenmerk van de brief geven?", "could you
# give me the reference number"): the thing is what is asked
# "kun je", "zoudt u": how a Dutch request to the assistant opens
_YOU_ASKED = r"(?:kun|kan|kunt|wil|zou|zoudt)\s+(?:je|jij|u)"
_REQUESTED_THING = re.compile(rf"^\s*(?:{_YOU_ASKED}\s+(?:me|mij|ons)\s+(?:even\s+|misschien\s+)?"
                      r"(?P<thing>(?:het|de)\s+[^?]+?)\s+(?:geven|noemen|sturen|doorgeven|opzoeken|vertellen)"
                      # (what the thing is of may follow the verb: "het kenmerk geven van de raadsbrief")
                      r"(?P<of>\s+(?:van|uit|over)\s+[^?]+?)?"
                      r"|(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:give|send|get|find)\s+(?:me|us)\s+"
                      r"(?P<en>the\s+[^?]+?))(?:\s+(?:alsjeblieft|aub|a\.u\.b\.|please))?\s*[?.!]*\s*$", flags=re.I)
# A letter's head asked of the letter a relative clause describes ("het kenmerk van de raadsbrief waarin het college
# verslag doet van GDC", "the date of the letter in which the board reports …"): the clause only says which letter
_DESCRIBED_LETTER = re.compile(
    r"^(?P<head>.*\b(?:kenmerk|referentie|referentienummer|reference|datum|dagtekening|date|steller|author|writer"
    r"|ondertekend|ondertekende|signed)\b.*?\b(?:raadsbrief|brief|letter))\s*,?\s+(?:waarin|waarmee|waarover|die|dat"
    r"|in which|which|that|where)\b[^?]*(?P<end>\??)\s*$", flags=re.I)
# A property asked of an owner in the genitive ("what is the Digital Office's slogan?", "who was Trendship's organiser")
_POSSESSIVE = re.compile(r"^(?P<ask>(?:what|who|which|where|when)\s+(?:is|are|was|were))\s+(?:the\s+)?"
                         r"(?P<owner>[\w&. -]+?)['’]s?\s+(?P<prop>[a-z]+(?:\s+[a-z]+)?)(?P<end>\s*\??)\s*$", flags=re.I)
# An acknowledgement before the question ("ok and what does …", "thanks! who leads it?"): no question of its own.
_OPENING = re.compile(r"^\s*(?:(?:ok(?:ay|e|é)?|(?:many )?thanks|thank you|thx|(?:heel )?(?:erg )?bedankt|(?:hartelijk )?dank"
                      r"(?: (?:je|u))?(?: wel)?|dankjewel|cool|nice|great|prima|mooi|super|alright|hm+|aha|ah|oh|nou"
                      # a greeting ("hey, is there …", "hoi! ik …"): no question of its own
                      r"|(?:hoi|hallo|hi|hello|hey|heya|hiya|yo|goedemorgen|goedemiddag|goedenavond|good (?:morning"
                      r"|afternoon|evening))(?: there| daar| allemaal| all)?"
                      # a letter's salutation: "Dear Sir or Madam,", "Geachte heer/mevrouw,", "To whom it may concern,"
                      r"|dear (?:sir or madam|sir/madam|madam or sir|sirs|sir|madam|all|team)|to whom it may concern"
                      r"|geachte (?:heer/mevrouw|heer of mevrouw|heer|mevrouw|dames en heren)|beste (?:lezer|allemaal))"
                      # "Thank you very much. And what …", "thanks a lot!"
                      r"(?: (?:very much|so much|a lot|kindly|again|nogmaals|hoor))?\b[,.!]*\s+)+(?=\S)", flags=re.I)
# Thanks and greetings after the question: no second question ("… got? thanks!").
_CLOSING = re.compile(
    r"(?<=[.!?])\s*(?:(?:many |alvast |nogmaals )?(?:(?:hartelijk |heel |vriendelijk )?(?:thanks|thank you|thx|ty|cheers"
    r"|bedankt|dank(?:je| je| u)?(?: wel)?)"
    r"|merci|groetjes|groeten|mvg|regards|best)(?: (?:a lot|so much|very much|in advance|alvast|hoor"
    r"|voor (?:je|jouw|uw|de) (?:hulp|moeite|tijd|antwoord)|for your (?:help|time|trouble)))?\s*[.!:)]*\s*)+$"
    # a plea after a question typed as keywords ("duration and municipal contribution, please")
    r"|[,\s]+(?:please|pls|graag|alsjeblieft|alstublieft|aub)\s*[.!]*\s*$"
    # how to lay it out, after the question: "… in 2018 then? list pls", "… ? als lijstje graag", "in bullets"
    r"|(?<=[?.!])\s*(?:(?:as |in )?(?:a )?(?:list|lijst|lijstje|bullets?|bullet points|opsomming)|(?:als|in) (?:een )?"
    r"(?:lijst|lijstje|opsomming))(?:[,\s]+(?:please|pls|plz|graag|aub|svp))?\s*[.!?]*\s*$"
    # how to say it, after the question: "wat is GDC nou eigenlijk, in gewone woorden", "in plain terms"
    r"|[,\s]+(?:in (?:gewone|simpele|eenvoudige|begrijpelijke|jip[- ]en[- ]janneke) ?(?:woorden|taal)"
    r"|in (?:plain|simple|everyday) (?:words|terms|english|language)|in het kort|kort gezegd|in a nutshell|briefly)"
    r"\s*[.!?]*\s*$"
    # asked to say it again in a certain way, pointing at the question before: "…, kun je dat in een paar zinnen
    # uitleggen?", "… ? can you explain that simply?"
    r"|(?:[,;]|(?<=[?.!]))\s*(?:en\s+|and\s+)?(?:kun|kan|kunt|wil|zou|could|can|would|will)\s+(?:je|jij|u|you)\s+"
    r"(?:dat|dit|het|that|this|it)\s+(?:(?:even|eens|kort|simpel|kort en bondig|(?:in|met)\s+(?:een\s+)?(?:paar|enkele"
    r"|twee|drie|een)\s+(?:zinnen|zin|woorden)|briefly|simply|quickly|in\s+(?:a\s+)?(?:few|couple of|two|three)\s+"
    r"(?:sentences|words))\s+)*(?:uitleggen|samenvatten|vertellen|beschrijven|explain|summari[sz]e|describe|tell)"
    r"(?:\s+(?:in\s+(?:a\s+)?(?:few|couple of|two|three)\s+(?:sentences|words)|briefly|simply|please|pls"
    r"|graag|aub|even))*\s*[.!?]*(?:\s+(?:voor|for)\s+(?:de|het|een|the|a)?\s*\w+)?\s*[.!?]*\s*$"
    r"|(?:[,;]|(?<=[?.!]))\s*(?:and\s+)?(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:explain|summari[sz]e|describe"
    r"|list|itemi[sz]e|sum up|lay out|break down|spell out)"
    r"\s+(?:that|this|it|them|those)(?:\s+(?:briefly|simply|quickly|please|for (?:me|us)|in\s+(?:a\s+)?(?:few|couple of|two"
    r"|three)\s+(?:sentences|words)))*\s*[.!?]*\s*$"
    # asked to list it: "…, zou u dat voor mij op een rijtje willen zetten?", "kun je die even opsommen?"
    r"|(?:[,;]|(?<=[?.!]))\s*(?:en\s+)?(?:kun|kan|kunt|wil|wilt|zou|zoudt)\s+(?:je|jij|u)\s+(?:dat|dit|het|die|deze)\s+"
    r"(?:(?:voor\s+(?:mij|me|ons)|even|eens|misschien|alstublieft|aub)\s+)*(?:op\s+een\s+rij(?:tje)?\s+"
    r"(?:(?:willen|kunnen)\s+)?zetten|(?:(?:willen|kunnen)\s+)?(?:opsommen|opnoemen|noemen|uitschrijven))"
    r"(?:\s+(?:voor\s+(?:mij|me|ons)|graag|aub|alstublieft|even|willen|kunnen))*\s*[.!?]*\s*$"
    # where the asker means to go, after what they ask exists ("any dev conferences i could go to to meet people?",
    # "evenementen waar ik heen kan om mensen te ontmoeten"): the asker's plan, no property of the thing
    r"|\s+(?:(?:that|which|where)\s+)?(?:i|we)\s+(?:could|can|might|may)\s+(?:go|attend|visit|come)(?:\s+to)?"
    r"(?:\s+to\s+(?:meet|network|connect)\b[^?]*)?\s*[.!?]*\s*$"
    r"|\s+(?:waar|die)\s+(?:ik|we|wij)\s+(?:(?:heen|naartoe|naar toe)\s+)?(?:kan|kunnen|zou kunnen)(?:\s+gaan)?"
    r"(?:\s+om\s+(?:\w+\s+){1,2}te\s+(?:ontmoeten|leren kennen)\b)?\s*[.!?]*\s*$", flags=re.I)
# "who's the contact person", "what's the website": the cues read "who is", "what is".
# typed in a hurry without the apostrophe too: "whats its total size", "hows"; "whos"
_CONTRACTED = re.compile(r"\b(who|what|where|when|how)['’]?s\b|\b(which)['’]s\b", flags=re.I)
# "Could you give me the top 3?", "Kun je de projecten opsommen?": a request, which wants the thing, not yes or no
_REQUEST = re.compile(
    r"^\s*(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:give|show|list|name|send|provide|find|summari[sz]e"
    r"|describe|tell|explain|get|break|split|calculate|compute|work out|add up|sum up|count|compare|sort|rank"
    r"|translate|total)\b"
    rf"|{_YOU_ASKED}\s+(?:me\s+|mij\s+)?(?:even\s+|misschien\s+|alsjeblieft\s+)?"
    r"(?:.*\b)?(?:geven|noemen|opsommen|tonen|laten zien|sturen|beschrijven|samenvatten|vertellen|uitleggen|opzoeken"
    r"|uitsplitsen|opsplitsen|splitsen|verdelen|berekenen|uitrekenen|optellen|tellen|vergelijken|sorteren"
    r"|rangschikken|ordenen|weergeven|vertalen|toelichten|aangeven|opsplitsen)\b)",
    flags=re.I)
_AUXILIARY_FIRST = re.compile(
    # negated, with or without the apostrophe typed ("isnt it true …", "didn't the city …")
    r"^(?:(?:is|are|was|were|did|does|do|has|have|had|could|would|should)n'?t|can'?t|won'?t|"
    r"is|are|am|was|were|did|does|do|has|have|had|can|could|will|would|should|shall|may|"
    r"heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden|wordt|worden|kreeg|kregen|krijgt|krijgen|kan|kon|kunnen|"
    r"zal|zullen|zou|doet|deed|deden|bestaat|bestond|staat|stond|gaat|ging|valt|viel|hoort|horen|speelt|zit|zat|"
    # what one may or must do, asked of anyone: "mogen jongens ook meedoen?", "moet je lid zijn?"
    r"mag|mogen|mocht|mochten|moet|moeten|moest|moesten|"
    r"ontving|ontvingen|won|wonnen|leverde|levert)\b", flags=re.I)
# Dutch asks yes or no by putting any finite verb first ("Klopt het …?", "Telt de …?"): a first word that is no
# question word, article, pronoun or imperative, followed by the subject's article or pronoun, ending in "?" or, typed
# in a hurry, in no mark at all ("klopt de multiplier van bijna 14"), though not after a full stop.
_NOT_A_VERB = (r"(?:wat|wie|welke|welk|hoeveel|wanneer|waar|waarom|hoe|de|het|een|dit|dat|deze|die|er|en|of|maar|in|"
               r"op|van|voor|met|bij|naar|over|geef|noem|toon|laat|vertel|beschrijf|vergelijk|tel|zoek|leg|maak|"
               r"bereken|graag|dank|bedankt|ik|je|jij|u|we|wij|ze|zij|hij|men|"
               r"what|who|which|how|when|where|why|the|a|an|and|or|but|in|on|of|for|with|at|by|about|to|from|"
               r"give|list|show|tell|name|describe|compare|count|find|explain|make|please|thanks|thank|i|you|we|they)")
_VERB_THEN_SUBJECT = re.compile(
    rf"^(?!{_NOT_A_VERB}\b)[a-z]+\s+(?:het|de|er|dit|dat|deze|die|ze|zij|hij|u|je|jij|jullie|"
    # no sentence end after it, but a point between digits ("470.000") is part of a figure
    r"we|wij|men|iemand|iets|een)\b(?:[^?]*\?|(?:[^?.!]|(?<=\d)\.(?=\d))*)\s*$", flags=re.I)
_QUESTION_WORD = re.compile(r"\b(?:wat|wie|welke|welk|hoeveel|wanneer|waar|waarom|hoe|what|who|whom|whose|which|how|"
                            r"when|where|why|waarvoor|waaraan|waarmee|waardoor|waarover|waarop|waarin|waaruit|hoezo)\b",
                            flags=re.I)
def asks_a_question_word(text: str) -> bool:
    """Whether the text has a question word ("wat", "how", "waarvoor"), not only keywords or a verb first."""
    return bool(_QUESTION_WORD.search(text))


# "is het waar dat …": Dutch "waar" is "true" here, not the question word "where"
_TOCH = re.compile(r"^[^?]*\b(?:is|was|zijn|waren|heeft|hebben|had|hadden|kreeg|kregen|krijgt|wordt|werd|komt|kwam)"
                   r"\s+toch\b[^?]*\?\s*$", flags=re.I)
_ANY_FIRST = re.compile(r"^(?:any|enige|enig|anything|something|iets)\s+[a-z]", flags=re.I)
_TRUE = re.compile(r"\b(?:is|was|klopt)\s+(?:het|dit|dat)\s+(?:(?:echt|wel|nou|eigenlijk|niet)\s+)?waar\b", flags=re.I)
# a question word that begins what something is set against ("klopt het met wat de brief zegt", "higher than what
# PyGrunn got"): a free relative, no question word of the question's own
_FREE_RELATIVE = re.compile(r"\b(?:met|dan|als|with|than|as|match|matches|equal|equals)\s+(?:wat|what)\b", flags=re.I)
# whether something exists, and a relative clause saying which ("is there a hackathon where pupils can take part")
_THERE_IS = re.compile(r"^\s*(?:(?:is|zijn|bestaat|bestaan) er|(?:is|are) there)\b", flags=re.I)
_RELATIVE_CLAUSE = re.compile(r"(?<=[a-z'] )(?:waar\w*|where|wie|who|whom|which|die|dat|that)\b.*$", flags=re.I)
_EMBEDDED_YES_NO = re.compile(r"^(?:of|if|whether)\b\s*", flags=re.I)
# A new question inside the question: "… and what …", "…; wie …", "…? En …"; typed fast, "… n where …", "… & wie …".
_SECOND_QUESTION = re.compile(
    r"(?:\?\s+|(?:;\s*|,?\s+(?:and|en|plus|alsook|as well as|n|&|\+)\s+)(?="
    # a hedge before the question word: "…, and approximately how many visitors attended"
    r"(?:(?:approximately|roughly|about|around|ongeveer|circa|grofweg|exactly|precies)\s+)?"
    # (a participle before the phrase: "…, en verdeeld over hoeveel thema's?", "and spread over how many themes")
    r"(?:(?:verdeeld|gespreid|uitgesplitst|spread|split|divided|distributed|broken down)\s+(?=(?:over|across|among|in)\s))?"
    r"(?:(?:voor|in|op|om|van|met|bij|uit|tot|aan|naar|over|onder|under|across|among|"
    # ("en voor hoe lang is het opgezet": a clause follows; "welke stukken zijn er en van wanneer" asks of the same)
    r"sinds|for|on|of|with|at|from|to|by|since|until)\s+(?:welke|welk|wat|wie|hoeveel|which|what|whom|how"
    r"|(?:hoe|wanneer|when)(?=\s+\w))\b|"
    # "… en onder leiding van wie werkt het?", "and under whose lead": a question word after a phrase
    r"onder leiding van (?:wie|welke)\b|under (?:whose|the lead of whom)\b|led by whom\b|"
    r"what|who|whom|which|how|when|where|why|is|are|was|"
    r"were|did|does|do|has|have|wat|wie|welke|welk|hoeveel|wanneer|waar|waarom|hoe|is|zijn|was|waren|heeft|hebben|"
    r"kreeg|kregen|waarvoor|waaraan|waarmee|waardoor|waarover)\b))", flags=re.I)
# ("voor wie is het bedoeld" asks whom it is for: no role)
# "hoe heet de projectleider", "what is the name of the project leader": the same role, asked by its name
_NAMING = (r"\bhoe\s+(?:heet|heette|heten|heetten)\s+|"
           r"\b(?:what|wat)\s*(?:is|was|are|were|'s|zijn|waren)\s+(?:the|de)\s+(?:names?|namen|naam)\s+(?:of|van)\s+")
_ROLE = re.compile(r"(?:(?:(?<!voor )(?<!aan )(?<!met )(?<!door )\b(?:who|wie)\s+(?:is|was|are|were|zijn|waren)\s+"
                   rf"(?:(?:daar|er|dan|hier|nu|there|then|now)\s+)?|(?P<naming>{_NAMING}))"
                   r"(?:the|de|het|hun|their|its|that|this|die|deze)\s+"
                   # typed as keywords: "naam wethouder economische zaken", "name of the cdo"
                   r"|^\s*(?P<keyed>naam|name)\s+(?:(?:van|of)\s+)?(?:(?:de|het|the)\s+)?)"
                   # (a role may carry its portfolio: "de wethouder economische zaken")
                   r"(?P<role>[a-z][a-z-]+(?:\s+(?!(?:of|van|for|voor|bij|at|in|from|die|dat|who|that|which|to|naar"
                   r"|aan|with|met|by|door|on|op|about|over|there|daar|then|dan|here|hier)\b)"
                   r"[a-z][a-z-]+){0,2})"
                   # "de medewerker die bij o2g2 …": a relative clause after the role says which one
                   r"(?:\s+(?:of|van|for|voor|bij|at|in|from|die|dat|who|that|which)\b|\s+(?:there|daar|then|dan)\b"
                   # ("who is the data protection officer (or privacy officer) of …": another name for it in brackets)
                   r"|\s*\(|\?|$)", flags=re.I)
# (the city is no holder of a role: "who is the city doing that with" asks a partner)
_NOT_ROLES = {"city", "stad", "project", "projecten", "aanvrager", "applicant", "partners", "partner", "gemeente", "municipality", "eerste",
              "first", "grootste", "largest", "kleinste", "smallest", "winnaar"}


@dataclass(frozen=True, kw_only=True)
class Phrasing:
    """How a question is put: the question without its wrapper, whether it wants yes or no, the role it names, and
    the language the answer is asked in, if the question says so ("… in English pls")."""

    core: str
    yes_no: bool
    role: str | None = None
    role_by_name: bool = False  # the role is asked by its holder's name ("hoe heet de voorzitter"), not by "who"
    language: Language | None = None


# "… in English pls", "(in het Engels graag)", "In Dutch: …": how to answer, not what about; only at an end of the
# question, so "is the course taught in English?" keeps its words.
_POLITE = r"(?:please|pls|plz|thanks|graag|alsjeblieft|alstublieft|aub|a\.u\.b\.)"
_IN_LANGUAGE = (r"(?:(?:answer|reply|respond|antwoord|antwoorden)\s+)?in\s+(?:het\s+)?"
                r"(?P<language>english|engels|dutch|nederlands)")
_LANGUAGE_AT_END = re.compile(rf"(?:\s*[,;:(-]\s*|\s+)(?:{_POLITE}\s+)?{_IN_LANGUAGE}(?:\s+{_POLITE})*\s*[)?.!]*\s*$",
                              flags=re.I)
_LANGUAGE_AT_START = re.compile(rf"^\s*(?:{_POLITE}\s+)?{_IN_LANGUAGE}(?:\s+{_POLITE})?\s*[:,-]\s*", flags=re.I)
_LANGUAGES: dict[str, Language] = {"english": "en", "engels": "en", "dutch": "nl", "nederlands": "nl"}


def language_asked(question: str) -> tuple[str, Language | None]:
    """The question without a request for the answer's language, and the language requested (or None).

    >>> language_asked("list the themes of the action plan in English pls")
    ('list the themes of the action plan', 'en')
    >>> language_asked("Focus 2018 part in bullet points, in English"), language_asked("In English: wat is het DOG?")
    (('Focus 2018 part in bullet points', 'en'), ('wat is het DOG?', 'en'))
    >>> language_asked("is the course taught in English?")[1] is None
    True
    """
    for pattern in (_LANGUAGE_AT_END, _LANGUAGE_AT_START):
        found = pattern.search(question)
        rest = (question[: found.start()] + question[found.end():]).strip() if found else ""
        if found and len(rest.split()) >= 2 and not re.search(r"\b(?:taught|given|written|geschreven|gegeven)\s*$", rest, re.I):
            ending = "?" if question.rstrip().endswith("?") and not rest.endswith("?") and pattern is _LANGUAGE_AT_END else ""
            return rest + ending, _LANGUAGES[found.group("language").lower()]
    return question, None


_LANGUAGE_ANYWHERE = re.compile(r"\b(?:in|into|to|naar)\s+(?:het\s+)?(?P<language>english|engels|dutch|nederlands)\b", flags=re.I)
# What else a turn that only asks for another language says: "and in Dutch please", "kun je dat in het Engels zeggen?"
_LANGUAGE_ONLY_WORDS = frozenset(
    ["and", "en", "now", "nu", "ok", "oke", "okay", "so", "dus", "please", "pls", "plz", "graag", "alsjeblieft", "aub", "same", "hetzelfde", "again", "opnieuw", "nog", "een", "keer", "once", "more", "also", "ook", "can", "could", "would", "you", "say", "that", "it", "this", "the", "answer", "give", "repeat", "write", "translate", "kun", "kan", "kunt", "wil", "je", "jij", "u", "dat", "het", "dit", "zeggen", "geven", "herhalen", "schrijven", "vertalen", "zeg", "geef", "vertaal", "antwoord"])


def only_language(question: str) -> Language | None:
    """The language a turn asks the previous answer in, when that is all it asks ("and in Dutch please", "kun je
    dat in het Engels zeggen?"); None for a question of its own.

    >>> only_language("and in dutch please"), only_language("Kun je dat in het Engels zeggen?")
    ('nl', 'en')
    >>> only_language("what are the themes in English?") is None
    True
    """
    found = _LANGUAGE_ANYWHERE.search(question)
    if not found:
        return None
    rest = re.findall(r"[a-z]+", normalise(question[: found.start()] + " " + question[found.end():]))
    return _LANGUAGES[found.group("language").lower()] if all(w in _LANGUAGE_ONLY_WORDS for w in rest) else None


# A phrase put before the question proper: "Of the action plan, what is the aim?", "In 2017, hoeveel kreeg PyGrunn?"
_FRONTED = re.compile(
    r"^\s*(?P<phrase>(?:of|in|on|for|about|from|at|by|van|op|voor|over|bij|uit|volgens|according to)\b[^,?]{2,}?),\s*"
    rf"(?P<question>{_QUESTION_WORD.pattern}.*)$", flags=re.I)


def unfront(question: str) -> str:
    """The question with a fronted phrase put back after it, where the question's cues expect it.

    >>> unfront("Of the action plan Groningen Digital City, what is the aim?")
    'what is the aim of the action plan Groningen Digital City?'
    >>> unfront("Van de Chief Digital Officer, wat is de naam?"), unfront("Hoeveel kreeg PyGrunn?")
    ('wat is de naam van de Chief Digital Officer?', 'Hoeveel kreeg PyGrunn?')
    >>> unfront("Voor welke groepen is dat bedoeld, wie voert het uit?")
    'Voor welke groepen is dat bedoeld, wie voert het uit?'
    """
    found = _FRONTED.match(question)
    # (a fronted phrase with a question word in it asks a question of its own: "Voor welke groepen is dat bedoeld,
    # wie voert het uit, …")
    if not found or _QUESTION_WORD.search(found.group("phrase")):
        return question
    head = found.group("question").strip().rstrip("?").rstrip()
    phrase = found.group("phrase").strip()
    return f"{head} {phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase}?"


def unshout(question: str) -> str:
    """A question typed all in capitals or in Title Case, in lowercase: either way every word would look like a name.
    Words with capitals inside them (an acronym, "PyGrunn") keep them. Any other question as it is.

    >>> unshout("KLOPT HET DAT PYGRUNN 2000 EURO KREEG"), unshout("wat betekent GDBC?")
    ('klopt het dat pygrunn 2000 euro kreeg', 'wat betekent GDBC?')
    >>> unshout("How Often Does Social Media Club Meet"), unshout("Hoeveel Kreeg PyGrunn In 2017?")
    ('how often does social media club meet', 'hoeveel kreeg PyGrunn in 2017?')
    >>> unshout("What did Groningen Digital City give Coders Academy?"), unshout("Inge de Vries-Bakker")
    ('What did Groningen Digital City give Coders Academy?', 'Inge de Vries-Bakker')
    >>> unshout("What is the Digital Office Groningen?")
    'What is the Digital Office Groningen?'
    """
    letters = [c for c in question if c.isalpha()]
    shouted = len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    if shouted:
        return question.lower()
    return _TITLED.sub(lambda word: word.group().lower(), question) if _title_case(question) else question


# a word written as a title writes it: a capital, then lowercase only
_TITLED = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ'’]+\b")


def _title_case(question: str) -> bool:
    """Every word of some length starts with a capital, and so does a function word after the first word ("Does",
    "The", "In"): a sentence has lowercase words between its names, and a name ("Stichting Groningen Cyber Week",
    "Inge de Vries-Bakker") capitalises no function word."""
    said = re.findall(r"[^\W\d_]+", question)
    long_words = [w for w in said if len(w) > 3]
    return (len(long_words) >= 3 and all(w[0].isupper() for w in long_words)
            and any(w[0].isupper() and w.lower() in STOPWORDS for w in said[1:]))


# a word that only stresses, between a question word and its verb ("what exactly is", "wat precies is"): the cues
# expect the two together
_STRESS = re.compile(r"\b(what|wat|who|wie|where|waar|which|welke|how|hoe)\s+(?:exactly|precisely|actually|really"
                     r"|eigenlijk|precies|nou)\s+(?=\w)", flags=re.I)


def plainly(question: str) -> str:
    """The question as the cues read it: not in capitals (`unshout`), no stressing word after its question word,
    years said in words as figures, a smiley as the full stop it stands for.

    >>> plainly("hi im new, what exactly is the gdbc and how much did the city put in")
    'hi im new, what is the gdbc and how much did the city put in'
    >>> plainly("Eerste dag hier :) wat is GDC? 🙂"), plainly("zie https://x.nl :)")
    ('Eerste dag hier. wat is GDC?', 'zie https://x.nl')
    >>> plainly("is zoiets al eens gesteund? youtube ofzo?")
    'is zoiets al eens gesteund? youtube?'

    """
    return _HEDGE.sub("", _STRESS.sub(r"\1 ", unshout(years_in_figures(_EMOTICON.sub(_full_stop, question).strip()))))


# a hedge closing a phrase ("youtube ofzo?", "meisjes en zo", "a slogan or something"): it asks nothing of its own
_HEDGE = re.compile(r"\s+(?:ofzo|of zo|enzo|en zo|of iets dergelijks|or something(?: like that)?|or so|or whatever)"
                    r"(?=\s*[?.!,]|\s*$)", flags=re.I)


def _full_stop(smiley: re.Match[str]) -> str:
    ended = smiley.end() == len(smiley.string) or smiley.string[: smiley.start()].rstrip().endswith(("?", ".", "!"))
    return "" if ended else "."


# "eerste dag hier :) wat is GDC": a smiley ends what was said before it, as a full stop would (one at the end is
# left out)
_EMOTICON = re.compile(r"\s*(?<![\w:/])(?:[:;=]-?[)(DPp](?![\w])|\^\^|[\U0001F300-\U0001FAFF\u2600-\u27BF])+"
                       r"(?=\s|$)")


def without_opening(question: str) -> str:
    """The question without an acknowledgement or greeting before it ("ok en wat …" → "en wat …").

    >>> without_opening("ok en wat voor scholen deden er mee dan"), without_opening("Thanks! Wie leidt het?")
    ('en wat voor scholen deden er mee dan', 'Wie leidt het?')
    >>> without_opening("Dear Sir or Madam, I am a coordinator at the Hanze.")
    'I am a coordinator at the Hanze.'
    """
    return _OPENING.sub("", question, count=1)


def without_closing(text: str) -> str:
    """The text without the thanks and greetings after its question ("… het doel is? Alvast hartelijk dank voor uw
    moeite.").

    >>> without_closing("Wat is het doel? Alvast hartelijk dank voor uw moeite.")
    'Wat is het doel?'
    """
    while (shorter := _CLOSING.sub("", text).strip()) != text.strip():
        text = shorter
    return text.strip()


def is_closing(sentence: str) -> bool:
    """A sentence that only thanks or greets ("Alvast hartelijk dank voor uw moeite.", "Thanks!").

    >>> is_closing("Alvast hartelijk dank voor uw moeite."), is_closing("Dank voor de brief, wie schreef hem?")
    (True, False)
    """
    return not without_closing(". " + sentence).strip(" .")


# a request to lay something out ("kun je een lijstje maken van …", "can you give me an overview of …"): what it is
# of is what is asked, as a listing
_LIST_REQUESTED = re.compile(
    rf"^\s*(?:{_YOU_ASKED}\s+(?:(?:me|mij|ons|even|misschien|alsjeblieft|aub)\s+)*(?:een\s+)?(?:lijst|lijstje|overzicht"
    r"|overzichtje|opsomming|tabel|tabelletje|rijtje)\s+(?:maken|geven|sturen|opstellen)\s+(?:van|met)\s+"
    r"|(?P<en>(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:make|give|send|draw up|put together)\s+(?:me\s+|us\s+)?"
    r"(?:a\s+|an\s+)?(?:list|overview|table|summary)\s+(?:of|with)\s+))(?P<thing>[^?]+?)\s*\??\s*$", flags=re.I)


def unwrap(question: str) -> str:
    """The question without a polite wrapper around it (and with a fronted phrase put back after it).

    >>> unwrap("Kun je me vertellen hoeveel PyGrunn kreeg?"), unwrap("I'd like to know: who signed the letter?")
    ('hoeveel PyGrunn kreeg?', 'who signed the letter?')
    >>> unwrap("how much did PyGrunn get? thanks!"), unwrap("Wie tekende de brief? Alvast bedankt.")
    ('how much did PyGrunn get?', 'Wie tekende de brief?')
    >>> unwrap("who's the contact person of Coders Academy?")
    'who is the contact person of Coders Academy?'
    >>> unwrap("ok and what does the digital office do"), unwrap("Thanks! Wie leidt het?")
    ('and what does the digital office do', 'Wie leidt het?')
    >>> unwrap("blockchain hackathon programme: duration and municipal contribution, please")
    'blockchain hackathon programme: duration and municipal contribution'
    >>> unwrap("wat is groningen digital city nou eigenlijk, in gewone woorden")
    'wat is groningen digital city nou eigenlijk'
    >>> unwrap("wat is groningen digital city eigenlijk, kun je dat in een paar zinnen uitleggen? voor de radio")
    'wat is groningen digital city eigenlijk'
    >>> unwrap("what is the digital office? can you explain that briefly?")
    'what is the digital office?'
    >>> unwrap("Geachte heer/mevrouw, gaarne zou ik vernemen welke instelling het uitvoert.")
    'welke instelling het uitvoert.'
    >>> unwrap("Zou u mij in eenvoudige woorden willen uitleggen wat het doel van GDC is?")
    'wat het doel van GDC is?'
    >>> unwrap("hoi! kun je een lijstje maken van de 4 thema's met per thema het totaal aan subsidie in 2017? thanks!")
    "geef de 4 thema's met per thema het totaal aan subsidie in 2017"
    >>> unwrap("Could you please give me an overview of the projects per theme?")
    'list the projects per theme'
    >>> unwrap("Wat gaat het DOG in 2018 doen, zou u dat voor mij op een rijtje willen zetten?")
    'Wat gaat het DOG in 2018 doen'
    >>> unwrap("what will the office do in 2018, could you list that for me?")
    'what will the office do in 2018'
    >>> unwrap("Thank you very much. And what amount has the municipality budgeted for 2019?")
    'And what amount has the municipality budgeted for 2019?'
    >>> unwrap("ok so what were they planning to focus on in 2018 then? list pls")
    'so what were they planning to focus on in 2018 then?'
    >>> unwrap("hey, is there a python conference in groningen?"), unwrap("Hoi! Wie tekende de brief?")
    ('is there a python conference in groningen?', 'Wie tekende de brief?')
    >>> unwrap("any dev conferences in groningen i could go to to meet people?")
    'any dev conferences in groningen'
    >>> unwrap("zijn er evenementen waar ik heen kan om mensen te ontmoeten?")
    'zijn er evenementen'
    >>> unwrap("Kunt u mij het kenmerk van de brief geven?"), unwrap("could you give me the reference number please")
    ('wat is het kenmerk van de brief?', 'what is the reference number?')
    >>> unwrap("What's the Digital Office's slogan?"), unwrap("who was Trendship's organiser")
    ('What is the slogan of Digital Office?', 'who was the organiser of Trendship')
    >>> unwrap("wat is het kenmerk van de raadsbrief waarin het college verslag doet van Groningen Digital City?")
    'wat is het kenmerk van de raadsbrief?'
    """
    opened = without_opening(language_asked(question)[0])
    listing = _LIST_REQUESTED.match(without_closing(opened))
    if listing is not None:  # "kun je een lijstje maken van de 4 thema's met per thema het totaal": list them
        opened = f"{'list' if listing.group('en') else 'geef'} {listing.group('thing')}"
    # "Kunt u mij het kenmerk en de datum geven?", "could you give me the reference number": a request for a thing
    # asks what it is
    request = _REQUESTED_THING.match(opened)
    if request is not None:
        thing = request.group("en") or f"{request.group('thing')}{request.group('of') or ''}"
        opened = f"{'what is' if request.group('en') else 'wat is'} {thing}?"
    stripped = _WRAPPERS.sub("", opened, count=1)
    # (closings may follow each other: "… in het kort pls")
    stripped = without_closing(stripped)
    kept = stripped if len(stripped) >= 3 else question.strip()
    # "het kenmerk van de raadsbrief waarin het college verslag doet van …": the clause only says which letter
    kept = _DESCRIBED_LETTER.sub(lambda m: f"{m.group('head')}{m.group('end')}", kept)
    kept = _CONTRACTED.sub(lambda m: f"{m.group(1) or m.group(2)} is", kept)
    # "what is the Digital Office's slogan": the property of its owner, as "what is the slogan of the Digital Office"
    kept = _POSSESSIVE.sub(lambda m: f"{m.group('ask')} the {m.group('prop')} of {m.group('owner')}{m.group('end')}", kept)
    return unfront(kept)


def read(question: str) -> Phrasing:
    """The phrasing of one (single) question.

    >>> read("Is het Digital Office tijdelijk?").yes_no, read("Hoeveel kreeg PyGrunn?").yes_no
    (True, False)
    >>> read("Kun je me vertellen of het Digital Office tijdelijk is?").yes_no
    True
    >>> read("Klopt het totaal van de bijlage?").yes_no, read("Geef de drie grootste projecten?").yes_no
    (True, False)
    >>> read("Who was the contractor of the platform?").role
    'contractor'
    >>> read("Who is the data protection officer (or privacy officer) responsible for the office?").role
    'data protection officer'
    >>> read("Hoe heet de projectleider van PyGrunn?").role, read("What's the name of the project leader?").role
    ('projectleider', 'project leader')
    >>> read("In de bijlage staat € 469.427. Klopt dat met de rijen?").yes_no
    True
    >>> read("the letter says ruim 470.000 in 2017. does that match the annex?").yes_no
    True
    >>> read("and was it a success?").yes_no, read("en is dat meer dan Web 11?").yes_no
    (True, True)
    >>> read("klopt de multiplier van bijna 14").yes_no, read("geef de bedragen van 2017").yes_no
    (True, False)
    >>> read("isnt it true the multiplier was only about 5?").yes_no, read("didn't the city pay for it?").yes_no
    (True, True)
    >>> read("is het waar dat het DOG 5 fte heeft").yes_no, read("is het DOG waar de CDO werkt?").yes_no
    (True, False)
    >>> read("is er iets van een hackathon waar scholieren aan mee kunnen doen?").yes_no
    True
    >>> read("any projects for elderly people?").yes_no, read("any idea who signed it?").yes_no
    (True, False)
    >>> read("die chief digital officer, dat is toch Peter Teesink?").yes_no
    True
    >>> read("Welk deel van de € 470.000 die de gemeente bijdroeg, ging naar cybersecurity?").yes_no
    False
    >>> read("klopt het aantal projecten in de bijlage met wat de brief zegt").yes_no
    True
    """
    core = unwrap(question)
    embedded = _EMBEDDED_YES_NO.match(core)
    if embedded:
        core = core[embedded.end():]
        yes_no = True
    else:
        # "In de bijlage staat € 469.427. Klopt dat wel met de rijen?": the sentence that asks is the last one
        # ("letter says ~470k — do the rows add up to that?": the part after a dash or a colon asks)
        sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])|\s+[—–-]\s+|:\s+", core.strip())
        asked = sentences[-1]
        # "Klopt het dat X het aanvroeg? Het ging om 150k meen ik": a remark after the question asks nothing
        remark_after = re.split(r"(?<=\?)\s+(?=[A-Z])", asked)
        if len(remark_after) > 1 and not remark_after[-1].rstrip().endswith("?") and not (
                _AUXILIARY_FIRST.match(remark_after[-1]) or _QUESTION_WORD.match(remark_after[-1])):
            asked = remark_after[-2]
        # typed in lowercase ("… in 2017. does that match the annex?"): a verb after a full stop starts the question
        later = [m.end() for m in re.finditer(r"[.!]\s+", asked) if _AUXILIARY_FIRST.match(asked[m.end():])]
        asked = asked[later[-1]:] if later else asked
        # "my client trains elderly people …, was something like that funded?": the clause after the last comma asks
        # (not a question word's clause going on: "Welk deel van de € 470.000 die … bijdroeg, ging naar …?")
        last = asked.rsplit(",", 1)[-1].strip()
        opens_with_question_word = bool(_QUESTION_WORD.match(asked.strip()))
        asked = last if last != asked.strip() and _AUXILIARY_FIRST.match(last) and not opens_with_question_word else asked
        asked = re.sub(r"^(?:and|en|but|maar|so|dus|also|ook)\s+", "", asked, flags=re.I)  # "and was it a success?"
        # ("any projects for elderly people?": "are there" left out, still asked yes or no)
        # ("dat is toch Peter Teesink?": a statement made a question by "toch" after its verb)
        verb_first = (_AUXILIARY_FIRST.match(asked) or _VERB_THEN_SUBJECT.match(asked) or _ANY_FIRST.match(asked)
                      or _TOCH.search(asked))
        own = _FREE_RELATIVE.sub("", _TRUE.sub("", asked))
        if _THERE_IS.match(own):  # "is er een hackathon waar scholieren aan mee kunnen doen?": "waar" says which one
            own = _RELATIVE_CLAUSE.sub("", own)
        # (a claim put up for judging is yes or no however it opens: "heb ik het goed dat …", "am I right that …")
        # ("rangschik de thema's op bijdrage": a verb first that bids, not one that asks)
        yes_no = (bool(verb_first) and not _QUESTION_WORD.search(own) and not _REQUEST.match(asked)
                  and not _IMPERATIVE.match(asked)) or tag_question(
            asked) or bool(_CLAIMS_THAT.match(asked)) or bool(_CLAIMS_THAT.match(core.strip()))  # ("Confirm: …")
    role = _ROLE.search(normalise(core))
    name = role.group("role") if role else None
    is_role = bool(name and _is_role(name))
    return Phrasing(core=core, yes_no=yes_no, role=name if is_role else None,
                    role_by_name=is_role and bool(role and (role.group("naming") or role.group("keyed"))), language=language_asked(question)[1])


def verb_before_name(core: str, name_start: int) -> bool:
    """"Vond Trendship plaats op 20 oktober?", "Organiseert PyGrunn ook workshops?": Dutch asks yes or no with any
    finite verb first, also before a name as its subject (the name's place in `core` is `name_start`). No question
    word in it; the first word no article, preposition, pronoun or request.

    >>> verb_before_name("vond trendship plaats op 20 oktober 2017?", 5)
    True
    >>> verb_before_name("noem trendship en pygrunn", 5), verb_before_name("wanneer vond trendship plaats", 13)
    (False, False)
    """
    first = re.match(r"\s*([a-z]+)\s+", core, flags=re.I)
    return bool(first and first.end() == name_start and not re.fullmatch(_NOT_A_VERB, first.group(1), flags=re.I)
                and not _QUESTION_WORD.search(core) and not _REQUEST.match(core))


def _is_role(name: str) -> bool:
    """A role's head noun is its last word: "project leader" is a role; "largest applicant" and "first project"
    are not (a ranking word or a table noun)."""
    first, *_, head = name.split() if " " in name else (name, name)
    return head not in _NOT_ROLES and (first == "project" or first not in _NOT_ROLES)


# a question word, or a phrase that asks as one ("op welke datum", "at which venue", "in what year")
_ASKING = (r"(?:(?:(?:op|in|at|on|naar|voor|for|bij|met|with|van|from|tot|until)\s+)?(?:welke|welk|which|what)\s+[a-z]+"
           r"|hoe lang|how long|wat|wie|waar|wanneer|hoeveel|hoe|waarom|what|who|where|when|how much|how many|why)")
_TWO_QUESTION_WORDS = re.compile(rf"^\s*(?:(?:en|and|but|maar)\s+)?(?P<a>{_ASKING})\s+(?:and|en|&)\s+(?P<b>{_ASKING})\b\s*(?P<rest>.*)$", flags=re.I)


_OWNER = r"(?:the|their|his|her|its|de|het|zijn|haar|hun)"
# the second noun of a two-word property ("reference number", "project size")
_SECOND_NOUN = r"(?:\s+(?:number|nummer|name|naam|address|adres|date|datum|size|omvang))?"
# "what's their name and email", "wat zijn de doelen en resultaten van GDC": two properties of one thing (lowercase
# nouns only: "Kennis & Innovatie" is one name)
_TWO_PROPERTIES = re.compile(
    rf"^\s*(?P<head>(?i:what|wat)(?:'s|s|\s+(?:is|are|was|were|zijn|waren))\s+{_OWNER}\s+)"
    rf"(?P<a>[a-z][a-z-]*{_SECOND_NOUN})\s+(?:and|en|&|\+)\s+"
    rf"(?:(?P<owner_b>{_OWNER})\s+)?(?P<b>[a-z][a-z-]*{_SECOND_NOUN})"
    r"(?P<rest>(?:\s+(?:of|van|for|voor)\s+.*?)?)\s*\??\s*$")


# keywords asking two properties of a name: "web 11 venue and attendance", "trendship datum en locatie"
_PROPERTY_NOUN = (r"(?:venue|location|locatie|plaats|place|date|datum|dates|attendance|opkomst|visitors|bezoekers"
                  r"|participants|deelnemers|amount|bedrag|budget|contribution|bijdrage|partners|applicant|aanvrager"
                  r"|description|beschrijving|size|omvang|projectomvang|project size|duration|looptijd|goal|doel|theme|thema"
                  r"|kenmerk|referentie|reference(?: number)?|contactpersoon|contact person|telefoonnummer|phone number"
                  r"|website|adres|address"
                  r"|(?:aantal|number of)\s+[a-z]+)")
_PROPERTY_JOIN = r"\s*(?:,|\s(?:and|en|&|\+)\s|\s)\s*"
# (typed fast, the properties may follow each other bare: "trendship date venue", "trendship datum locatie en aantal
# deelnemers")
_KEYWORD_PROPERTIES = re.compile(rf"^\s*(?P<head>[^?]+?)\s+(?P<props>{_PROPERTY_NOUN}(?:{_PROPERTY_JOIN}{_PROPERTY_NOUN})+)"
                                 r"\s*\??\s*$", flags=re.I)


# a property tacked on after a comma: "…, and partners?", "…, en de partners?"
_AND_A_PROPERTY = re.compile(rf"^\s*(?P<head>[^?]+?),\s+(?P<tail>(?:and|en)\s+(?:the\s+|de\s+|het\s+|its\s+|their\s+)?"
                             rf"{_PROPERTY_NOUN})\s*\??\s*$", flags=re.I)


# properties listed after a question about a name: "trendship wat weten we ervan, bijdrage en aantal deelnemers"
_PROPERTIES_AFTER = re.compile(rf"^\s*(?P<clause>[^,?]+?)\s*,\s*(?P<a>{_PROPERTY_NOUN})\s*(?:,|\s(?:and|en|&|\+)\s)\s*"
                               rf"(?P<b>{_PROPERTY_NOUN})\s*\??\s*$", flags=re.I)


def _properties_after(core: str) -> list[str] | None:
    """A question about a name with properties listed after a comma, as the question and one question per property
    of the name the clause starts with ("trendship wat weten we ervan, bijdrage en aantal deelnemers"); None when
    the clause asks no question or starts with its question word (the properties' owner would be unknown).

    >>> _properties_after("trendship wat weten we ervan, bijdrage en aantal deelnemers")
    ['trendship wat weten we ervan?', 'trendship bijdrage?', 'trendship aantal deelnemers?']
    >>> _properties_after("wat weten we ervan, bijdrage en deelnemers") is None
    True
    """
    found = _PROPERTIES_AFTER.match(core)
    asking = _QUESTION_WORD.search(found.group("clause")) if found else None
    if found is None or asking is None or asking.start() == 0:
        return None
    name = found.group("clause")[: asking.start()].strip()
    return [f"{found.group('clause')}?", f"{name} {found.group('a')}?", f"{name} {found.group('b')}?"]


def _keyword_properties(core: str) -> list[str] | None:
    """Keywords asking two or more properties of one name, as a question per property ("web 11 venue and attendance");
    None for anything with a question word.

    >>> _keyword_properties("web 11 venue and attendance")
    ['web 11 venue?', 'web 11 attendance?']
    >>> _keyword_properties("blockchain in education congres locatie en aantal bezoekers")[1]
    'blockchain in education congres aantal bezoekers?'
    >>> _keyword_properties("Trendship '17 datum locatie en aantal deelnemers")
    ["Trendship '17 datum?", "Trendship '17 locatie?", "Trendship '17 aantal deelnemers?"]
    """
    found = _KEYWORD_PROPERTIES.match(core)
    if found is None or _QUESTION_WORD.search(core):
        return None
    props = re.findall(_PROPERTY_NOUN, found.group("props"), flags=re.I)
    return [f"{found.group('head')} {prop}?" for prop in props]


# "wie heeft de brief ondertekend en wanneer", "who signed it and when": a question word after the clause asks it too
_TRAILING_QUESTION_WORD = re.compile(r"^\s*(?P<a>wie|wat|who|what)\s+(?P<rest>[^?]+?)\s*,?\s+(?:en|and)\s+"
                                     r"(?P<b>wanneer|waar|when|where)\s*\??\s*$", flags=re.I)


# "compare the gdbc and the blockchain programme: money from the city, total size and how long they run": a list of
# what is asked after a colon, each item asked of the head before it
_LISTED_AFTER_COLON = re.compile(r"^\s*(?P<head>[^:?]{3,}?)\s*:\s*(?P<items>[^:?]+?)\s*\??\s*$")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|en)\s+)?|\s+(?:and|en|&)\s+", flags=re.I)


_BARE_WH = re.compile(r"^(?:wanneer|waar|wie|when|where|who)$", flags=re.I)
_WH_VERB = re.compile(r"^(?:wanneer|waar|wie|wat|hoe|when|where|who|what|how)\s+(?P<rest>(?:is|was|zijn|waren|vond|vindt"
                      r"|did|does|do|will|were|are)\b.*)$", flags=re.I)


def _asked_like(item: str, before: str) -> str:
    """A bare question word asked with the verb of the question before it ("waar" after "wanneer was het": "waar
    was het"); any other item as it is."""
    verb = _WH_VERB.match(before)
    return f"{item} {verb.group('rest')}" if _BARE_WH.match(item) and verb else item


_COUNTED_ALONE = re.compile(r"^(?:(?P<nl>bezoekers|deelnemers|leden|aanwezigen)|visitors|participants|attendees"
                            r"|members)$", flags=re.I)


def _as_a_number(item: str) -> str:
    """"bezoekers" listed alone as "aantal bezoekers" ("visitors": "number of visitors"); any other item as it is."""
    found = _COUNTED_ALONE.match(item)
    if found is None:
        return item
    return f"{'aantal' if found.group('nl') else 'number of'} {item}"


_COMPARE_HEAD = re.compile(r"^\s*(?:(?:please\s+)?compare|vergelijk)\s+", flags=re.I)
_THEY = re.compile(r"\b(?:they|them|ze|zij)\b", flags=re.I)


_TELL_ABOUT = re.compile(r"\b(?:tell (?:me |us )?(?:something |more )?about|vertel (?:eens |iets |me |ons |wat )*over"
                         r"|wat weet je over|what do you know about|describe|beschrijf)\b", flags=re.I)


# the asker saying what they mean to do ("ik wil de brief opzoeken", "i need this for a memo")
_ASKER_STATES = re.compile(r"^\s*(?:ik|wij|we|i|i'm|im|i am)\s+(?!(?:wil|wilde|want|would like|'d like)\s+(?:graag\s+)?"
                           r"(?:weten|know)\b)\w+", flags=re.I)


def _listed_after_colon(core: str) -> list[str] | None:
    """Each item of a list after a colon asked of what comes before it; None for another question (a colon before
    one item, or before a sentence of its own).

    >>> _listed_after_colon("compare gdbc and web 11: money from the city, total size and how long they run")
    ['compare gdbc and web 11: money from the city?', 'compare gdbc and web 11: total size?', 'how long gdbc and web 11 run?']
    >>> _listed_after_colon("UMCG proeftuin: city share as a percentage of total project size")
    >>> _listed_after_colon("bijdrage per aanvrager: WEB11 en Dutch Blockchain Hackathon BV, en samen")
    >>> _listed_after_colon("trendship: datum, locatie en aantal bezoekers")
    ['trendship: datum?', 'trendship: locatie?', 'trendship: aantal bezoekers?']
    >>> _listed_after_colon("Trendship wil ik als highlight: wanneer was het, waar, en hoeveel man kwam er")[1]
    'Trendship wil ik als highlight: waar was het?'
    >>> _listed_after_colon("Trendship '17: datum, locatie, bezoekers")[2]
    "Trendship '17: aantal bezoekers?"
    >>> _listed_after_colon("GDBC: bijdrage gemeente 2017, totale projectomvang en looptijd")
    ['GDBC: bijdrage gemeente 2017?', 'GDBC: totale projectomvang?', 'GDBC: looptijd?']
    >>> _listed_after_colon("tell me about Django Girls: who organised it, and how much did the city contribute")[0]
    'tell me about Django Girls?'
    """
    found = _LISTED_AFTER_COLON.match(core)
    if found is None:
        return None
    head = found.group("head")
    items = [i for i in _LIST_SEPARATOR.split(found.group("items")) if i]
    if len(items) < 2 or any(len(i.split()) > 6 for i in items):
        return None
    compared = _COMPARE_HEAD.match(head)
    # (a property may be qualified: "municipal contribution", "totale omvang")
    qualified = r"(?:(?:municipal|city's|city|gemeentelijke|total|totale|own|eigen|exact|exacte)\s+)?"
    if not compared and not all(re.match(rf"(?:the\s+|de\s+|het\s+)?{qualified}(?:{_PROPERTY_NOUN}|{_QUESTION_WORD.pattern})",
                                         i, flags=re.I) for i in items):
        return None  # "bijdrage per aanvrager: WEB11 en Dutch Blockchain Hackathon BV, en samen" lists names
    # "how long they run" after "compare X and Y:" asks it of X and Y ("how long X and Y run"), not a comparison
    if _ASKER_STATES.match(head):
        # "Ik wil de brief zelf even opzoeken: wie heeft hem ondertekend, …": what the asker means to do is context;
        # each item asks on its own
        return [f"{item}?" for item in items]
    # "tell me about Django Girls: who organised it, and …": the head asks on its own (what the thing is), and each
    # item asks of the thing it names
    about = _TELL_ABOUT.search(head)
    subject = head[about.end():].strip() if about else head
    # a bare question word after a question ("wanneer was het, waar, en …") asks it with the same verb ("waar was het")
    items = [_asked_like(i, items[n - 1]) if n else i for n, i in enumerate(items)]
    # those who came, listed alone ("datum, locatie, bezoekers"), are asked as a number
    items = [_as_a_number(i) for i in items]
    asked = [_THEY.sub(head[compared.end():], item, count=1) + "?" if compared and _THEY.search(item)
             else f"{subject}: {item}?" for item in items]
    return [f"{head}?", *asked] if about and subject else asked


_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+)?"
# "… relate to g-kwadraat and next city", "de relatie tussen gdc, g-kwadraat en next city": the things named at the end,
# after a preposition, joined by "and"
_COORDINATED_END = re.compile(rf"\b(?:to|with|between|and|tussen|met|aan|op|van|of|about|over)\s+(?P<items>{_ITEM}"
                              rf"(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|en|&)\s+{_ITEM})\s*[?!.]*$", flags=re.I)


def coordinated_items(question: str) -> tuple[str, ...]:
    """The things a question names together at its end ("how does gdc relate to g-kwadraat and next city"), each of
    which an answer must speak of; () when it names no such list.

    >>> coordinated_items("how does gdc relate to g-kwadraat and next city")
    ('g-kwadraat', 'next city')
    >>> coordinated_items("wat is de relatie tussen gdc, g-kwadraat en next city?")
    ('gdc', 'g-kwadraat', 'next city')
    >>> coordinated_items("wat is het doel van het programma")
    ()
    """
    found = _COORDINATED_END.search(question.strip())
    if not found:
        return ()
    return tuple(i for i in re.split(r"\s*,\s*(?:(?:and|en|&)\s+)?|\s+(?:and|en|&)\s+", found.group("items"), flags=re.I) if i)


# a part that only asks whether what was said is so
_BARE_CHECK = re.compile(r"^\s*(?:(?:en|and|maar|but)\s+)?(?:klopt (?:dat|het|dit)(?: wel| eigenlijk| echt)?|is dat (?:wel )?(?:zo|waar|juist|correct)"
                         # "kan dat kloppen?", "can that be right?", "does that sound right?"
                         r"|kan (?:dat|het|dit) (?:wel |echt |eigenlijk )?kloppen|(?:can|could) (?:that|this|it) be (?:right|true|correct)"
                         r"|(?:does|do) (?:that|this|it) (?:sound|seem) (?:right|correct|true)|is (?:that|this) accurate"
                         # (a bare "waar?" asks where: "wanneer was pygrunn en waar")
                         r"|(?:is|was) (?:that|this|it) (?:right|correct|true|so)|right|correct|true|toch|klopt"
                         # "could you kindly confirm this figure?", "kunt u dat bedrag bevestigen?"
                         r"|(?:can|could|would) you (?:please |kindly )?(?:confirm|verify|check)(?: (?:this|that|it|the)"
                         r"(?: (?:figure|amount|number|sum|claim))?)?(?: please)?"
                         r"|(?:kunt|kun|kan) (?:u|je|jij) (?:dat|dit|het)(?: (?:bedrag|cijfer|getal))? (?:bevestigen|controleren"
                         r"|nagaan))\s*[?!.]*\s*$",
                         flags=re.I)
# "… ? staat daar iets over in?", "… ? do the sources say anything about that?": whether the sources answer the
# part before, which that part's answer (or refusal) says; nothing asked of its own
_SAID_AT_ALL = re.compile(r"^\s*(?:(?:en|and|maar|but|of|or)\s+)?(?:staat|stond|staan)\s+(?:daar|er|hier|dat|dit)\s+"
                          r"(?:ook\s+|wel\s+|eigenlijk\s+)?(?:iets\s+)?(?:over\s+)?(?:in|erin|vermeld|beschreven)"
                          r"|^\s*(?:(?:en|and|maar|but|of|or)\s+)?(?:is|wordt)\s+(?:daar|er|hier)\s+(?:ook\s+|wel\s+)?iets\s+over"
                          r"\s+(?:bekend|gezegd|geschreven|te vinden)"
                          r"|^\s*(?:(?:en|and|maar|but|of|or)\s+)?(?:zeggen|zegt|noemen|noemt)\s+(?:de\s+)?(?:bronnen|brief|stukken)"
                          r"\s+(?:daar|er|hier)\s+(?:ook\s+|wel\s+)?iets\s+over"
                          r"|^\s*(?:(?:and|but|or)\s+)?(?:do|does)\s+(?:the\s+)?(?:sources?|letter|documents?|it|they)\s+"
                          r"(?:say|mention)\s+(?:anything|something)(?:\s+(?:about|on)\s+(?:that|this|it))?"
                          r"|^\s*(?:(?:and|but|or)\s+)?is\s+there\s+(?:anything|something)\s+(?:on|about)\s+(?:that|this|it)"
                          r"\s+in\s+(?:the\s+)?(?:sources?|documents?|letter)", flags=re.I)
_WHO_WHAT_FIRST = re.compile(r"^\s*(?:wie|who|whom|wat|what|welke|which|wanneer|when|waar|where|hoeveel|how)\b", flags=re.I)


# a part's mark: "(1)", "2)", "(a)", "b)" at the start, after a colon or between words
_PART_MARK = re.compile(r"(?:^|(?<=[\s:;,]))\(?(?P<mark>[1-9]|[a-e])\)\s+")


def _enumerated(core: str) -> list[str] | None:
    """The numbered or lettered parts of a question, in order ("(1) … en (2) …"), each a question of its own (what
    stands before the first mark is context); None unless there are two or more, marked 1, 2, … or a, b, ….

    >>> _enumerated("Voor een briefing: (1) wanneer is het actieplan vastgesteld en (2) voor welke periode geldt het?")
    ['wanneer is het actieplan vastgesteld?', 'voor welke periode geldt het?']
    >>> _enumerated("hoeveel kreeg (a) PyGrunn"), _enumerated("wat is 1) het doel")
    (None, None)
    """
    marks = list(_PART_MARK.finditer(core))
    labels = [m.group("mark") for m in marks]
    first = labels[0] if labels else ""
    if len(marks) < 2 or labels != [chr(ord(first) + i) for i in range(len(labels))] or first not in ("1", "a"):
        return None
    ends = [m.start() for m in marks[1:]] + [len(core)]
    parts = [re.sub(r"(?:[,;]|\s+(?:en|and|&))*\s*$", "", core[m.end():end]).strip(" ?")
             for m, end in zip(marks, ends, strict=True)]
    return [f"{p}?" for p in parts] if all(len(p.split()) >= 2 for p in parts) else None


def split(question: str) -> list[str]:
    """Several questions asked in one, each as its own question; one question stays whole.

    >>> split("Who wrote the letter and what is its reference number?")
    ['Who wrote the letter?', 'what is its reference number?']
    >>> split("Where and when did Trendship take place?")
    ['Where did Trendship take place?', 'when did Trendship take place?']
    >>> split("when and where did trendship happen and how many ppl showed up")
    ['when did trendship happen?', 'where did trendship happen?', 'how many ppl showed up']
    >>> split("Hoeveel kreeg PyGrunn en Web 11?")
    ['Hoeveel kreeg PyGrunn en Web 11?']
    >>> split("Wanneer is het actieplan vastgesteld en voor welke periode geldt het?")
    ['Wanneer is het actieplan vastgesteld?', 'voor welke periode geldt het?']
    >>> split("How many projects does the letter mention, and how many are in the annex?")[1]
    'how many projects are in the annex?'
    >>> split("how many visitors did the werkplaats get n where was it")
    ['how many visitors did the werkplaats get?', 'where was it?']
    >>> split("whats their name and email")
    ['what is their name?', 'what is their email?']
    >>> split("who signed the letter and whats the reference number and date")[1:]
    ['what is the reference number?', 'what is the date?']
    >>> split("Wat zijn de doelen en resultaten van GDC?")
    ['Wat zijn de doelen van GDC?', 'Wat zijn de resultaten van GDC?']
    >>> split("Wat is de bijdrage aan Kennis & Innovatie?")
    ['Wat is de bijdrage aan Kennis & Innovatie?']
    >>> split("hoeveel kreeg WEB11 en waarvoor")
    ['hoeveel kreeg WEB11?', 'waarvoor?']
    >>> split("Wat is het Digital Office nu precies, en voor hoe lang is het opgezet?")
    ['Wat is het Digital Office nu precies?', 'voor hoe lang is het opgezet?']
    >>> split("UMCG proeftuin: city share as a percentage of total project size, and partners?")[1]
    'and partners?'
    >>> split("wie heeft de brief ondertekend en wanneer")
    ['wie heeft de brief ondertekend?', 'wanneer heeft de brief ondertekend?']
    >>> split("welke themas noemt het actieplan en onder leiding van wie werkt het digital office")[1]
    'onder leiding van wie werkt het digital office?'
    >>> split("de gemeente heeft in 2017 toch zo'n 500k in gdc projecten gestoken? klopt dat")
    ["de gemeente heeft in 2017 toch zo'n 500k in gdc projecten gestoken, klopt dat?"]
    >>> split("where did the week take place, and approximately how many visitors attended?")
    ['where did the week take place?', 'approximately how many visitors attended?']
    >>> split("hoeveel deelnemers had trendship en waar?")
    ['hoeveel deelnemers had trendship?', 'waar?']
    >>> split("wat is het kenmerk en de datum van de raadsbrief en wie hebben hem ondertekend")
    ['wat is het kenmerk van de raadsbrief?', 'wat is de datum van de raadsbrief?', 'wie hebben hem ondertekend?']
    >>> split("Voor welke groepen is dat bedoeld, wie voert het uit, en hoeveel heeft de gemeente bijgedragen?")[:2]
    ['Voor welke groepen is dat bedoeld?', 'wie voert het uit?']
    >>> split("Wat doet de gemeente aan omscholing? Staat daar iets over in?")
    ['Wat doet de gemeente aan omscholing?']
    >>> split("who funds the hackathon? do the sources say anything about that?")
    ['who funds the hackathon?']
    >>> split("kan die ook al mee doen met dat Programmeren in de klas? Of is dat voor de grotere kinderen")
    ['kan die ook al mee doen met dat Programmeren in de klas?']
    >>> split("Op welke datum en op welke locatie vond Trendship '17 plaats, en hoeveel deelnemers trok het?")[:2]
    ["Op welke datum vond Trendship '17 plaats?", "op welke locatie vond Trendship '17 plaats?"]
    """
    core = unwrap(question)
    numbered = _enumerated(core)
    if numbered:  # "(1) op welke datum … en (2) voor welke periode …": each numbered part is a question
        return numbered
    added = _REQUEST_PLUS.match(core.strip())
    if added:  # "Give me the slogan, plus the date and reference number of the letter": each thing requested
        head = "wat is " if added.group("head").lower().startswith(("geef", "noem", "toon", "vertel")) else "what is "
        return [q for thing in (added.group("a"), added.group("b")) for q in split(f"{head}{thing.strip(' ,.?')}?")]
    # "wat is het kenmerk en de datum van de brief en wie hebben hem ondertekend": a second question after the
    # properties is split off first, then the properties of the first part
    questions = [p for p in _SECOND_QUESTION.split(core) if p and p.strip(" ,;?")]
    several = len(questions) > 1 and all(asks(p) for p in questions[1:]) and _WHO_WHAT_FIRST.match(questions[-1])
    # (a list after a label's colon is read as one before the keywords run together: "GDBC: bijdrage gemeente 2017,
    # totale projectomvang en looptijd")
    properties = (None if several else _two_properties(core) or _two_owners(core)) or _listed_after_colon(
        core) or _keyword_properties(core) or _properties_after(core)
    if properties:  # "what's their name and email", "web 11 venue and attendance": each property of the same owner
        return properties
    terms = _two_terms(core)
    if terms:  # "wat betekenen DOG en CDO?": each term defined on its own
        return terms
    claims = _two_claims(core)
    if claims:  # "is it true that X and that Y?": each claim judged on its own
        return claims
    tail = _AND_A_PROPERTY.match(core)
    if tail:  # "… city share as a percentage of total size, and partners?": the property asked of the same thing
        return [tail.group("head").rstrip(" ,") + "?", tail.group("tail").strip() + "?"]
    trailing = _TRAILING_QUESTION_WORD.match(core)
    if trailing:  # "wie heeft de brief ondertekend en wanneer": the same clause asked with the second word too
        rest = trailing.group("rest")
        return [f"{trailing.group('a')} {rest}?", f"{trailing.group('b')} {rest}?"]
    paired = _TWO_QUESTION_WORDS.match(core)
    if paired:  # "where and when did X happen": one clause, two things asked of it
        rest = paired.group("rest")
        # "… and how many people showed up": a further question after that clause is a part of its own
        first, *later = [p.strip(" ,;") for p in _SECOND_QUESTION.split(rest) if p and p.strip(" ,;?")] or [rest]
        later = [p for p in later if asks(p)]
        rest = first.rstrip(" ?") + "?" if later else rest
        return [f"{paired.group('a')} {rest}", f"{paired.group('b')} {rest}", *later]
    parts = [p.strip(" ,;") for p in _SECOND_QUESTION.split(core) if p and p.strip(" ,;?")]
    parts = [q for p in parts for q in _after_comma(p)]
    if len(parts) < 2:
        return [question.strip()]
    # a statement after the question ("… ? I want to pitch an idea", "… ? focus 2018") is context, not a question,
    # and so is a remark about the asker ("… ? could be interesting for me")
    asked = [parts[0], *(p for p in parts[1:] if asks(p) and not remark(p))]
    if len(asked) < 2 and any(re.search(r"\d", p) for p in parts[1:]):
        return [question.strip()]  # "does it add up? the letter prints 469.427 as total …": the figure it checks
    if len(asked) < 2:
        return [question.strip() if len(parts) < 2 else asked[0].rstrip("?") + "?"]
    parts = asked
    # "… 500k in gdc projecten gestoken? klopt dat": a bare tag asks whether the part before is so, nothing of its own
    merged: list[str] = []
    for part in parts:
        if merged and (_SAID_AT_ALL.match(part) and len(part.split()) <= 9 or _OR_ELSE.match(" " + part.strip())):
            continue  # ("… ? Of is dat voor de grotere kinderen": the alternative to the yes or no asked before)
        if merged and _BARE_CHECK.match(part):
            merged[-1] = f"{merged[-1].rstrip(' ?')}, {part.strip(' ?')}?"
            continue
        merged.append(part)
    if len(merged) < 2:
        return [merged[0].rstrip(" .!?") + "?"]
    parts = merged
    parts = [parts[0], *(_verb_again(parts[0], _counted_again(parts[0], _noun_again(parts[0], p))) for p in parts[1:])]
    # "… and whats the reference number and date": a later part asking two properties is two parts; so is a count
    # of two things ("hoeveel programmeerlessen en robotica-lessen zijn daar gegeven")
    parts = [q for p in parts for q in (_two_properties(unwrap(p)) or _keyword_properties(unwrap(p).rstrip("?"))
                                        or _two_counts(p) or [p])]
    return _scope_shared([p if p.endswith("?") else p.rstrip(" .!") + "?" for p in parts])


# a request for one thing "plus" another ("Give me the exact wording of the slogan, plus the date of the letter"): each
# thing is requested on its own
_REQUEST_PLUS = re.compile(r"^(?P<head>(?:give|geef|list|noem|show|toon|tell|vertel)\s+(?:me\s+|mij\s+|us\s+|ons\s+)?)"
                           r"(?P<a>[^?]+?),?\s+(?:plus|as well as|and also|alsook|en ook|evenals)\s+(?P<b>[^?]+?)[.?!]*$",
                           flags=re.I)
_WHICH_NOUN_FIRST = re.compile(r"^\s*(?:(?:en|and)\s+)?(?:welk|welke|which|what)\s+(?P<noun>[a-z][\w-]*)\b", flags=re.I)
_WHICH_SUPERLATIVE = re.compile(r"^\s*(?P<lead>(?:(?:en|and)\s+)?(?:welk|welke|which))\s+(?=(?:de|het|the)\s+\w+(?:st|ste|est)\b)",
                                flags=re.I)


def _noun_again(first: str, part: str) -> str:
    """A later part asking "which the lowest" without its noun, with the noun the first part asked "which" of ("Welk
    thema ontving de hoogste bijdrage en welk de laagste?": which theme the lowest).

    >>> _noun_again("Welk thema ontving de hoogste bijdrage?", "welk de laagste?")
    'Welk thema ontving de laagste bijdrage?'
    >>> _noun_again("Welk thema ontving het meest?", "wie tekende?")
    'wie tekende?'
    """
    asked, bare = _WHICH_NOUN_FIRST.match(first), _WHICH_SUPERLATIVE.match(part)
    if asked is None or bare is None:
        return part
    # the first part asked again with the later part's superlative ("… de hoogste bijdrage" → "… de laagste bijdrage")
    mine = _SUPERLATIVE_SAID.search(part[bare.end():])
    theirs = _SUPERLATIVE_SAID.search(first)
    if mine is None or theirs is None:
        return f"{bare.group('lead')} {asked.group('noun')} {part[bare.end():]}"
    return f"{first[:theirs.start()]}{mine.group(0)}{first[theirs.end():]}"


_SUPERLATIVE_SAID = re.compile(r"\b(?:de|het|the)\s+\w+(?:st|ste|est)\b", flags=re.I)


# "how many projects" alone, and "how much money per theme in 2017": a quantity asked of a bare noun, and the same
# with what scopes it ("per theme", "in 2017", "for education") after the noun
_BARE_QUANTITY = re.compile(r"^\s*(?:(?:en|and)\s+)?(?:hoeveel|how\s+(?:much|many))\s+[\w-]+\s*\??\s*$", flags=re.I)
_SCOPED_QUANTITY = re.compile(r"^\s*(?:(?:en|and)\s+)?(?:hoeveel|how\s+(?:much|many))\s+[\w-]+\s+"
                              r"(?P<scope>(?:per|in|voor|for|by|naar|to|aan|van|of|op|on)\s+[^?]+?)\s*\??\s*$", flags=re.I)


def _scope_shared(parts: list[str]) -> list[str]:
    """Each bare quantity ("how many projects") asked with the scope the part after it names ("how much money per
    theme in 2017"): the scope said once at the end is meant for both.

    >>> _scope_shared(["how many projects?", "how much money per theme in 2017?"])
    ['how many projects per theme in 2017?', 'how much money per theme in 2017?']
    >>> _scope_shared(["hoeveel geld?", "hoeveel projecten per thema?"])
    ['hoeveel geld per thema?', 'hoeveel projecten per thema?']
    >>> _scope_shared(["how much did gdbc get?", "how many partners does it have?"])
    ['how much did gdbc get?', 'how many partners does it have?']
    """
    scoped = list(parts)
    for n in range(len(scoped) - 2, -1, -1):
        later = _SCOPED_QUANTITY.match(scoped[n + 1])
        if later and _BARE_QUANTITY.match(scoped[n]):
            scoped[n] = f"{scoped[n].rstrip(' ?')} {later.group('scope')}?"
    return scoped


_TWO_COUNTS = re.compile(r"^(?P<lead>.*?\b(?:hoeveel|how many))\s+(?P<a>[a-z][\w-]+)\s+(?:en|and|&)\s+(?P<b>[a-z][\w-]+)"
                         r"\s+(?P<rest>(?:zijn|waren|werden|worden|is|was|hebben|heeft|are|were|did|have|has)\b.*)$",
                         flags=re.I)


def _two_counts(part: str) -> list[str] | None:
    """"Hoeveel programmeerlessen en robotica-lessen zijn daar gegeven?" as a count of each; None for another part.

    >>> _two_counts("Hoeveel programmeerlessen en robotica-lessen zijn daar gegeven?")
    ['Hoeveel programmeerlessen zijn daar gegeven?', 'Hoeveel robotica-lessen zijn daar gegeven?']
    >>> _two_counts("hoeveel projecten zijn er?")
    """
    found = _TWO_COUNTS.match(part.strip())
    if found is None:
        return None
    rest = found.group("rest").rstrip(" ?")
    return [f"{found.group('lead')} {found.group(w)} {rest}?" for w in ("a", "b")]


# "wat is het kenmerk van de raadsbrief en van de eerdere brief": one property of two owners, each named after "van"
# (a property asked with its article, "wat is het kenmerk van"; "welke projecten van A en van B" is one list)
_TWO_OWNERS = re.compile(r"^(?P<head>(?:wat|wie|what|who)\s+(?:is|zijn|was|waren|are|were)\s+(?:de|het|the)\s+"
                         r"[\w-]+(?:\s+[\w-]+)?\s+(?P<of>van|of))\s+(?P<a>.+?)"
                         r"\s*,?\s+(?:en|and)\s+(?P=of)\s+(?P<b>.+?)\s*\??\s*$", flags=re.I)


def _two_owners(core: str) -> list[str] | None:
    """"wat is het kenmerk van de raadsbrief en van de eerdere brief" as one question per owner; None otherwise.

    >>> _two_owners("what is the reference of the council letter and of the earlier letter it refers to?")
    ['what is the reference of the council letter?', 'what is the reference of the earlier letter it refers to?']
    """
    found = _TWO_OWNERS.match(core)
    if found is None:
        return None
    return [f"{found.group('head')} {found.group('a')}?", f"{found.group('head')} {found.group('b')}?"]


def _two_properties(core: str) -> list[str] | None:
    """"what's their name and email" as one question per property of the same owner; None for another question."""
    found = _TWO_PROPERTIES.match(core)
    if found is None:
        return None
    head, rest = found.group("head"), found.group("rest")
    # "het kenmerk en de datum": the second property with its own article
    second = re.sub(rf"{_OWNER}\s+$", f"{found.group('owner_b')} ", head) if found.group("owner_b") else head
    return [f"{head}{found.group('a')}{rest}?", f"{second}{found.group('b')}{rest}?"]


# "which documents are in here, where do i start": a question word after a comma starts a second question, when
# the words before the comma are a question of their own ("In 2017, how much …" is one question)
# a question asked by a phrase before its question word ("naar aanleiding van welke brief", "in response to which")
_PHRASE_ASKING = (r"(?:naar aanleiding van|in reactie op|op grond van|in response to|in reaction to|following|based on)\s+"
                  r"(?:welke|welk|wat|which|what)\b")
# a preposition before the question word: "voor welke groepen is dat bedoeld", "…, naar welke eerdere brief verwijst die"
_PREPOSITION_ASKING = (r"(?:voor|in|op|aan|met|bij|van|naar|uit|over|for|on|at|with|from|to|about)\s+"
                       r"(?:welke|welk|wat|wie|which|what|whom|hoeveel|hoe|how)\b")
_COMMA_QUESTION = re.compile(r",\s+(?=(?:what|who|which|how|when|where|why|wat|wie|welke|welk|hoeveel|wanneer|waar"
                             rf"|waarom|hoe)\b|{_PHRASE_ASKING}"
                             # "…, is it in groningen every year": a yes/no question about what came before
                             r"|(?:is|are|was|were|does|did|do|has|have|can|heeft|hebben|zijn|wordt|werd|kan|komt)\s+"
                             r"(?:it|they|he|she|het|ze|zij|hij|dat|dit|er|there)\b"
                             rf"|{_PREPOSITION_ASKING})", flags=re.I)
# ("and" before a question word only: "and does it match the rows, what total …" points ahead at the part after it)
_ASKS_FIRST = re.compile(r"^\s*(?:(?:en|and)\s+)?(?:what|who|which|how|when|where|why|wat|wie|welke|welk|hoeveel|wanneer"
                         r"|waar|waarom|hoe)\b|^\s*(?:is|are|was|were|did|does|do|has|have|can|heeft|hebben|is|zijn|kan"
                         rf"|klopt)\b|^\s*{_PHRASE_ASKING}|^\s*{_PREPOSITION_ASKING}", flags=re.I)


def _after_comma(part: str) -> list[str]:
    """A part split where a comma starts a second question.

    >>> _after_comma("which documents are in here, where do i start"), _after_comma("In 2017, how much went to it")
    (['which documents are in here', 'where do i start'], ['In 2017, how much went to it'])
    >>> _after_comma("dutch blockchain hackathon what is that, is it in groningen every year")
    ['dutch blockchain hackathon what is that', 'is it in groningen every year']
    >>> _after_comma("The Trendship festival — when was it, how many visitors came")
    ['The Trendship festival — when was it', 'how many visitors came']
    >>> _after_comma("En wanneer had de raadscommissie ingestemd, naar aanleiding van welke eerdere brief?")
    ['En wanneer had de raadscommissie ingestemd', 'naar aanleiding van welke eerdere brief?']
    >>> _after_comma("Wat is het kenmerk van de raadsbrief, naar welke eerdere brief verwijst die")
    ['Wat is het kenmerk van de raadsbrief', 'naar welke eerdere brief verwijst die']
    """
    pieces = _COMMA_QUESTION.split(part)
    # (before a yes/no about it, the first piece may ask after its subject: "dutch blockchain hackathon what is that,
    # is it …")
    asks_after_subject = bool(_QUESTION_WORD.search(pieces[0])) and all(
        _AUXILIARY_FIRST.match(p) for p in pieces[1:])
    # (the first piece may name its subject before a dash: "The Trendship festival — when was it, how many came")
    first = re.split(r"\s+[—–-]\s+|:\s+", pieces[0])[-1]
    if len(pieces) < 2 or not (_ASKS_FIRST.match(first) or asks_after_subject) or not all(
            _ASKS_FIRST.match(p) for p in pieces[1:]):
        return [part]
    return [p.strip(" ,") for p in pieces]


_ELLIPTIC = re.compile(r"^\s*(?:en|and|or|of|ook|also|plus|(?:graag\s+)?(?:ook\s+)?hetzelfde voor|idem voor"
                       r"|(?:please\s+)?(?:also\s+)?the same for)\b", flags=re.I)
# "… ? tel de bijdragen eens op", "… ? list them": a request after a question asks too
_IMPERATIVE = re.compile(r"^\s*(?:(?:please|pls|graag|even)\s+)?(?:geef|noem|toon|vertel|beschrijf|vergelijk|tel|bereken|reken"
                         r"|controleer|check|som|zoek|give|list|show|name|tell|describe|compare|count|add|sum|calculate"
                         r"|explain|break|rangschik|sorteer|orden|rank|sort|order)\b", flags=re.I)


def asks(part: str) -> bool:
    """Does this part of a question ask something: a question mark, a question word, a verb put first, or an
    elliptic "and …" ("En Web 11?")?

    >>> asks("I want to pitch an idea"), asks("focus 2018"), asks("en Web 11"), asks("wie tekende")
    (False, False, True, True)
    >>> asks("tel de bijdragen bij programma economie en werkgelegenheid eens op"), asks("list them")
    (True, True)
    """
    return ("?" in part or bool(_QUESTION_WORD.search(part)) or bool(_ELLIPTIC.match(part)) or bool(_IMPERATIVE.match(part))
            or bool(_AUXILIARY_FIRST.match(part.strip())) or bool(_VERB_THEN_SUBJECT.match(part.strip())))


def remark(part: str) -> bool:
    """A remark about the asker after the question, no question of its own: no question mark or word, no request,
    and the asker in it ("could be interesting for me", "voor ons als ziekenhuis een belangrijk punt").

    >>> remark("could be interesting for me"), remark("could it be interesting for me?"), remark("tell me more")
    (True, False, False)
    >>> remark("Mijn dochter vroeg het me, ze heeft het wat krap op het moment"), remark("ik wil ook weten wie het deed")
    (True, False)
    """
    if "?" in part or _IMPERATIVE.match(part) or _REQUEST.match(part):
        return False
    # (a sentence about the asker may use a question word as no question: "mijn dochter vroeg het me, ze heeft het
    # wat krap")
    return bool(_ASKERS_OWN.search(part)) and (not _QUESTION_WORD.search(part) or bool(_ABOUT_THE_ASKER.match(part)))


# a statement that starts with the asker or someone of theirs, and does not go on to ask ("ik wil ook weten wie …")
_ABOUT_THE_ASKER = re.compile(r"^\s*(?:mijn|my|ik|i|i'm|im|we|wij|ons|onze|our)\b(?!.*\b(?:weten|know|afvragen|wonder"
                              r"|bedoel|mean|vraag me af)\b)", flags=re.I)


_ASKERS_OWN = re.compile(r"\b(?:me|mij|ons|onze|us|our|my|mijn|i|ik|we|wij)\b", flags=re.I)
_HOW_MANY = re.compile(r"\b(?P<cue>hoeveel|how many)\s+(?P<next>[a-z']+)", flags=re.I)
# Words that follow "hoeveel / how many" when the counted noun is left out: "… en hoeveel staan er in de bijlage?"
_NO_NOUN = frozenset(["staan", "stonden", "staat", "zijn", "waren", "worden", "werden", "kregen", "krijgen", "zitten",
                      "er", "daarvan", "ervan", "in", "op", "are", "were", "did", "do", "does", "got", "received",
                      "have", "had", "there", "of", "on"])


def _counted_again(first: str, part: str) -> str:
    """A later part that counts without saying what ("hoeveel staan er in de bijlage?") counts what the first part
    counted ("hoeveel projecten …").

    >>> _counted_again("Hoeveel projecten noemt de brief", "hoeveel staan er in de bijlage")
    'hoeveel projecten staan er in de bijlage'
    """
    later, earlier = _HOW_MANY.search(part), _HOW_MANY.search(first)
    if not later or not earlier or later.group("next").lower() not in _NO_NOUN or earlier.group("next").lower() in _NO_NOUN:
        return part
    return f"{part[: later.end('cue')]} {earlier.group('next')}{part[later.end('cue'):]}"


_AMOUNT_ASKED = re.compile(r"^\s*(?:(?:en|and)\s+)?(?P<cue>hoeveel|how much)\s+(?P<verb>[a-z]+)\s+"
                           r"(?P<subject>(?:de|het|the)\s+[\w-]+)(?P<rest>.*?)\??\s*$", flags=re.I)
_SUBJECT_ONLY = re.compile(r"^\s*(?:(?:en|and)\s+)?(?P<cue>hoeveel|how much)\s+(?P<subject>(?:de|het|the)\s+[\w-]+)"
                           r"\s*\??\s*$", flags=re.I)


def _verb_again(first: str, part: str) -> str:
    """A later part that names only another subject ("… en hoeveel de bedrijven?") asks the first part's verb of it
    ("hoeveel betaalt de gemeente daaraan" → "hoeveel betaalt de bedrijven daaraan"): another giver's share.

    >>> _verb_again("en hoeveel betaalt de gemeente daar aan", "hoeveel de bedrijven")
    'hoeveel betaalt de bedrijven daar aan?'
    >>> _verb_again("hoeveel kreeg pygrunn", "hoeveel de bedrijven")
    'hoeveel de bedrijven'
    """
    later, earlier = _SUBJECT_ONLY.match(part), _AMOUNT_ASKED.match(first)
    if not later or not earlier:
        return part
    return f"{later.group('cue')} {earlier.group('verb')} {later.group('subject')}{earlier.group('rest')}?"


_WHY_WORDS = (r"waarom|why|how come|hoe komt het dat|om welke reden|hoe (?:komt|kan) (?:dat|dit|het)\b"
              # "waar komt dat verschil door", "wat is de verklaring daarvoor", "what explains the gap"
              r"|waar (?:komt|ligt) (?:dat|dit|het)\b(?: \w+)? (?:door|aan)\b|wat is de verklaring|what explains"
              r"|what is the explanation")
_WHY = re.compile(r"^(?:(?:en|and|but|maar|ok|oke|okay|so|dus)\s+)?(?:" + _WHY_WORDS + r""
                  r"|for what reason|wat (?:is|was) de reden (?:dat|waarom|voor)|what (?:is|was) the reason (?:that|why|for)"
                  # asked whether a reason is given: "wordt in de brief toegelicht waarom …", "does it explain why …"
                  r"|(?:wordt|werd|is|staat)\b.*?\b(?:toegelicht|uitgelegd|verklaard|vermeld|beschreven) (?:waarom|hoe het komt dat)"
                  r"|(?:does|did|do)\b.*?\b(?:explain|say|state|mention) why"
                  # a why wrapped in knowing or wondering: "is bekend waarom …", "do you know why …", "i wonder why"
                  r"|(?:is (?:het |er )?bekend|weet (?:je|u|jij|iemand)|(?:ik )?vraag me af|kun(?:t|nen)? (?:je|u|jullie) (?:me )?"
                  r"(?:uitleggen|vertellen)|do you know|does anyone know|is it known|(?:any|no) idea|i wonder"
                  r"|(?:can|could) you (?:explain|tell me))\s+(?:\w+\s+){0,2}?(?:waarom|why))"
                  r"\b\s*(?P<rest>.*?)\s*$")


_WHY_AFTER = re.compile(r"^(?P<told>[^?]+?)[,;:.]\s+(?:(?:en|and|but|maar|so|dus)\s+)?(?:" + _WHY_WORDS + r")"
                        r"(?:\s+[\w'-]+){0,3}$")


_LIMIT_WORD = re.compile(r"\b(?:max|maximum|maximale|maximaal|plafond|cap|ten hoogste|hoogstens|at most|upper limit)\b")
_LIMIT_OF = re.compile(r"\bper\s+(?:project|aanvraag|application|aanvrager|applicant|initiatief|initiative)\b"
                       r"|\b(?:aanvragen|aanvraag|apply|applying|request|mag|can i get|can you get|kun je krijgen"
                       r"|kan ik krijgen)\b")


def asks_a_limit(question: str) -> bool:
    """A question about a rule's cap ("what is the max subsidy per project", "hoeveel mag je maximaal aanvragen"),
    which the largest amount ever given does not answer.

    >>> asks_a_limit("whats the max subsidy per project"), asks_a_limit("hoeveel mag je maximaal aanvragen")
    (True, True)
    >>> asks_a_limit("welk project kreeg het maximale bedrag"), asks_a_limit("wat is de gemiddelde bijdrage per project")
    (False, False)
    """
    folded = normalise(question)
    return bool(_LIMIT_WORD.search(folded) and _LIMIT_OF.search(folded))


def asks_why(question: str) -> str | None:
    """What a why-question says after its why-word ("" for a bare "why?"); None for another question.

    >>> asks_why("Waarom is GDC mislukt?"), asks_why("and why?"), asks_why("what is the reason for the gap?")
    ('is gdc mislukt', '', 'the gap')
    >>> asks_why("Wat is het doel?")
    >>> asks_why("wordt in de brief toegelicht waarom het Like-programma niet is meegeteld")
    'het like-programma niet is meegeteld'
    >>> asks_why("Is bekend waarom juist de Suikerfabriek werd gekozen?"), asks_why("do you know why it stopped?")
    ('juist de suikerfabriek werd gekozen', 'it stopped')
    >>> asks_why("Django Girls kreeg € 383 en Codeniacs € 9.940, hoe komt dat verschil eigenlijk?")
    'django girls kreeg € 383 en codeniacs € 9.940'
    >>> asks_why("hoe komt dat?"), asks_why("Trendship trok 1.600 bezoekers, waar komt dat door?")
    ('', 'trendship trok 1.600 bezoekers')
    >>> asks_why("Trendship trok 1.600 bezoekers, wat is de reden dat het zo druk was en waar was het?")
    """
    folded = normalise(question).strip(" ?!.")
    found = _WHY.match(folded)
    if found is not None:
        return found.group("rest")
    # what is told first, the why after it: "X kreeg € 383 en Y € 9.940, hoe komt dat verschil?" asks the reason
    # for what was told
    after = _WHY_AFTER.match(folded)
    return after.group("told") if after else None


# words that only stress or soften, after what a question asks about ("wat is digideal nu eigenlijk?")
# (and "ook alweer", "again": the asker forgot, which asks nothing more: "wat was die multiplier ook alweer")
FILLERS = "precies|eigenlijk|nou|nu|dan|toch|alweer|ook|exactly|actually|really|now|then|again"
_DEFINITION = re.compile(
    r"^(?:(?:en|and|ok|oke|okay)\s+)?(?:wat (?:is|zijn|was|waren)|what(?:'s|s| is| are| was| were)|wat betekent|wat betekenen"
    r"|wat houdt|wat wordt bedoeld met|what is meant by|what does|what do)\s+(?:(?P<article>een|de|het|a|an|the)\s+)?"
    r"(?P<term>[a-z0-9][\w'-]*(?:\s+[a-z0-9][\w'-]*){0,2}?)"
    rf"(?:\s+(?:{FILLERS}|in|mean|stand for|inhoud))*\s*$")
_STANDS_FOR = re.compile(r"^(?:waar|wat)\s+(?:staat|staan)\s+(?:de afkorting\s+)?(?P<term>[\w'-]+(?:\s+[\w'-]+)?)\s+voor$"
                         r"|^what(?:'s|s| is| are)\s+(?P<short>[\w'-]+)\s+short\s+for$")
_NOT_A_TERM = frozenset(["de", "het", "een", "the", "a", "an", "dat", "dit", "die", "deze", "that", "this", "it", "its", "hun", "their", "zijn", "haar", "his", "her", "er", "there", "daar", "hier", "here"])


def defined_term(question: str) -> str | None:
    """The term a definition question asks about ("wat is eduroam precies?" → "eduroam", "what does IoT mean?" →
    "iot"); None for any other question, and for a property of something ("wat is de bijdrage van PyGrunn").

    >>> defined_term("wat is eduroam precies?"), defined_term("What does IoT mean?"), defined_term("wat is een hackathon")
    ('eduroam', 'iot', 'hackathon')
    >>> defined_term("wat is digideal nu eigenlijk?"), defined_term("what is a hackathon then")
    ('digideal', 'hackathon')
    >>> defined_term("what does the Digital Office do?"), defined_term("what does CDO stand for")
    (None, 'cdo')
    >>> defined_term("Wat is de bijdrage van PyGrunn?"), defined_term("what is it?"), defined_term("what is the slogan?")
    (None, None, None)
    >>> defined_term("What is the Digital Office?"), defined_term("waar staat DOG voor?"), defined_term("what is GDC short for")
    ('digital office', 'dog', 'gdc')
    """
    found = _definition(question)
    return found[1] if found else None


_WHAT_A_THING_IS = re.compile(r"^(?:(?:en|and)\s+)?(?:(?:wat|what)\s+(?:is|was|are|were|zijn|waren|does|do|doet|deed|did)\b"
                              r"|whats\b|what's\b|tell me (?:more )?about\b|vertel (?:me )?(?:iets )?(?:meer )?over\b)")


def asks_what_a_thing_is(question: str) -> bool:
    """"What is the urban data center", "wat doet het DOG", "tell me about GDBC": what something is or does.

    >>> asks_what_a_thing_is("what is the urban data center"), asks_what_a_thing_is("hoeveel kreeg pygrunn")
    (True, False)
    """
    return bool(_WHAT_A_THING_IS.match(normalise(unwrap(question)).strip()))


def _definition(question: str) -> tuple[str | None, str] | None:
    """The article and the term of a definition question, or None (see `defined_term`)."""
    asked = normalise(unwrap(question)).strip(" ?!.")
    # "waar staat X voor", "what is X short for": asked as "wat betekent X"
    asked = _STANDS_FOR.sub(lambda m: f"wat betekent {m.group('term') or m.group('short')}", asked)
    found = _DEFINITION.match(asked)
    if not found or (re.match(r"^(?:(?:en|and|ok|oke|okay)\s+)?what (?:does|do)\b", asked)
                     and not re.search(r"\b(?:mean|stand for)$", asked)):
        return None  # "what does the Digital Office do" asks what it does, not what the name means
    article, term = found.group("article"), found.group("term")
    if set(term.split()) & _NOT_A_TERM or re.search(r"\b(?:van|of|voor|for)\b", term):
        return None
    # "what is the slogan?" asks the slogan's words, not what a slogan is; "the Digital Office Groningen" is a name
    named = re.search(rf"\b{re.escape(term.split()[0])}\b", question, flags=re.I)
    capitalised = bool(named and named.group(0)[:1].isupper())
    return (article, term) if article in (None, "een", "a", "an") or capitalised else None


_CLAIM = re.compile(r"^(?P<opener>(?:is it true|isn'?t it true|is it correct|klopt het|is het waar|is het zo)\s+)(?:that\s+|dat\s+)?(?P<first>.+?)(?:\s*,?\s+(?:and|en)\s+(?:that|dat)\s+"
                    # "…, met een multiplier van bijna 14?": a second claim made as an attribute of the first
                    r"|\s*,\s*(?P<with>met|with)\s+(?=(?:een|a|an)\s))(?P<second>.+)$", flags=re.I)


def _two_claims(core: str) -> list[str] | None:
    """A yes/no question of two claims ("is it true X and that Y?") as one question per claim.

    >>> _two_claims("is it true the city put 470k in and that this leveraged 6.5 million?")
    ['is it true that the city put 470k in?', 'is it true that this leveraged 6.5 million?']
    >>> _two_claims("klopt het dat PyGrunn en Web 11 geld kregen?")
    >>> _two_claims("Klopt het dat de gemeente ruim 470.000 euro bijdroeg, met een multiplier van bijna 14?")[1]
    'Klopt het dat er een multiplier van bijna 14 is?'
    """
    found = _CLAIM.match(core.strip())
    if found is None:
        return None
    opener = found.group("opener").strip()
    dutch = bool(re.match(r"(?:klopt|is het)", opener, flags=re.I))
    that = "dat" if dutch else "that"
    second = found.group("second").rstrip(" ?")
    if found.group("with"):  # "met een multiplier van bijna 14" → "… dat er een multiplier van bijna 14 is?"
        second = f"er {second} is" if dutch else f"there is {second}"
    return [f"{opener} {that} {found.group('first').rstrip(' ?')}?", f"{opener} {that} {second}?"]


def _two_terms(core: str) -> list[str] | None:
    """A definition question of two abbreviations ("wat betekenen DOG en CDO?") as one question per term; a name
    with "en" in it ("onderwijs en arbeidsmarkt") stays whole: one of the two must be typed in capitals.

    >>> _two_terms("wat betekenen DOG en CDO?"), _two_terms("wat is onderwijs en arbeidsmarkt?")
    (['wat betekent DOG?', 'wat betekent CDO?'], None)
    >>> _two_terms("what do CDO and GDBC stand for?")
    ['what does CDO stand for?', 'what does GDBC stand for?']
    """
    found = _definition(core)
    pair = re.fullmatch(r"([\w-]+)\s+(?:en|and|&)\s+([\w-]+)", found[1]) if found else None
    typed = re.search(rf"\b{pair.group(1)}\s+(?:en|and|&)\s+{pair.group(2)}\b", core, flags=re.I) if pair else None
    if typed is None:
        return None
    a, b = re.split(r"\s+(?:en|and|&)\s+", typed.group(0), maxsplit=1, flags=re.I)
    if not (a.isupper() or b.isupper()):
        return None
    before, after = core[: typed.start()], core[typed.end():].rstrip(" ?") + "?"
    # one term each: the verb in the singular ("wat betekent DOG?", "what does CDO stand for?")
    before = re.sub(r"\b(betekenen|zijn|waren|do|are|were)\b", lambda m: _SINGULAR[m.group(1).lower()], before,
                    count=1, flags=re.I)
    return [f"{before}{a}{after}", f"{before}{b}{after}"]


_SINGULAR = {"betekenen": "betekent", "zijn": "is", "waren": "was", "do": "does", "are": "is", "were": "was"}


def asks_concept(question: str) -> bool:
    """A definition asked of a kind of thing, with "een / a" ("wat is een hackathon?"): the concept, not the project
    of that name.

    >>> asks_concept("what is a hackathon?"), asks_concept("Wat is de Hackathon?"), asks_concept("wat is PyGrunn")
    (True, False, False)
    """
    found = _definition(question)
    return bool(found and found[0] in ("een", "a", "an"))


# "…, do you think?" at the end only hedges a question about the sources ("what will it look like in 2030, do you think?")
_OWN_OPINION = re.compile(r"\b(?:in your (?:opinion|view)|your (?:opinion|view|verdict)|what do you think"
                          r"|do you think(?!\s*\W*$)"
                          # "waar vind ik/je de bijlage?" asks where, not what one thinks
                          r"|would you say|\b(?:wat|hoe) (?:vind|denk) (?:jij|je|u)\b|\b(?:vind|denk) (?:jij|je|u) (?:dat|het|niet)\b"
                          # a question opening with "vind jij …" asks what one thinks ("vind jij gdc een succes?")
                          r"|(?:^|[.?!]\s+)(?:vind|vindt|denk) (?:jij|je|u)\b|do you (?:believe|consider|feel)\b"
                          r"|jouw (?:mening|oordeel)|uw (?:mening|oordeel)|naar (?:jouw|uw) mening"
                          # a choice or advice asked of the assistant: "wat zou jij kiezen", "which would you pick"
                          r"|\b(?:wat|welke|welk|which|what) (?:zou|zouden|would) (?:jij|je|u|you) (?:kiezen|nemen|doen"
                          r"|aanraden|adviseren|choose|pick|take|recommend|do)\b|\bwhat would you (?:choose|pick|recommend)\b"
                          r"|\b(?:raad|raadt) (?:jij|je|u) (?:aan|me|mij)\b|\bwould you recommend\b"
                          # the call left to the assistant: "worth continuing? your call", "jij mag het zeggen"
                          r"|\byour (?:call|take|pick|advice|recommendation)\b|\bup to you\b|\bjouw (?:keuze|advies|inschatting)"
                          r"|\buw (?:keuze|advies|inschatting)|\bzeg jij het maar\b|\bjij mag het zeggen\b"
                          r"|\b(?:is it|was it|is that|was that|is dat|was dat|is het|was het) (?:worth it|de moeite waard)\b"
                          # which of them is better, nicer, more useful: a judgement, which the sources do not make
                          r"|\b(?:which|welke|welk)\b[^?]*\b(?:better|beter|leuker|nicer|nuttiger|more useful)\b"
                          r"|^\W*(?:worth|de moeite waard)\b)", flags=re.I)


def asks_own_opinion(question: str) -> bool:
    """The assistant's own opinion is asked ("in your opinion is X a waste of money?", "wat vind jij van …"), which it
    never gives: it reports what the sources say.

    >>> asks_own_opinion("in your opinion is the blockchain hackathon a waste of taxpayers money")
    True
    >>> asks_own_opinion("Wat vindt de wethouder van het DOG?"), asks_own_opinion("waar vind je de bijlage?")
    (False, False)
    >>> asks_own_opinion("vind je het geldverspilling?"), asks_own_opinion("What do the sources say?")
    (True, False)
    >>> asks_own_opinion("vind jij gdc een succes of geldverspilling"), asks_own_opinion("do you consider it a success")
    (True, True)
    >>> asks_own_opinion("is dat nou beter voor onze leden dan trendship? wat zou jij kiezen")
    True
    >>> asks_own_opinion("worth continuing funding? your call, yes/no"), asks_own_opinion("is GDC worth the money?")
    (True, False)
    """
    return bool(_OWN_OPINION.search(question))


_TAG = re.compile(r"[,;.]?\s*(?:right|correct|true|or not|isn't it|is it not|is that so|is that right|yes|yeah|yep|toch|klopt dat|klopt het"
                  r"|klopt|of niet|niet waar|ja|check|waar of niet|true or false)\s*\?+\s*$", flags=re.I)


# typed without a question mark: a tag that asks nothing else ("… gestoken he", "… was a flop wasn't it, barely 1000")
_BARE_TAG = re.compile(r"[,;.]?\s*\b(?:toch|he|hè|hé|nietwaar|niet waar|isn't it|wasn't it|weren't they|aren't they"
                       r"|didn't it|didn't they|right|klopt|klopt dat|klopt het|correct|check|waar of niet|true or false)"
                       r"\s*[.!]*\s*$", flags=re.I)
_MID_TAG = re.compile(r"\b(?:isn't it|wasn't it|weren't they|aren't they|didn't it|didn't they|toch|nietwaar)\s*[,;]",
                      flags=re.I)


_OR_ELSE = re.compile(r"[,;]?\s+(?:or|of)\s+(?:is|was|are|were|not|niet|does|did|zijn|was het|is het|is dat|is that)\b.*$",
                      flags=re.I)


def without_or_else(question: str) -> str:
    """A yes-or-no question without the alternative after "or is / of is", which asks nothing of the sources ("… for
    women in IT or is that just talk?", "… of is het weer alleen voor de jongens?").

    >>> without_or_else("Is er iets gedaan voor vrouwen in de IT, of is het weer alleen voor de jongens?")
    'Is er iets gedaan voor vrouwen in de IT?'
    """
    kept = _OR_ELSE.sub("", question.strip())
    return kept if kept == question.strip() else kept.rstrip(" ,;?") + "?"


def tag_question(text: str) -> bool:
    """A statement turned into a yes/no question by a tag at its end: "the letter claims 20x, right?", "dat is 14,
    toch?", "de gemeente heeft al 470 duizend gestoken he"; or before what backs it ("a flop wasn't it, barely 1000").

    >>> tag_question("so the letter claims a multiplier of 20x, right?"), tag_question("what is right?")
    (True, False)
    >>> tag_question("de gemeente heeft in 2018 al 470 duizend euro in gdc gestoken he")
    True
    >>> tag_question("that trendship thing was a flop wasn't it, barely 1000 visitors"), tag_question("go right")
    (True, False)
    """
    found = _TAG.search(text) or _BARE_TAG.search(text) or _MID_TAG.search(text)
    return found is not None and len(text[: found.start()].split()) >= 3


_SPEAKER = re.compile(
    r"\b(?:(?:does|did|do) (?:the |our )?(?:council|college|letter|city|municipality|article|plan|action plan|mayor"
    r"|aldermen|executive) (?:claim|say|state|mention|report|write|put|call)s?"
    r"|(?:claimt|beweert|stelt|zegt|noemt|meldt|schrijft|rapporteert|vermeldt) (?:het college|de raad|de brief"
    r"|de raadsbrief|de gemeente|het artikel|het actieplan|het plan|de wethouder|de burgemeester))\b", flags=re.I)


def without_speaker(text: str) -> str:
    """The question without the one it asks to quote ("which multiplier does the council claim", "welke multiplier
    claimt het college"): the speaker is a source, no subject a passage must speak of.

    >>> without_speaker("which multiplier does the council claim"), without_speaker("welke multiplier claimt het college")
    ('which multiplier', 'welke multiplier')
    >>> without_speaker("who is on the council")
    'who is on the council'
    """
    return re.sub(r"\s{2,}", " ", _SPEAKER.sub(" ", text)).strip()


# (a colon ends what is told too: "ik ben de draad kwijt: wie trekt dat eigenlijk?")
_TOLD = re.compile(r"^(?P<told>(?:[^?]+?[.!:])+)\s+(?P<asked>[^.!:]*(?:\?|$).*)$", flags=re.S)
_POINTER = re.compile(r"\b(?:dat|daar\w*|die|zoiets|er(?:aan|mee|over|van|in|voor|op|uit)|it|its|their|that|this|these|those|they|them"
                      r"|there|ze|zij|hen|hun)\b"
                      # "het" alone, not an article: "hoeveel kreeg het?", "hoeveel kreeg het van de gemeente?"
                      r"|\bhet(?=\s*(?:[?!.,]|$|\s(?:van|in|uit|voor|aan|op|bij|dan|nou|nu|eigenlijk|precies|ook|toen)\b))",
                      flags=re.I)


def refers_back(question: str) -> bool:
    """A word pointing at something said before ("dat", "die", "it", "het" alone: "hoeveel kreeg het?").

    >>> refers_back("Hoeveel kreeg het?"), refers_back("hoeveel kreeg het DOG?")
    (True, False)
    >>> refers_back("wat is dat Groningen Digital City eigenlijk?")
    False
    >>> refers_back("wie trekt dat?"), refers_back("and its reference?")
    (True, True)
    """
    return bool(_POINTER.search(_DETERMINER_OF_A_NAME.sub(" ", question)))


# "wat is dat Groningen Digital City eigenlijk", "hoe ging die PyGrunn": a determiner before a name, no pointer
_DETERMINER_OF_A_NAME = re.compile(r"\b(?:this|that|these|those|deze|dit|die|dat)\s+(?=[A-Z][\w'-]+)(?!I\b|Ik\b)")
# a determiner before a noun its own complement defines ("dat overzicht van gesubsidieerde projecten 2017"): after
# the asker's own introduction, it points at nothing they said (after an answer, "dat bedrag van vier à zes ton" does)
_DEFINED_NOUN = re.compile(r"\b(?:this|that|these|those|deze|dit|die|dat)\s+[a-z]+\s+(?:van|of)\s+"
                           r"(?!(?:de|het|the)\s+(?:gemeente|city)\b)\w")
_ASKER_FIRST = re.compile(r"^\W*(?:(?:hoi|hallo|hi|hey|hello)\W+)?(?:ik|i|i'm|im|i am|we|wij)\b", flags=re.I)


# "a program that helps", "projects which have": a relative pronoun after a noun, before its verb (not after a verb or
# a preposition: "what does that mean", "about that")
_RELATIVE = re.compile(r"\b(?!(?:does|did|do|is|was|are|were|about|of|for|with|to|in|at|on|by|from|how|what|why|when"
                       r"|where|who|and|but|so|has|have|had|can|could|will|would)\b)[a-z]{3,}\s+(?:that|which)\s+"
                       r"(?=[a-z]+s\b|(?:is|are|was|were|has|have|had|can|could|will|would|help|give|offer|run|get"
                       r"|got|received)\b)"
                       # nor does an existential "there" point anywhere ("is there any program …")
                       r"|\b(?:is|are|was|were|has|have)\s+there\b"
                       # nor a determiner before a name spelt out: "whats this groningen digital city thing"
                       r"|\b(?:this|that|deze|dit|die|dat)\s+(?:[\w'-]+\s+){2,4}(?:thing|things|ding|dingen|stuff"
                       r"|programme|program|programma|initiative|initiatief)\b", flags=re.I)


# something heard, then a question after a comma ("iemand zei dat …, wat zijn …?", "i heard that …, when is it?")
_HEARSAY_THEN_ASKED = re.compile(
    r"^(?P<told>(?:iemand|someone|somebody|men|mensen|people|ik|i|they|ze|mijn \w+|my \w+)\s+(?:zei|zeiden|zegt|zeggen"
    r"|vertelde|vertelden|hoorde|las|said|says|told me|heard|read"
    # "mijn kleinzoon had het over een Google Digitale Werkplaats": what someone talked about
    r"|had het over|hadden het over|heeft het over|sprak over|spraken over|praatte over|noemde|noemden"
    r"|talked about|was talking about|mentioned|told me about)\b[^?.!]*?),\s+"
    # (the question may ask several things: "wat was dat precies, waar werd het gehouden en …?")
    r"(?P<asked>(?:wat|wie|waar|wanneer|hoe|welke|welk|hoeveel|what|who|where|when|how|which)\b[^?]*\?)$", flags=re.I)


# the asker about themselves, then a question after a comma ("ik moet n presentatie geven over X, wat is dat?")
def _what_it_is_about(told: str) -> str:
    """What something told is about ("ik moet een presentatie geven over groningen digital city": groningen digital
    city), else all of it."""
    about = _ABOUT_IT.search(told.strip())
    return about.group(1).strip() if about else told.strip()


# what a plan told is about: "ik moet een presentatie geven over groningen digital city"
_ABOUT_IT = re.compile(r"\b(?:over|about|on|omtrent)\s+((?:(?:de|het|the)\s+)?[^,.;!?]{3,})$", flags=re.I)
_ASKER_THEN_ASKED = re.compile(
    r"^(?P<told>(?:(?:hoi|hallo|hi|hey|hello)[!,.]*\s+)?(?:ik|i|i'm|im|i am|we|wij)\s+[^?,]*?\b[^?,]*),\s+"
    r"(?P<asked>(?:wat|wie|waar|wanneer|hoe|welke|welk|hoeveel|what|who|where|when|how|which)\b[^,?]*\?)$",
    flags=re.I)


def _told_then_asked(question: str) -> re.Match[str] | None:
    """Sentences that tell, then one that asks ("told", "asked"); None when the last sentence asks nothing."""
    found = _TOLD.match(question.strip())
    return found if found is not None and asks(found.group("asked")) else None


# a pronoun for a person, and a person's name (two capitalised words, a particle between them allowed)
PERSON_PRONOUN = re.compile(r"\b(?:her|his|him|she|he|haar|hem|hij)\b", flags=re.I)
_PERSON_NAMED = re.compile(r"\b[A-Z][a-z]+\s+(?:(?:van|de|der|den|ten|ter|van der|van den)\s+)?[A-Z][a-z]+\b")


def told_before(question: str) -> tuple[str, str] | None:
    """What the asker tells before asking, when the question points back at it ("… ging het over een doorlopende
    leerlijn. Wie trekt dat eigenlijk?"): (the sentences told, the question); None when the question stands alone
    (no pointing word) or nothing is told before it.

    >>> told_before("Ik las iets over een Lego League in Groningen. Kunt u mij vertellen wat daar is gedaan?")
    ('Ik las iets over een Lego League in Groningen.', 'Kunt u mij vertellen wat daar is gedaan?')
    >>> told_before("Hoeveel kreeg PyGrunn? En Web 11?"), told_before("ik ben nieuw. wat is gdc?")
    (None, None)
    >>> told_before("ik hoorde dat trendship in de suikerfabriek was. klopt dat?")
    >>> told_before("half my team isnt dutch. is there any program that helps foreign developers find work?")
    >>> told_before("im moving my studio from cologne. whats this groningen digital city thing trying to achieve?")
    >>> told_before("Ik hoorde over het Groningen AI Lab. Hoeveel kreeg het?")
    ('Ik hoorde over het Groningen AI Lab.', 'Hoeveel kreeg het?')
    >>> told_before("hoi! ik moet n presentatie geven over groningen digital city, wat is dat eigenlijk?")
    ('groningen digital city', 'wat is dat eigenlijk?')
    >>> told_before("iemand zei dat er een loket bij het station zit, wat zijn de openingstijden?")
    ('iemand zei dat er een loket bij het station zit', 'wat zijn de openingstijden?')
    """
    own = _ASKER_THEN_ASKED.match(question.strip())
    if own is not None and refers_back(_RELATIVE.sub(" ", own.group("asked"))):
        # "ik moet een presentatie geven over groningen digital city, wat is dat eigenlijk?": what the asker named
        # before the comma is what "dat" points at: what the asker's plan is about, not the plan ("een presentatie")
        return _what_it_is_about(own.group("told")), own.group("asked").strip()
    heard = _HEARSAY_THEN_ASKED.match(question.strip())
    if heard is not None and not re.search(r"\d", heard.group("told")):
        # "iemand zei dat er een GDC-loket bij het station zit, wat zijn de openingstijden?": what was heard is what
        # the question asks about, pointed at or not
        # ("… had het over een Google Digitale Werkplaats": that, not who spoke)
        return _what_it_is_about(heard.group("told")), heard.group("asked").strip()
    found = _told_then_asked(question)
    # (a relative "that" points at the noun before it: "is there any program that helps …" stands alone)
    # ("I read that the alderwoman Sophie van der Berg leads the office. What is her role?": "her" is the one named)
    if found is None or not (refers_back(_RELATIVE.sub(" ", found.group("asked"))) or (
            PERSON_PRONOUN.search(found.group("asked")) and _PERSON_NAMED.search(found.group("told")))):
        return None
    if bare_check(found.group("asked")) or tag_question(found.group("asked")):
        return None  # "ik hoorde dat trendship in de suikerfabriek was. klopt dat?": the claim told is what is asked
    told = found.group("told").strip()
    if _TELL_ABOUT.search(told):
        return None  # "tell me about Django Girls: who organised it, …" asks about it before its colon, tells nothing
    if _ASKER_FIRST.match(told) and _DEFINED_NOUN.search(found.group("asked")) and not refers_back(
            _DEFINED_NOUN.sub(" ", _RELATIVE.sub(" ", found.group("asked")))):
        # "hoi! ik doe voor mijn studie data science een opdracht. hoeveel projecten staan er in dat overzicht van
        # gesubsidieerde projecten 2017?": the asker's study is no overview the question points at
        return None
    # (the told part only tells: a question in it is a question of its own)
    sentences = [s for s in re.split(r"(?<=[.!:])\s+", told) if s]
    if any(_QUESTION_WORD.match(s) or asks_a_question_word(s[:12]) for s in sentences) or len(told.split()) < 4:
        return None
    # the asker tells it ("ik las iets over …", "mijn collega vertelde …"), without a figure: a claim the question
    # checks ("the city put 500k in. is that right?", "in de brief staat 14. waar is dat op gebaseerd?") is asked whole
    # (a figure told before "what is that" is no claim checked: "mijn kleindochter van 9 … die lego.. wat is dat?")
    if not _ASKERS_OWN.search(told) or (re.search(r"\d", told) and not asks_what_a_thing_is(found.group("asked"))):
        return None
    # a lead-in to the question ("ik ben de draad kwijt:") tells nothing it points at
    said = " ".join(s for s in sentences if not s.endswith(":")) or told
    return said, found.group("asked").strip()


def said_before(question: str) -> str | None:
    """The asking sentence, when the sentences before it only state something of others, with no figure ("Het
    college schermt met een 'multiplier'. Hoeveel heeft de gemeente in 2017 bijgedragen?") and the question does not
    point back at them; None otherwise (the asker's own context and a claim with a figure are read with it).

    >>> said_before("Het college schermt met een 'multiplier'. Hoeveel heeft de gemeente in 2017 bijgedragen?")
    'Hoeveel heeft de gemeente in 2017 bijgedragen?'
    >>> said_before("Ik ben nieuw. Waar begin ik?"), said_before("De brief noemt 27. Hoeveel staan er in de bijlage?")
    (None, None)
    >>> said_before("Trendship was een succes. Hoeveel mensen kwamen daar?")
    >>> said_before("UMCG proeftuin: city share as a percentage of total project size?")
    """
    found = _told_then_asked(question)
    if found is None or refers_back(found.group("asked")):
        return None
    told = found.group("told")
    # (a label before a colon says what the question is about: "UMCG proeftuin: city share as a percentage")
    if "?" in told or ":" in told or _ASKERS_OWN.search(told) or re.search(r"\d", told):
        return None
    return found.group("asked").strip()


_QUOTED_TERM = re.compile(r"(?<!\w)['‘\"“](?P<term>[^'’\"”]{2,40}?)['’\"”](?!\w)")
_PLAIN_POINTER = re.compile(r"\b(?:dat|dit|it|that|this)\b", flags=re.I)
# what a term said after a question may stand for in it: "is zoiets al eens gesteund? youtube?"
_TERM_POINTER = re.compile(r"\b(?:zoiets|iets dergelijks|something like that|such a thing|dat|dit|it|that|this)\b",
                           flags=re.I)


def named_after(question: str, part: str) -> str | None:
    """The question with a bare term said after it put where it points ("is zoiets al eens gesteund? youtube?" → "is
    iets met youtube al eens gesteund?"); None when the part after it is no bare term or the question points at nothing.

    >>> named_after("is zoiets al eens gesteund?", "youtube?"), named_after("hoeveel kreeg het?", "pygrunn?")
    ('is iets met youtube al eens gesteund?', None)
    >>> named_after("wat is dat?", "en Web 11?"), named_after("wat is dat?", "2017?")
    (None, None)
    """
    term = part.strip(" ?!.")
    said = term.split()
    if not 1 <= len(said) <= 3 or any(c.isdigit() for c in term) or _QUESTION_WORD.search(term) or _ELLIPTIC.match(
            term) or _IMPERATIVE.match(term) or _AUXILIARY_FIRST.match(term):
        return None
    found = _TERM_POINTER.search(question)
    if found is None:
        return None
    # ("zoiets" is something like the term: "iets met youtube")
    kind = {"zoiets": "iets met ", "iets dergelijks": "iets met ", "something like that": "something with ",
            "such a thing": "something with "}.get(found.group(0).lower(), "")
    return f"{question[:found.start()]}{kind}{term}{question[found.end():]}"


# "something like this", "zoiets": a kind of thing the asker told of before the question
_LIKE_THIS = re.compile(r"\b(?:something|anything) like (?:this|that)\b|\bsuch a thing\b|\bzoiets\b|\biets dergelijks\b"
                        r"|\biets zoals dat\b", flags=re.I)
# what the one told of wants or plans ("the city wants to help foreign IT graduates to find a job"); a Dutch aim puts
# its verb last ("… aan een baan wil helpen") and is left as told
_AIM = re.compile(r"\b(?:wants?|wanted|plans?|planned|planning|intends?|intended|(?:is|are|was|were) going|tries|tried|trying"
                  r"|aims?|aimed)\s+to\s+(?P<what>[^.?!;]+)", flags=re.I)


def with_told_aim(told: str, asked: str) -> str:
    """The question with "something like this" put as what the asker told someone wants to do ("I read the city wants
    to help foreign IT graduates to find a job. Is there something like this in the plans?" asks for something to help
    them); else the question as it is.

    >>> with_told_aim("I read the city wants to help foreign IT graduates to find a job.", "Is there something like this in the plans?")
    'Is there something to help foreign IT graduates to find a job in the plans?'
    >>> with_told_aim("Ik las over de leerlijn.", "Is er zoiets?")
    'Is er zoiets?'
    """
    like, aim = _LIKE_THIS.search(asked), _AIM.search(told)
    if like is None or aim is None:
        return asked
    return f"{asked[:like.start()]}something to {aim.group('what').strip()}{asked[like.end():]}"


def with_quoted_term(told: str, asked: str) -> str:
    """The question with what it points at put in, when what the asker told before it puts one term in quotes
    ("ze hebben het steeds over 'Digideal'. Wat is dat?" asks what Digideal is); else the question as it is.

    >>> with_quoted_term("Bij ons hebben ze het steeds over 'Digideal'.", "Wat is dat nu eigenlijk?")
    'Wat is Digideal nu eigenlijk?'
    >>> with_quoted_term("Ik las over de leerlijn.", "Wat is dat?")
    'Wat is dat?'
    """
    terms = {m.group("term").strip() for m in _QUOTED_TERM.finditer(told)}
    if len(terms) != 1 or len(next(iter(terms)).split()) > 4:
        return asked
    return _PLAIN_POINTER.sub(next(iter(terms)), asked, count=1)


# "is there some program for foreign IT people": the kind of thing asked after is no word a sentence must use
_KIND_ASKED = re.compile(r"\b(?P<opener>is there|are there|is er|zijn er|bestaat er|bestaan er)\s+(?:(?:some|any|a|an|een|enige|enkele|iets)"
                         r"\s+)?(?:kind of |sort of |soort )?(?:program(?:me)?s?|programma'?s?|initiatives?|initiatie(?:f|ven)"
                         r"|schemes?|regelingen|regeling|things?|dingen)\b", flags=re.I)


# what exists, said first and asked after: "a program that helps foreign developers find work, does that exist?"
_EXISTS_AFTER = re.compile(r"^\s*(?P<thing>.+?)[,;:]?\s+(?:(?:does|do) (?:that|it|this|such a thing|something like that|"
                           r"one|they) exist|is there (?:such a thing|something like that|one)|(?:bestaat|bestaan) "
                           r"(?:dat|dit|zoiets|die|zo'n \w+)(?: al)?|is er (?:zoiets|zo'n \w+|eentje))\s*[?.!]*\s*$",
                           flags=re.I)


def without_kind_asked(text: str) -> str:
    """The question without the kind of thing whose existence it asks ("is there some program for X" → "is there
    for X"): what exists is asked by what it is for.

    >>> without_kind_asked("is there some program for foreign IT people to get work experience")
    'is there for foreign IT people to get work experience'
    >>> without_kind_asked("a program that helps foreign developers find work, does that exist?")
    'is there that helps foreign developers find work'
    """
    told = _EXISTS_AFTER.match(text)
    text = f"is there {told.group('thing')}" if told else text
    return _KIND_ASKED.sub(lambda m: m.group("opener"), text)


# "staat er in de plannen voor 2018 iets over omscholing", "does the letter say anything about 5g": where to look,
# then what about; a stating sentence must speak of what, and stands where
_SAID_ABOUT = re.compile(r"^.*?\b(?:staat|staan|stond|stonden|lees|lezen|las|vind|vinden|does|do|did)\b.*?"
                         r"\b(?:iets|wat|anything|something)\s+(?:te vinden\s+|to be found\s+)?(?:over|about|on|regarding)"
                         r"\s+(?P<what>.+)$", flags=re.I)


_WHERE_SAID = re.compile(r"\s+(?:in|op|from|in the)\s+(?:de|het|the|die|dat|this|that)\s+(?:\w+\s+)?(?:brief|raadsbrief"
                         r"|plannen|plan|actieplan|bijlage|letter|plans|annex|artikel|article|documenten|documents"
                         r"|stukken|bronnen|sources)\b.*$", flags=re.I)


def said_about(text: str) -> str:
    """What a question asks whether the sources say something about ("staat er in de plannen voor 2018 iets over
    omscholing" → "omscholing"); the question itself for any other.

    >>> said_about("staat er in de plannen voor 2018 iets over omscholing of bijscholing van zulke mensen?")
    'omscholing of bijscholing van zulke mensen?'
    >>> said_about("staat er iets over omscholing in de plannen voor 2018?")
    'omscholing'
    >>> said_about("does the letter say anything about 5g"), said_about("wat zijn de plannen voor 2018")
    ('5g', 'wat zijn de plannen voor 2018')
    """
    found = _SAID_ABOUT.match(text)
    # (where to look may come after it too: "iets over omscholing in de plannen voor 2018")
    return _WHERE_SAID.sub("", found.group("what")) if found else text


def bare_check(text: str) -> bool:
    """A question that only asks whether what was said before it is so ("klopt dat?", "is that right?").

    >>> bare_check("is that right?"), bare_check("klopt het wel"), bare_check("klopt het totaal?")
    (True, True, False)
    >>> bare_check("Kan dat kloppen?"), bare_check("can that be right?"), bare_check("kan dat project kloppen?")
    (True, True, False)
    """
    return bool(_BARE_CHECK.match(text))


def untagged(text: str) -> str:
    """The statement without the tag that makes it a question ("… in groningen right?" → "… in groningen"): the tag
    is no word a sentence stating it must say.

    >>> untagged("there is a blockchain hackathon program in groningen right?"), untagged("what is right?")
    ('there is a blockchain hackathon program in groningen', 'what is right?')
    """
    found = _TAG.search(text) or _BARE_TAG.search(text)
    return text[: found.start()] if found is not None and tag_question(text) else text


_NOT_THE_ROWS = re.compile(r"\b(?:(?:dus |en |maar )?niet (?:de |aan de |voor de |die )?projecten|zonder (?:de )?projecten"
                           r"|los van (?:de )?projecten|exclusief (?:de )?projecten|not (?:the |for the |to the )?projects"
                           r"|excluding (?:the )?projects|apart from (?:the )?projects|without (?:the )?projects)\b")


def excludes_the_rows(question: str) -> bool:
    """"… het DOG zelf, dus niet de projecten", "not the projects": what the project rows hold is excluded.

    >>> excludes_the_rows("wat was de bijdrage aan het digital office zelf, dus niet de projecten"), excludes_the_rows("welke projecten")
    (True, False)
    """
    return bool(_NOT_THE_ROWS.search(normalise(question)))


# (thousands written with a separator count too: "15.000 bezoekers", "15,000 visitors")
# (not a year written short in a name: "Trendship '17 ruim 2.600 deelnemers" claims 2.600, not "17 ruim")
_CLAIMED_COUNT = re.compile(r"(?<![\w.,€'‘’])(\d{1,3}(?:[.,]\d{3})+|\d{1,5})\s+([a-z][a-z-]{1,})\b")
# a number before a month is a day ("op 19 oktober 2017"), before a unit an amount, a share or a duration
_NOT_COUNTED = frozenset({"euro", "euros", "eur", "miljoen", "million", "mln", "ton", "k", "keer", "times", "procent",
                          "percent", "jaar", "years", "year", "jaren"}) | month_names()


# what a year follows ("in 2017", "the 2017 figures", "sinds 2016"), or a question opening on it ("2017 projecten?")
_BEFORE_A_YEAR = re.compile(r"(?:^|\b(?:in|van|of|for|voor|sinds|since|tot|until|uit|from|na|after|before|the|de|het|t/m"
                            r"|jaar|year|rond|around|per|eind|end|begin|start|" + "|".join(sorted(month_names())) +
                            r")\s+)$")  # "op 13 december 2016 vastgesteld": the day's year


# a part of a document numbered: "bijlage 1", "annex 2", "hoofdstuk 3"
_NUMBERED_PART = re.compile(r"\b(?:bijlage|bijl|annex|appendix|figuur|figure|tabel|table|hoofdstuk|chapter|paragraaf"
                            r"|section|artikel|article|pagina|page|p)\.?\s*$")


def years_written(question: str) -> frozenset[int]:
    """The numbers a question writes as a year ("in 2017", "dan in 2017", "sinds 2016"), not as an amount ("2000
    euro").

    >>> sorted(years_written("is er in 2018 meer bijgedragen dan in 2017?")), years_written("kreeg het 2000 euro?")
    ([2017, 2018], frozenset())
    """
    folded = normalise(question)
    return frozenset(int(m.group(0)) for m in re.finditer(r"\b(?:19|20)\d{2}\b(?!\s*(?:euro|eur\b|€|k\b))", folded)
                     if _BEFORE_A_YEAR.search(folded[: m.start()]))


def claimed_count_of(question: str) -> tuple[int, str] | None:
    """The count a yes/no question claims and the noun it counts ("een team van 10 fte" → (10, "fte")); None for
    amounts, years, dates and durations.

    >>> claimed_count_of("Klopt het dat het Digital Office een team van 10 fte heeft?")
    (10, 'fte')
    >>> claimed_count_of("kreeg pygrunn 1500 euro in 2017?"), claimed_count_of("is het plan van 2017?")
    (None, None)
    >>> claimed_count_of("did trendship have 2000 visitors"), claimed_count_of("zijn er in 2017 projecten gestart")
    ((2000, 'visitors'), None)
    >>> claimed_count_of("klopt het dat het actieplan op 13 december 2016 vastgesteld is")
    >>> claimed_count_of("totaal in bijlage 1 programma economie - klopt de totaalregel")
    >>> claimed_count_of("Trendship '17 was held there with 1600 people")
    (1600, 'people')
    >>> claimed_count_of("Klopt het dat Trendship '17 ruim 2.600 deelnemers had?")
    (2600, 'deelnemers')
    >>> claimed_count_of("trok de werkplaats zo'n 15.000 bezoekers?"), claimed_count_of("ruim 6,5 miljoen euro?")
    ((15000, 'bezoekers'), None)
    """
    folded = normalise(question)
    for found in _CLAIMED_COUNT.finditer(folded):
        number, noun = int(re.sub(r"[.,]", "", found.group(1))), found.group(2)
        # "in 2017 projecten" is a year; "had trendship 2000 visitors" a count that looks like one
        year = 1900 <= number <= 2100 and (bool(_BEFORE_A_YEAR.search(folded[: found.start()])) or len(noun) < 4)
        label = bool(_NUMBERED_PART.search(folded[: found.start()]))  # "bijlage 1 programma …" numbers the annex
        # (what is counted is a content word: "Trendship '17 was held …" counts nothing)
        if noun not in _NOT_COUNTED and noun not in STOPWORDS and not year and not label:
            return number, noun
    return None


_DURATION = re.compile(r"(?<![\w.,€])(\d{1,2})\s+(?:jaar|jaren|years?)\b")
_LASTING = re.compile(r"\b(?:loopt|lopen|liep|duurt|duurde|looptijd|duur|runs?|ran|lasts?|lasted|long|duration)\b")


def claimed_duration_of(question: str) -> int | None:
    """The years a yes/no question claims something runs ("klopt het dat het GDBC project 3 jaar loopt" → 3); None
    when it claims no duration.

    >>> claimed_duration_of("klopt het dat het GDBC project 3 jaar loopt"), claimed_duration_of("does it run 4 years?")
    (3, 4)
    >>> claimed_duration_of("kreeg het 3 jaar geleden geld?")
    """
    folded = normalise(question)
    found = _DURATION.search(folded)
    return int(found.group(1)) if found and _LASTING.search(folded) else None


def stated_durations(text: str) -> list[tuple[int, str]]:
    """The years a text says something runs, each with the words that say it ("een looptijd van 5 jaar").

    >>> stated_durations("ook na de looptijd van het project van 5 jaar"), stated_durations("in 2 jaar tijd")
    ([(5, 'looptijd van het project van 5 jaar')], [])
    """
    found = []
    for match in re.finditer(r"\b(?:looptijd|duur|loopt|runs?|lasts?|duration|voor een periode)\b[^.;]{0,30}?"
                             r"(\d{1,2})\s+(?:jaar|jaren|years?)\b|\b(\d{1,2})[- ]?(?:jarig|year)\w*\b", text, flags=re.I):
        found.append((int(match.group(1) or match.group(2)), match.group(0)))
    return found


# ("continue" is left out: "what determines whether gdc continues after 2019" asks the programme's future)
_RUN_VERB = (r"(?:lopen|loopt|liep|liepen|lopend|doorlopen|duren|duurt|duurde|run|runs|running|ran|last|lasts"
             r"|lasting)")
# "welke projecten lopen na 2018 nog door", "which projects run until 2020", "welke meerjarige projecten zijn er"
PERIOD_ASKED = re.compile(
    rf"\b{_RUN_VERB}\b[^?.]{{0,40}}?\b(?P<side>na|after|beyond|voorbij|tot|until|till|t/m|through|into)\s+(?:na\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
    # "still running in 2020", "lopen in 2019 nog": the period reaches that year
    rf"|\b(?:still|nog)\b[^?.]{{0,20}}?\b{_RUN_VERB}\b[^?.]{{0,20}}?\b(?P<in>in)\s+(?P<in_year>(?:19|20)\d\d)\b"
    rf"|\b{_RUN_VERB}\b[^?.]{{0,20}}?\b(?P<in2>in)\s+(?P<in_year2>(?:19|20)\d\d)\s+(?:still|nog)\b"
    r"|\b(?P<long>meerjarig\w*|multi[- ]?year|langlopend\w*|long-?running|langdurig\w*)\b"
    rf"|\b{_RUN_VERB}\s+(?:\w+\s+)?(?P<longer>langer dan|longer than|more than|meer dan)\s+(?:een|één|1|one|a)\s+"
    r"(?:jaar|year)\b"
    rf"|\b{_RUN_VERB}\s+(?:for\s+)?(?P<several>several|multiple|meerdere|een aantal|more than one|meer dan een)\s+"
    r"(?:years|jaren|jaar)\b")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")


def period_asked(question: str) -> tuple[str, int] | None:
    """What period a question about how long projects run asks for: ("after", 2018) for "lopen na 2018 nog door",
    ("until", 2020) for "run until 2020", ("years", 0) for "meerjarig"; None for any other question.

    >>> period_asked("welke projecten lopen na 2018 nog door"), period_asked("which projects run until 2020")
    (('after', 2018), ('until', 2020))
    >>> period_asked("welke meerjarige projecten zijn er"), period_asked("hoeveel kreeg pygrunn in 2017")
    (('years', 0), None)
    >>> period_asked("which projects are still running in 2020"), period_asked("welke projecten liepen in 2017")
    (('until', 2020), None)
    >>> period_asked("welke projecten duren langer dan een jaar")
    ('years', 0)
    """
    found = PERIOD_ASKED.search(normalise(question))
    if found is None:
        return None
    if found.group("year"):
        side = "after" if found.group("side") in ("na", "after", "beyond", "voorbij") else "until"
        return side, int(found.group("year"))
    reached = found.group("in_year") or found.group("in_year2")
    return ("until", int(reached)) if reached else ("years", 0)


def stated_periods(text: str) -> list[tuple[int, int, str]]:
    """The periods a text says something runs, each as (first year, last year, the sentence that says it): a range
    of years ("2017-2020", "(2017- 2021)"), or a duration of two years or more with no range (years 0).

    >>> stated_periods("Opzetten nieuw lectoraat, 2017-2020. Dit center gaat bijdragen aan …")
    [(2017, 2020, 'Opzetten nieuw lectoraat, 2017-2020.')]
    >>> stated_periods("Het programma heeft een looptijd van 4 jaar. Het voorziet in …")
    [(0, 0, 'Het programma heeft een looptijd van 4 jaar.')]
    >>> stated_periods("Ontwikkelaarsconferentie over programmertaal Python; mei 2017.")
    []
    """
    from index.chunk import sentence_spans

    found: list[tuple[int, int, str]] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end].strip()
        ranges = [(int(a), int(b)) for a, b in _YEAR_RANGE.findall(sentence)]
        found += [(a, b, sentence) for a, b in ranges]
        if not ranges:
            found += [(0, 0, sentence) for years, _ in stated_durations(sentence) if years >= 2]
    return found


# what an abbreviation stands for is asked ("wat betekent DOG", "what does CDO stand for", "waar staat GDBC voor");
# "wat is het DOG" asks more
_MEANING = re.compile(r"\b(?:betekent|betekenen|betekenis|stands?\s+for|staat\s+(?:\w+\s+)?voor|staan\s+(?:\w+\s+)?voor"
                      r"|short\s+for|mean|means|meaning|afkorting|abbreviation|acronym)\b", flags=re.I)
_MEANING_WORDS = frozenset(["betekent", "betekenen", "betekenis", "stand", "stands", "for", "staat", "staan", "voor",
                            "short", "mean", "means", "meaning", "afkorting", "abbreviation", "acronym", "what", "wat",
                            "waar", "does", "do", "did", "is", "the", "van", "of", "letters", "de", "het", "en", "and"])


def asks_meaning(question: str) -> bool:
    """Whether the question asks what a term stands for or means, not what the thing is or does.

    >>> asks_meaning("waar staat DOG voor?"), asks_meaning("what does GDBC stand for"), asks_meaning("wat is het DOG?")
    (True, True, False)
    """
    return bool(_MEANING.search(question))


def abbreviations_asked(question: str) -> list[str]:
    """The words a meaning question may ask to be spelled out, those typed in capitals first ("what does GDBC
    stand for" → GDBC); lowercase words too, since people type "wat betekent o2g2" (a source must still use the
    word in capitals for it to be spelled out).

    >>> abbreviations_asked("waar staat DOG voor?"), abbreviations_asked("wat betekent o2g2 eigenlijk")
    (['DOG'], ['O2G2', 'EIGENLIJK'])
    """
    typed = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]{1,8}", question)
             if w.lower() not in _MEANING_WORDS and w.lower() not in _NOT_A_TERM]
    capitals = [w for w in typed if w.isupper()]
    if capitals and not question.isupper():
        return capitals
    return [w.upper() for w in typed]


# how a claim to be judged opens ("klopt het dat …", "is it true that …")
_CLAIM_OPENERS = (r"is it (?:really )?(?:true|correct|right)|is het (?:echt )?waar|is het zo|klopt het|did you know|wist je"
                  # "Confirm: the programme got €200,000 …", "kunt u bevestigen dat …": the claim put up for checking
                  r"|(?:(?:please|can you|could you|kindly)\s+)?confirm(?:\s+that)?\s*:?|(?:kunt u|kun je|kan je)\s+bevestigen"
                  r"|bevestig\s*:"
                  # the asker's own belief put up for judging: "am I right that …", "heb ik gelijk dat …"
                  r"|am i (?:right|correct|wrong)(?: in thinking)?|heb ik (?:het )?(?:gelijk|goed)|zie ik het goed")
_CLAIMS_THAT = re.compile(rf"^(?:(?:en|and|but|maar)\s+)?(?:{_CLAIM_OPENERS}|isn'?t it true)\b(?!\s+(?:met|with)\b)",
                          flags=re.I)


def claims_that(question: str) -> bool:
    """A yes/no question that states a claim to be judged ("klopt het dat …", "is it true that …"), not one asking
    whether two things agree ("klopt de ruim 470.000 met de bijlage?").

    >>> claims_that("is it true the city put 470k in?"), claims_that("klopt de ruim 470.000 met de bijlage?")
    (True, False)
    >>> claims_that("Am I right that Django Girls was organised by Coffee and Coding?")
    True
    """
    return bool(_CLAIMS_THAT.match(unwrap(question).strip()))


# a word denying what the claim says; not before a bound ("not more than 2000") or an addition ("niet alleen")
_DENIAL = re.compile(r"\b(?:not|never|no|nothing|niet|geen|nooit|niets|\w+n['’]t)\b"
                     r"(?!\s+(?:more|less|over|under|above|below|meer|minder|only|just|alleen|slechts|enkel)\b)")
# how a claim is introduced, or asked in the negated question form ("didn't X get …", "isn't it true that …"): no
# part of what is claimed
_CLAIM_INTRO = re.compile(r"^(?:(?:en|and|but|maar)\s+)?(?:(?:is|are|was|were|did|does|do|has|have|had)n['’]?t\b"
                          rf"(?:\s+it\s+(?:true|so|right|correct)(?:\s+that)?)?|(?:{_CLAIM_OPENERS})(?:\s+(?:that|dat))?)\b")


def denies(question: str) -> bool:
    """A claim that something is not so ("is it true that PyGrunn did not get 1500 euros", "pygrunn kreeg geen geld,
    toch?"): the verdict on it is the opposite of the one on what it denies. A negated question form ("didn't
    PyGrunn get 1500?", "isn't it true that …") and a tag ("…, or not?", "waar of niet") deny nothing.

    >>> denies("is it true that pygrunn did not get 1500 euros?"), denies("pygrunn kreeg geen geld, toch?")
    (True, True)
    >>> denies("didn't pygrunn get 1500 euros?"), denies("isn't it true that pygrunn got 1500?")
    (False, False)
    >>> denies("PyGrunn got 1500, waar of niet?"), denies("klopt het dat pygrunn niet meer dan 2000 kreeg?")
    (False, False)
    >>> denies("is het DOG niet permanent?"), denies("Trendship was not in Martiniplaza, right?")
    (False, True)
    """
    asked = normalise(unwrap(question)).strip()
    claim = without_claim_intro(question)
    tag = _TAG.search(claim) or _BARE_TAG.search(claim)
    if claim == asked and tag is None:
        return False  # "is het DOG niet permanent?", "didn't PyGrunn get 1500?": a question asked negatively
    return bool(_DENIAL.search(claim[: tag.start()] if tag else claim))


def without_claim_intro(question: str) -> str:
    """What a claim says, without how it is put up for judging ("am I right that …", "klopt het dat …").

    >>> without_claim_intro("Am I right that Django Girls was organised by OTP?")
    'django girls was organised by otp?'
    """
    return _CLAIM_INTRO.sub("", normalise(unwrap(question)).strip(), count=1).strip()


def is_denial(word: str) -> bool:
    """A word that denies ("geen", "not"): no property a claim asks of a row."""
    return bool(_DENIAL.fullmatch(word))


# where a claim puts the real figure: "ruim 500.000" a little above it, "bijna 14" a little below it; "more than 15"
# anywhere above it, "less than 6 ton" anywhere below it
_ABOVE = re.compile(r"\b(?:ruim|upwards of|just over|a little over|a bit over|slightly over)\s+(?:€\s*)?\d")
_BELOW = re.compile(r"\b(?:bijna|nearly|almost|net geen|just under|slightly under)\s+(?:€\s*)?\d")
_MORE = re.compile(r"\b(?:meer dan|more than|over|above|minstens|at least|groter dan|hoger dan|greater than|higher than"
                   r"|bigger than|larger than)\s+(?:€\s*)?\d")
_LESS = re.compile(r"\b(?:under|minder dan|less than|hooguit|at most|lager dan|kleiner dan|lower than|smaller than"
                   r"|below)\s+(?:€\s*)?\d")


_SIDES: tuple[tuple[ClaimSide, re.Pattern[str]], ...] = (("above", _ABOVE), ("below", _BELOW), ("more", _MORE),
                                                         ("less", _LESS))


# "higher than the letter says", "meer dan wat in de bijlage staat": a figure set against what a source states (which
# the totals check), no second item to compare
SOURCE_AFTER = (r"\s+(?:(?:wat|what)\s+)?(?:(?:in|volgens|according to)\s+)?(?:de|het|the)?\s*"
                r"(?:raadsbrief|brief|council letter|letter|bijlage|annex|appendix|document|stated|vermeld|genoemd)\b")
_SET_AGAINST_A_SOURCE = re.compile(r"\b(?:(?P<more>more|higher|bigger|larger|greater|meer|hoger|groter)|less|lower"
                                   r"|smaller|minder|lager|kleiner)\b(?:\s+[\w&]+){0,6}?\s+(?:than|dan)" + SOURCE_AFTER)


def set_against_a_source(question: str) -> ClaimSide | None:
    """Which side of what a source states a question asks the figure is on: "is the 2017 total higher than the letter
    says" asks "more", "lager dan in de bijlage" "less"; None when nothing is set against a source.

    >>> set_against_a_source("is the 2017 total higher than what the letter says?")
    'more'
    >>> set_against_a_source("is het totaal lager dan in de bijlage"), set_against_a_source("kreeg PyGrunn meer dan Web 11")
    ('less', None)
    """
    found = _SET_AGAINST_A_SOURCE.search(normalise(question))
    return None if found is None else "more" if found.group("more") else "less"


def claim_direction(question: str) -> ClaimSide | None:
    """Which side of its figure a claim puts the real one: "ruim 500.000" above, "bijna 14" below, else None.

    >>> claim_direction("klopt het dat het ruim 500.000 euro was"), claim_direction("was it almost 14?")
    ('above', 'below')
    >>> claim_direction("was the multiplier more than 15"), claim_direction("minder dan 6 ton?")
    ('more', 'less')
    """
    folded = normalise(question)
    return next((side for side, pattern in _SIDES if pattern.search(folded)), None)
