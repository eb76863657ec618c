"""How a question is put, read without an index: wrappers, fronted phrases, yes/no, several questions in one, roles,
thresholds, top-N, who a money question is about, the asker's language, misspelt names, names and durations in text.
Each family is parametrized over Dutch and English phrasings."""

from __future__ import annotations

import pytest

from assistant import phrasing
from assistant.entities import typo_ratio
from assistant.evidence import _same_role_word, find_entities
from assistant.language import detect_language
from assistant.lexicon import load_lexicon
from assistant.understand import receiver_names, threshold_in, top_limit
from index.chunk import sentence_spans
from index.lexical import normalise

LEXICON = load_lexicon()


@pytest.mark.parametrize(("question", "core"), [
    ("Kun je me vertellen hoeveel PyGrunn kreeg?", "hoeveel PyGrunn kreeg?"),
    ("Mag ik weten: wie heeft de brief ondertekend?", "wie heeft de brief ondertekend?"),
    ("I'd like to know how much went to education", "how much went to education"),
    ("Could you tell me: what is the Digital Office?", "what is the Digital Office?"),
    ("Hoi, weet je wie de steller is?", "wie de steller is?"),
    ("Tell me about PyGrunn", "Tell me about PyGrunn"),  # asks about PyGrunn: no wrapper to take off
])
def test_phrasing_unwrap_takes_off_polite_wrappers(question, core):
    assert phrasing.unwrap(question) == core


@pytest.mark.parametrize(("question", "parts"), [
    # a request for the thing, its properties coordinated, what it is of after the verb, the letter described
    ("Kunt u mij het kenmerk en de dagtekening geven van de raadsbrief waarin het college verslag doet van GDC?",
     ["wat is het kenmerk van de raadsbrief?", "wat is de datum van de raadsbrief?"]),
    ("Kun je me het kenmerk van de brief geven?", ["wat is het kenmerk van de brief?"]),
    ("could you give me the date and reference number of the council letter?",
     ["what is the date of the council letter?", "what is the reference number of the council letter?"]),
    ("Can you send me the reference number of the letter in which the board reports on GDC, please?",
     ["what is the reference number of the letter?"]),
    ("wat is de datum en het kenmerk van de brief die over GDC gaat?",
     ["wat is de datum van de brief?", "wat is het kenmerk van de brief?"]),
])
def test_phrasing_request_for_a_letters_head_asks_each_property(question, parts):
    assert [phrasing.unwrap(p) for p in phrasing.split(LEXICON.written_out(question))] == parts


@pytest.mark.parametrize(("question", "core"), [
    ("Of the action plan Groningen Digital City, what is the aim?", "what is the aim of the action plan Groningen Digital City?"),
    ("In 2017, hoeveel subsidie kreeg PyGrunn?", "hoeveel subsidie kreeg PyGrunn in 2017?"),
    ("Volgens de brief, hoeveel projecten zijn er uitgevoerd?", "hoeveel projecten zijn er uitgevoerd volgens de brief?"),
    ("Waarom wordt Groningen een City of Talent genoemd?", "Waarom wordt Groningen een City of Talent genoemd?"),
])
def test_phrasing_fronted_phrase_goes_back_after_the_question(question, core):
    assert phrasing.unwrap(question) == core


@pytest.mark.parametrize(("question", "yes_no"), [
    ("Is het Digital Office tijdelijk?", True), ("Did Groningen win the contest?", True),
    ("Kreeg PyGrunn subsidie?", True), ("Kun je me vertellen of het DOG tijdelijk is?", True),
    ("I wonder whether the office is permanent", True),
    ("Hoeveel kreeg PyGrunn?", False),
    ("Of the action plan, what is the aim?", False), ("What is the Digital Office?", False),
])
def test_phrasing_yes_no_questions_are_recognised(question, yes_no):
    assert phrasing.read(question).yes_no is yes_no


@pytest.mark.parametrize(("question", "parts"), [
    ("Who wrote the letter and what is its reference number?", 2),
    ("Hoeveel kreeg PyGrunn en wat was de totale projectomvang?", 2),
    ("Where and when did PyGrunn take place?", 2),
    ("Waar en wanneer vond PyGrunn plaats?", 2),
    ("Wie schreef de brief? En wanneer?", 2),
    ("Hoeveel kreeg PyGrunn en Web 11?", 1),  # two names, one question
    ("Wanneer is het actieplan vastgesteld en voor welke periode geldt het?", 2),
    ("Who wrote the letter and to whom is it addressed?", 2),
    ("Hoeveel kreeg PyGrunn en met welke partners?", 2),
    ("Which projects got money and for what purpose?", 2),
    ("Hoeveel kreeg PyGrunn in 2017 en in welk thema valt het?", 2),
    ("Welke projecten van WEB11 en van Coders Academy zijn er?", 1),  # a preposition, but no question word after it
    ("Which projects of Dutch Blockchain Hackathon BV were funded?", 1),
])
def test_phrasing_split_finds_each_question_asked(question, parts):
    assert len(phrasing.split(question)) == parts


