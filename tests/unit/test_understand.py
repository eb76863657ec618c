"""Understanding without an LLM: routes, operations, measures, fields and follow-ups, in families of phrasings."""

from __future__ import annotations

import json

import pytest

from assistant.lexicon import load_lexicon
from assistant.understand import (
    Signals,
    counted_noun,
    counts_something_else,
    foreign_contributor,
    proper_names,
)
from index.settings import PROJECT_ROOT
from tests.snapshots.intents import SNAPSHOT, current

LEXICON = load_lexicon()


@pytest.fixture(scope="module")
def understand(assistant):
    return assistant.understander.understand


def test_understand_every_eval_question_matches_the_reviewed_snapshot(assistant):
    """A change in how any eval question is understood must show up here (update with the snapshot script)."""
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(current(assistant.understander, PROJECT_ROOT)))
    changed = sorted(k for k in expected.keys() | got.keys() if expected.get(k) != got.get(k))
    assert not changed, f"{len(changed)} intents changed, e.g. {changed[:5]}; run python -m tests.snapshots.intents"


@pytest.mark.parametrize(("question", "operation", "measure"), [
    ("Hoeveel kreeg PyGrunn?", "lookup", "contribution"),
    ("How much did PyGrunn get?", "lookup", "contribution"),
    ("Wat was de totale projectomvang van PyGrunn?", "lookup", "total_size"),
    ("What was the total project size of PyGrunn?", "lookup", "total_size"),
    ("Hoeveel projecten vallen onder Kennis & Innovatie?", "count", "contribution"),
    ("How many projects are in Kennis & Innovatie?", "count", "contribution"),
    ("Wat is de gemiddelde bijdrage in Profilering & Vestigingsklimaat?", "avg", "contribution"),
    ("What is the average contribution in Profilering & Vestigingsklimaat?", "avg", "contribution"),
    ("Welk project kreeg de grootste bijdrage?", "max", "contribution"),
    ("Which project got the largest contribution?", "max", "contribution"),
    ("Welk project had de kleinste projectomvang?", "min", "total_size"),
    ("Which project had the smallest project size?", "min", "total_size"),
    ("Hoeveel ging er in totaal naar onderwijs?", "sum", "contribution"),
    ("How much went to education in total?", "sum", "contribution"),
    ("Welke blockchainprojecten zijn gesubsidieerd?", "list", "contribution"),
    ("Which blockchain projects were funded?", "list", "contribution"),
    ("Hoeveel kreeg WEB11 in totaal?", "sum", "contribution"),
    ("Welk project kreeg de grootste bijdrage per thema?", "group", "contribution"),
    ("How much went to each theme?", "group", "contribution"),
    ("Wat zijn de drie grootste projecten?", "top", "contribution"),
    ("Which projects got the largest contributions?", "top", "contribution"),
    ("top 5 projecten qua omvang", "top", "total_size"),
    ("Kreeg PyGrunn meer dan Web 11?", "compare", "contribution"),
    ("Compare IT Academy and PyGrunn", "compare", "contribution"),
    ("Vertel eens over PyGrunn", "profile", "contribution"),
    ("What does Coders Academy do?", "profile", "contribution"),
    ("Welke projecten kregen meer dan 10.000 euro?", "list", "contribution"),
    ("Which applicants are new?", "new", "contribution"),
    ("Welke projecten kregen in meerdere jaren subsidie?", "repeat", "contribution"),
    ("Welk thema kreeg het meeste geld?", "group", "contribution"),
    # a threshold in words is no comparison of two items
    ("How many projects got more than fifty thousand euros from the city?", "count", "contribution"),
    ("Hoeveel projecten kregen meer dan vijftigduizend euro?", "count", "contribution"),
    ("how many projects received over ten thousand euros", "count", "contribution"),
    ("Welke projecten kregen meer dan tienduizend euro?", "list", "contribution"),
    ("Kreeg PyGrunn meer dan Web 11?", "compare", "contribution"),
    ("Hoeveel blockchainprojecten zijn er?", "count", "contribution"),
    # a measure named "totale …" with nothing selected asks its one figure; with "welke" it names the column
    ("wat was de totale projectomvang in 2017", "sum", "total_size"),
    ("What was the total project size in 2017?", "sum", "total_size"),
    ("Welke projecten hebben een totale projectomvang boven een miljoen?", "list", "total_size"),
    # which rows leave a cell empty: only those rows, not every row
    ("which rows have no amount?", "missing", "contribution"),
    ("Bij welke projecten ontbreekt de totale omvang?", "missing", "total_size"),
    ("welke projecten hebben geen partners", "missing", "contribution"),
    ("projects without a contribution", "missing", "contribution"),
    ("zijn er lege cellen in de tabel?", "missing", "contribution"),
    # a verb of money before the rows asks an amount, not how many
    ("hoeveel kregen projecten van de RuG", "sum", "contribution"),
    ("Hoeveel ontvingen projecten over onderwijs?", "sum", "contribution"),
])
def test_understand_table_questions_get_their_operation_in_both_languages(understand, question, operation, measure):
    intent = understand(question)
    assert intent.route == "table" and intent.table_query is not None, intent
    assert (intent.table_query.operation, intent.table_query.measure) == (operation, measure)


# a name after an exclusion cue leaves rows out; the same name without the cue selects them
@pytest.mark.parametrize(("question", "column"), [
    ("hoeveel ging er naar projecten behalve onderwijs", "theme"),
    ("How much went to projects other than education?", "theme"),
    ("total excluding the Anders section", "section"),
    ("welke projecten zijn er met uitzondering van PyGrunn", "project"),
    ("alle projecten op de RuG na", "applicant"),
    ("projects apart from those of WEB11", "applicant"),
    ("hoeveel kregen projecten die niet over blockchain gaan", "keyword"),
])
def test_understand_name_left_out_is_excluded(understand, question, column):
    query = understand(question).table_query
    assert query is not None and [f.column for f in query.excluded] == [column], query
    assert not any(f.column == column for f in query.filters), query


@pytest.mark.parametrize("question", ["hoeveel ging er naar onderwijs", "Is PyGrunn niet een conferentie?",
                                      "welke projecten gaan over onderwijs"])
def test_understand_name_without_an_exclusion_cue_is_selected(understand, question):
    query = understand(question).table_query
    assert query is not None and not query.excluded, query


@pytest.mark.parametrize("question", [
    "Wat is de slogan van het Digital Office Groningen?", "What is the slogan of the Digital Office?",
    "Wie heeft de brief ondertekend?", "Who signed the letter?",
    "How many employees does Coders Academy have?",  # counts something the table does not hold
    "How much did ING contribute to Trendship '17?",  # a contributor the table does not record
    "Volgens de brief, hoeveel projecten zijn er uitgevoerd?",  # asks what the letter says
])
def test_understand_prose_questions_go_to_the_documents(understand, question):
    assert understand(question).route == "documents"


@pytest.mark.parametrize("question", [
    "With which other municipality does Groningen exchange knowledge and experience?",
    "Which city does Groningen share knowledge and experience with?",
    "Met welke gemeente wordt kennis en ervaring uitgewisseld?",
    "Which organisations bring education and research together?",
    "Welke partijen combineren onderwijs en bedrijfsleven?",
])
def test_understand_theme_word_in_its_ordinary_sense_is_no_theme_selection(understand, question):
    """A theme word joined to a neighbour by "and"/"en" is not the theme's full name: no selection of its rows."""
    intent = understand(question)
    assert intent.route == "documents", intent.table_query
    assert all(" " not in m.surface or m.exact for m in intent.entities if m.kind == "theme"), intent.entities


def test_understand_grouping_keeps_the_operation_per_group(understand):
    query = understand("Welk project kreeg de grootste bijdrage per thema?").table_query
    assert query is not None and (query.operation, query.aggregate, query.group_by) == ("group", "max", "theme")


def test_understand_uncovered_year_is_named_and_leaves_the_table(understand):
    intent = understand("How much did the municipality contribute in 2016?")
    assert intent.route == "documents" and intent.foreign_year == 2016


@pytest.mark.parametrize(("question", "language"), [("Hoeveel kreeg PyGrunn?", "nl"), ("How much did PyGrunn get?", "en")])
def test_understand_detects_the_askers_language(understand, question, language):
    assert understand(question).language == language


@pytest.mark.parametrize(("history", "question", "operation", "filter_value"), [
    ([("user", "Hoeveel subsidie kreeg PyGrunn?"), ("assistant", "€ 1.500")], "En wie was de aanvrager?", "lookup", "PyGrunn"),
    ([("user", "How much went to education projects?"), ("assistant", "€242,070")], "And to infrastructure?", "sum",
     "Infrastructuur"),
    ([("user", "Welk project kreeg de grootste bijdrage?"), ("assistant", "Het GDBC, Groninger Digital Business Center.")],
     "Wie waren de partners van dat project?", "lookup", "GDBC, Groninger Digital Business Center"),
    ([("user", "How much did the GDBC receive?"), ("assistant", "GDBC, Groninger Digital Business Center: €150,000.")],
     "what was the total size of that project?", "lookup", "GDBC, Groninger Digital Business Center"),
    ([("user", "Hoeveel kreeg PyGrunn?"), ("assistant", "PyGrunn kreeg € 1.500.")],
     "wat was de totale omvang van dat initiatief?", "lookup", "PyGrunn"),
    ([("user", "How much did PyGrunn get?"), ("assistant", "PyGrunn received €1,500.")],
     "and what was the total project size of this project?", "lookup", "PyGrunn"),
])
def test_understand_follow_up_takes_the_subject_from_the_conversation(understand, history, question, operation,
                                                                       filter_value):
    intent = understand(question, [{"role": r, "content": c} for r, c in history])
    assert intent.followup and intent.table_query is not None
    assert intent.table_query.operation == operation
    assert any(filter_value in f.values for f in intent.table_query.filters)