@pytest.mark.parametrize(("question", "role"), [
    ("Who is the contractor for the smart street lights project?", "contractor"),
    ("Wie is de opdrachtgever van Slimme Lantaarnpalen?", "opdrachtgever"),
    ("Who was the chair of the meeting?", "chair"),
    ("Wie is de aanvrager van PyGrunn?", None),  # a table field, not a role in a text
    ("Who is the largest applicant?", None),
])
def test_phrasing_role_asked(question, role):
    assert phrasing.read(question).role == role


@pytest.mark.parametrize(("wanted", "word", "same"), [
    ("opdrachtnemer", "opdrachtnemer", True), ("opdrachtnemer", "opdrachtgever", False),
    ("burgemeester", "burgemeesters", True), ("leider", "projectleider", True), ("director", "directeur", True),
])
def test_phrasing_role_word_is_the_role_not_a_neighbour(wanted, word, same):
    assert _same_role_word(wanted, word) is same


@pytest.mark.parametrize(("text", "threshold"), [
    ("welke projecten kregen meer dan 10.000 euro", (">", 10000)),
    ("projects above €5,000", (">", 5000)),
    ("projecten met minstens vijftigduizend euro", (">=", 50000)),
    ("which got less than 2000 euros", ("<", 2000)),
    ("kreeg het in 2018 meer dan in 2017", None),  # years are no amounts
    ("projects about blockchain", None),
])
def test_phrasing_threshold_reads_the_amount_compared_with(text, threshold):
    assert threshold_in(normalise(text)) == threshold


@pytest.mark.parametrize(("text", "n"), [("wat zijn de vijf grootste projecten", 5), ("top 10 grants", 10),
                                         ("which projects got the most", 3), ("de twee kleinste bijdragen", 2)])
def test_phrasing_top_limit(text, n):
    assert top_limit(text) == n


@pytest.mark.parametrize(("text", "names"), [
    ("how much subsidy did philips receive", ("philips",)),
    ("hoeveel kreeg gasunie in 2017", ("gasunie",)),
    ("how much did ing contribute to trendship '17", ("ing",)),
    ("how much did the municipality contribute", ()),
    ("how much did the province contribute", ()),  # a word of the language, not a name
    ("how much did the projects about children receive", ()),
    ("hoeveel kregen de onderwijsprojecten", ()),
])
def test_phrasing_who_a_money_question_is_about_however_typed(text, names):
    assert receiver_names(text, (), LEXICON) == names


@pytest.mark.parametrize(("text", "language"), [
    ("project had kleinste totale projectomvang", "nl"), ("total budget economic programme", "en"),
    ("hoveeel kreeg pygrunn", "nl"), ("wheer was pygrunn held", "en"),
    ("thema's ligt volgens artikel vooral focus", "nl"), ("team size last year", "en"),
])
def test_phrasing_language_of_keyword_and_misspelt_questions(text, language):
    assert detect_language(text, LEXICON.language_votes) == language


@pytest.mark.parametrize(("typed", "name"), [("pyrgunn", "pygrunn"), ("pygrun", "pygrunn"), ("pygrunm", "pygrunn"),
                                             ("it aacdemy", "it academy"), ("draadolos groningen", "draadloos groningen")])
def test_phrasing_one_slip_in_a_name_still_scores_as_one(typed, name):
    assert typo_ratio(typed, name) >= 88


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Opdrachtnemer is Gert-Jan Hoekstra van Bureau Lichtlijn.", "name", ["Gert-Jan Hoekstra"]),
    ("vertegenwoordigd door wethouder Inge de Vries-Bakker", "name", ["Inge de Vries-Bakker"]),
    ("De projectleider is Fatima el Amrani.", "name", ["Fatima el Amrani"]),
    ("de burgemeester, Peter den Oudsten", "name", ["Peter den Oudsten"]),
    ("De proef duurt 18 maanden.", "duration", ["18 maanden"]),
    ("een looptijd van 4 jaar (2017- 2021)", "duration", ["2017- 2021", "4 jaar"]),
])
def test_phrasing_names_and_durations_are_read_whole(text, kind, expected):
    assert find_entities(kind, text, LEXICON.not_person_names) == expected


@pytest.mark.parametrize(("text", "sentences"), [
    ("Partners (o.a. RuG en Hanze) doen mee. Klaar.", 2),
    ("Het project werkt samen met o.a. de RuG, de Hanzehogeschool en het Noorderpoort. Ook Enexis.", 2),
    ("Zie bijv. het plan (nr. 12, blz. 4). Dat is duidelijk.", 2),
    ("Steller F.V. Hendriks", 1),
])
def test_phrasing_abbreviations_do_not_cut_a_sentence(text, sentences):
    assert len(sentence_spans(text)) == sentences


@pytest.mark.parametrize("closing", ["thanks!", "Thanks a lot :)", "thank you very much.", "Dank je wel!", "Alvast bedankt.",
                                     "bedankt hoor", "groetjes", "cheers", "Many thanks!"])