@pytest.mark.parametrize(("text", "noun"), [("hoeveel projecten zijn er", "projecten"), ("how many visitors came", "visitors"),
                                           ("hoeveel kreeg pygrunn", None), ("how much did it cost", None),
                                           # a qualifier before the table noun, apart or in a compound
                                           ("how many blockchain projects are there", "projects"),
                                           ("hoeveel blockchainprojecten zijn er", "projecten"),
                                           ("how many education projects were there in 2017", "projects"),
                                           ("hoeveel onderwijsprojecten", "projecten"),
                                           ("how many people came to pygrunn", "people")])
def test_understand_counted_noun(text, noun):
    assert counted_noun(text, LEXICON) == noun


def test_understand_counting_something_the_table_does_not_hold():
    employees = Signals.read("how many employees work there", _registry(), LEXICON)
    assert counts_something_else(employees, LEXICON)
    assert not counts_something_else(Signals.read("how many projects", _registry(), LEXICON), LEXICON)


@pytest.mark.parametrize(("text", "foreign"), [
    ("how much did ing contribute to trendship", True),
    ("how much did the municipality contribute to trendship", False),
    ("hoeveel heeft de gemeente bijgedragen", False),
    ("how much did the province of groningen contribute to the programme?", True),
    ("hoeveel heeft de provincie groningen bijgedragen?", True),
    ("how much eu funding went into groningen digital city?", True),
    ("hoeveel europees geld ging naar het programma", True),
    ("wat was de bijdrage van het rijk", True),
    ("how much did the rijksuniversiteit groningen receive?", False),
    ("which projects list the province as a partner?", False),
])
def test_understand_foreign_contributor(text, foreign):
    assert foreign_contributor(text, LEXICON) is foreign


def test_understand_proper_names_skip_the_first_word_and_generic_names():
    assert proper_names("Hoeveel kreeg Philips van Groningen?", LEXICON) == ("philips",)


def _registry():
    from assistant.operations import default_registry

    return default_registry()


@pytest.mark.parametrize(("question", "threshold"), [
    ("Welke projecten kregen meer dan 10.000 euro?", (">", 10000)),
    ("Which projects received at least €50,000?", (">=", 50000)),
    ("Projecten onder de 2000 euro", ("<", 2000)),
])
def test_understand_thresholds_select_rows_by_amount(understand, question, threshold):
    query = understand(question).table_query
    assert query is not None and query.threshold == threshold


@pytest.mark.parametrize(("question", "limit", "descending"), [
    ("Wat zijn de drie grootste projecten?", 3, True), ("top 5 grants", 5, True),
    ("Which are the two smallest projects?", 2, False), ("Which projects got the largest contributions?", 3, True),
])
def test_understand_top_n_reads_how_many_and_which_end(understand, question, limit, descending):
    query = understand(question).table_query
    assert query is not None and (query.operation, query.limit, query.descending) == ("top", limit, descending)


@pytest.mark.parametrize(("question", "topic"), [
    ("Where does the money for Groningen Digital City come from?", "funding"), ("Waar komt het geld vandaan?", "funding"),
    ("How is the programme funded?", "funding"), ("Hoe wordt het Digital Office gefinancierd?", "funding"),
    ("Who pays for the Digital Office?", "funding"), ("Waar kwam het budget voor de projecten vandaan?", "funding"),
    ("Who is involved in the Digital Office Groningen?", "involved"), ("Wie zijn er betrokken bij het actieplan?", "involved"),
    ("What are the plans for 2018?", "focus"), ("Wat zijn de plannen voor 2018?", "focus"),
    ("What is Groningen Digital City for?", "goal"), ("What's the action plan for?", "goal"),
    ("whats gdc for", "goal"), ("what is the programme meant for", "goal"),
])
def test_understand_overview_topic_of_a_question(understand, question, topic):
    assert understand(question).topic == topic


@pytest.mark.parametrize(("question", "kind"), [
    ("What is the website of Coders Academy?", "website"), ("Op welke website staat een overzicht?", "website"),
    ("wat is de url van het actieplan", "website"), ("Heeft het Digital Office een homepage?", "website"),
])
def test_understand_website_is_its_own_kind_of_answer(question, kind):
    from assistant.understand import answer_type
    from index.lexical import normalise

    assert answer_type(normalise(question), LEXICON) == kind