@pytest.mark.parametrize("question", ["How much did PyGrunn get?", "Wie heeft de brief ondertekend?"])
def test_phrasing_closing_thanks_is_no_second_question(question, closing):
    asked = f"{question} {closing}"
    assert phrasing.unwrap(asked) == question
    assert len(phrasing.split(asked)) == 1


@pytest.mark.parametrize(("question", "second"), [
    ("Hoeveel projecten noemt de brief en hoeveel staan er in de bijlage?", "hoeveel projecten staan er in de bijlage?"),
    ("How many projects does the letter mention, and how many are in the annex?", "how many projects are in the annex?"),
    ("Hoeveel aanvragers waren er in 2017 en hoeveel kregen meer dan € 10.000?",
     "hoeveel aanvragers kregen meer dan € 10.000?"),
    ("How many projects were funded and how many got more than 50000 euro?", "how many projects got more than 50000 euro?"),
])
def test_phrasing_split_counts_again_what_the_first_part_counted(question, second):
    assert phrasing.split(question)[1] == second


def test_phrasing_split_keeps_a_second_part_that_names_its_noun():
    assert phrasing.split("How many projects were there and how many applicants?")[1] == "how many applicants?"


@pytest.mark.parametrize(("question", "parts"), [
    ("Wat zijn de plannen voor 2018? focus 2018", 1),
    ("what's the email address of the digital office? I want to pitch an idea", 1),
    ("Wie is de Chief Digital Officer? Ik zoek de naam van die persoon", 1),
    ("Hoeveel kreeg PyGrunn? En Web 11", 2),
    ("Who wrote the letter? What is its reference number?", 2),
    ("was it worth it? was all that money well spent?", 2),
])
def test_phrasing_split_keeps_a_trailing_statement_as_context(question, parts):
    assert len(phrasing.split(question)) == parts


@pytest.mark.parametrize(("question", "rest", "language"), [
    ("list the themes in English pls", "list the themes", "en"),
    ("Wat is het DOG? In het Engels graag", "Wat is het DOG?", "en"),
    ("In English: wat zijn de thema's?", "wat zijn de thema's?", "en"),
    ("what is the slogan, in Dutch please", "what is the slogan", "nl"),
    ("is the course taught in English?", "is the course taught in English?", None),
    ("in English", "in English", None),  # nothing else asked: left as it is
])
def test_phrasing_language_asked_is_taken_off(question, rest, language):
    assert phrasing.language_asked(question) == (rest, language)


@pytest.mark.parametrize(("question", "parts"), [
    ("how much did pygrunn get n who applied", 2),
    ("wie tekende de brief & wat is het kenmerk", 2),
    ("how much did pygrunn get + who applied", 2),
    ("Kennis & Innovatie projecten", 1),  # "&" inside a theme's name joins no questions
    ("hoeveel kreeg Lego League n Codeniacs", 1),
])
def test_phrasing_split_on_typed_and(question, parts):
    assert len(phrasing.split(question)) == parts


@pytest.mark.parametrize(("question", "core"), [
    ("What's the Digital Office's slogan?", "What is the slogan of Digital Office?"),
    ("who was Trendship's organiser", "who was the organiser of Trendship"),
    ("what are PyGrunn's partners?", "what are the partners of PyGrunn?")])
def test_phrasing_a_genitive_owner_goes_after_its_property(question, core):
    assert phrasing.unwrap(question) == core


@pytest.mark.parametrize("question", [
    "Am I right that Django Girls was organised by Coffee and Coding?", "am i correct that PyGrunn got 1500 euro",
    "heb ik het goed dat PyGrunn 1500 euro kreeg?", "heb ik gelijk dat Django Girls van OTP was?",
    "zie ik het goed dat PyGrunn 5000 euro kreeg", "Am I wrong in thinking that Trendship was in Martiniplaza?"])
def test_phrasing_a_belief_put_up_for_judging_is_a_claim(question):
    assert phrasing.read(question).yes_no and phrasing.claims_that(question)


@pytest.mark.parametrize("question", ["mogen jongens ook meedoen aan Django Girls?", "moet je lid zijn van de club?",
                                      "mag iedereen naar PyGrunn?", "moesten de scholen zelf betalen?"])
def test_phrasing_a_dutch_modal_first_asks_yes_or_no(question):
    assert phrasing.read(question).yes_no


@pytest.mark.parametrize(("question", "parts"), [
    ("wat is het kenmerk van de raadsbrief over GDC en van de eerdere brief waar die naar verwijst",
     ["wat is het kenmerk van de raadsbrief over GDC?", "wat is het kenmerk van de eerdere brief waar die naar verwijst?"]),
    ("what is the reference of the council letter and of the earlier letter it refers to?",
     ["what is the reference of the council letter?", "what is the reference of the earlier letter it refers to?"]),
    ("Wie zijn de partners van PyGrunn en van Web 11?", ["Wie zijn de partners van PyGrunn?", "Wie zijn de partners van Web 11?"]),
])
def test_phrasing_one_property_of_two_owners_is_asked_of_each(question, parts):
    assert phrasing.split(question) == parts