@pytest.mark.parametrize(("question", "route"), [
    ("How much does the Digital Office cost per year?", "documents"), ("Wat is het budget van het actieplan?", "documents"),
    ("Wat kost het Digital Office?", "documents"), ("What are the costs of the programme?", "documents"),
    ("Hoeveel kreeg PyGrunn?", "table"), ("Wat kostte PyGrunn?", "table"),  # a named project's amount is in its row
])
def test_understand_a_budget_or_cost_of_no_project_is_not_in_the_tables(understand, question, route):
    assert understand(question).route == route


@pytest.mark.parametrize(("question", "share"), [
    ("bij welke projecten betaalde de gemeente de hele projectomvang", ">=1"),
    ("Welke projecten heeft de gemeente volledig gefinancierd?", ">=1"),
    ("which projects were funded 100% by the city?", ">=1"),
    ("Which projects did the city pay for in full", ">=1"),
    ("projects where the municipality paid more than half", ">0.5"),
    ("welke projecten kregen minder dan de helft van hun omvang", "<0.5"),
    # wholeness of something else: a list, the programme
    ("geef de volledige lijst van gefinancierde projecten", None),
    ("give me the full list of funded projects", None),
    ("How much did the city pay for the whole programme in 2017?", None),
    ("hoeveel betaalde de gemeente voor het hele programma", None),
])
def test_understand_share_of_the_project_size(question, share):
    from assistant.lexicon import load_lexicon
    from assistant.understand import share_in
    from index.lexical import normalise

    assert share_in(normalise(question), load_lexicon()) == share


@pytest.mark.parametrize("question", [
    "en welk deel daarvan is bestemd voor Groningen 5G City?", "welk gedeelte ervan gaat naar onderwijs",
    "which part of it goes to 5G City?", "what share of that money is for education?"])
def test_understand_a_part_of_an_amount_asks_an_amount(question):
    """A part of what was just given is itself an amount: a passage naming the thing without a figure answers none."""
    from assistant.understand import answer_type
    from index.lexical import normalise

    assert answer_type(normalise(question), LEXICON) == "amount"


@pytest.mark.parametrize("question", [
    "what is the budget of PyGrunn?", "wat is het budget van Trendship?", "whats the budget of the blockchain "
    "hackathon programme", "Wat is de begroting van Web 11?"])
def test_understand_a_projects_budget_is_its_size_and_contribution(understand, question):
    query = understand(question).table_query
    assert query is not None and query.operation == "lookup" and set(query.fields) == {"total_size", "contribution"}


@pytest.mark.parametrize("question", [
    "what is this digideal thing?", "wat is dat digideal gedoe", "whats that zernike campus thing",
    "wat is die groningen talent fund", "what are these codeniacs things"])
def test_understand_a_thing_pointed_at_is_named_without_the_pointer(understand, question):
    """"This X thing" names X: a passage must say X, not "this" or "thing" (which none does)."""
    pointer = {"this", "that", "these", "dat", "die", "thing", "things", "gedoe"}
    assert not any(set(n.split()) & pointer for n in understand(question).names), understand(question).names


@pytest.mark.parametrize(("question", "asked"), [
    ("hi, just moved to groningen from bangalore. is there a python conference? when is it usually",
     "is there a python conference? when is it usually"),
    ("Hoi! Ik ben net verhuisd uit Gent. Welke meetups zijn er? En wanneer?", "Welke meetups zijn er? En wanneer?"),
    ("Hoeveel kreeg PyGrunn? En Web 11?", "Hoeveel kreeg PyGrunn? En Web 11?")])
def test_understand_the_questions_after_an_introduction(question, asked):
    """An introduction of the asker before several questions is no part of any of them ('bangalore' is no name a
    passage must say)."""
    from assistant.understand import after_introduction

    assert after_introduction(question) == asked


@pytest.mark.parametrize("question", ["how much people came to trendship", "How much visitors did PyGrunn get?",
                                      "how much participants were there at the google week"])
def test_understand_how_much_of_a_counted_noun_counts(understand, question):
    assert understand(question).answer_type == "count"


@pytest.mark.parametrize("question", [
    "wat was de bijdrage van de provincies aan het blockchain hackathon programma",
    "how much did the provinces contribute to the blockchain programme?", "hoeveel gaven de ministeries aan PyGrunn"])
def test_understand_another_givers_money_is_no_contribution_of_the_city(understand, question):
    assert understand(question).giver is not None


@pytest.mark.parametrize("question", ["programmeren in de klas: for which groepen is it",
                                      "voor welke groups is programmeren in de klas", "for which ages is Django Girls"])
def test_understand_whom_it_is_for_in_either_language(understand, question):
    assert understand(question).table_query is None or understand(question).table_query.operation != "sum"
    assert understand(question).topic == "audience" or "description" in (understand(question).table_query.fields
                                                                        if understand(question).table_query else ())
