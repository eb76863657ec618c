"""The project table as data: every annex row, stated totals, schema checks, read-only store."""

import sqlite3

import pytest

from index.blocks import LoadError
from index.tables import TableStore, load_table_file, parse_euros, write_table_store
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    files = [load_table_file(p, f"tables/{p.name}") for p in sorted((CORPUS / "tables").glob("*.csv"))]
    path = tmp_path_factory.mktemp("tables") / "t.sqlite"
    write_table_store(path, files)
    return TableStore(path)


def test_tables_every_annex_row_is_loaded(store):
    assert len(store.rows) == 23
    assert [r.row_ref for r in store.rows] == [f"B1-{i:02d}" for i in range(1, 24)]
    anders = [r.project for r in store.rows if r.section == "Anders"]
    assert anders == ["Programmeren in de klas", "Early Adopter Groningen City", "Like-programma"]


def test_tables_amounts_are_whole_euros_and_unknown_is_empty(store):
    by = {r.project: r for r in store.rows}
    assert by["Blockchain Hackathon Innovatie programma"].total_size == 2_200_000
    assert by["Django Girls"].contribution == 383
    assert by["Like-programma"].contribution == 80_000 and by["Like-programma"].total_size is None  # "?" in the annex
    assert by["Early Adopter Groningen City"].contribution is None


def test_tables_stated_totals_are_kept_as_data(store):
    assert [(t.section, t.contribution, t.total_size) for t in store.totals] == [
        ("Programma Economie en Werkgelegenheid", 469_427, 6_577_515), ("Anders", 80_000, 402_750)]


def test_tables_csv_matches_the_letters_annex():
    """Every row's amounts appear, as the letter prints them, on the letter's own annex line for that project."""
    from assistant.language import format_euro

    letter = (CORPUS / "documents/raadsbrief-2018-03-14-groningen-digital-city.md").read_text(encoding="utf-8")
    table = load_table_file(CORPUS / "tables/subsidies_2017.csv", "tables/subsidies_2017.csv")
    for row in table.projects:
        line = next(x for x in letter.splitlines() if x.startswith("|") and f"| {row.project} |" in x)
        for amount in (row.contribution, row.total_size):
            if amount is not None:
                assert f"| {format_euro(amount, 'nl')} |" in line, (row.row_ref, amount)


def test_tables_conversion_to_the_year_schema_kept_every_cell():
    """Each annex row of the letter has its CSV row with the same applicant, amounts, description and partners
    (the only cleaning: the HTML list tag the annex carries in one description, see tables/SCHEMA.md)."""
    letter = (CORPUS / "documents/raadsbrief-2018-03-14-groningen-digital-city.md").read_text(encoding="utf-8")
    table = load_table_file(CORPUS / "tables/subsidies_2017.csv", "tables/subsidies_2017.csv")
    by_project = {r.project: r for r in table.projects}
    annex = [[c.strip() for c in line.strip().strip("|").split("|")] for line in letter.splitlines()
             if line.startswith("|") and not line.startswith("|---") and "| Project |" not in line]
    rows = [cells for cells in annex if cells[1]]
    assert len(rows) == len(table.projects) == 23
    for _, project, applicant, contribution, total_size, description, partners in rows:
        row = by_project[project]
        assert (row.applicant, row.year) == (applicant, 2017)
        assert row.contribution == parse_euros(contribution, project) and row.total_size == parse_euros(total_size, project)
        assert row.description == " ".join(description.replace('<ul style="list-style-type: none"> ', "").split())
        assert row.partners == partners


def test_tables_file_without_year_column_takes_the_year_from_its_amount_column(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("section,theme,project,applicant,contribution_2016_eur,total_size_eur,description,partners,row_ref\n"
                    "A,T,P,X,100,200,d,p,R1\n", encoding="utf-8")
    (row,) = load_table_file(path, "tables/old.csv").projects
    assert (row.year, row.contribution, row.total_size) == (2016, 100, 200)


def test_tables_store_is_read_only(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.con.execute("DELETE FROM projects")


def test_tables_store_gives_each_thread_its_own_read_only_connection(store):
    """A registered function works on every thread's connection, and no two threads share one (they would wait on
    its mutex while the function runs per row); every one is read-only."""
    import threading

    store.register("shout", 1, lambda text: (text or "").upper())
    together, seen, lock = threading.Barrier(4), [], threading.Lock()

    def ask() -> None:
        together.wait(timeout=10)  # four threads alive at once: four connections
        (value,) = store.execute("SELECT shout(project) FROM projects ORDER BY rowid LIMIT 1")[0]
        try:
            store.con.execute("DELETE FROM projects")
            writable = True
        except sqlite3.OperationalError:
            writable = False
        with lock:
            seen.append((id(store.con), str(value), writable))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 4 and len({c for c, _, _ in seen} | {id(store.con)}) == 5
    assert all(v.isupper() for _, v, _ in seen) and not any(w for _, _, w in seen)


@pytest.mark.parametrize(("header", "message"), [
    ("year,section,theme,project,applicant,contribution_eur,description,partners,row_ref", "missing columns total_size_eur"),
    ("year,section,theme,project,applicant,contribution_eur,total_size_eur,description,partners,row_ref,extra",
     "extra columns extra"),
    ("section,theme,project,applicant,contribution_eur,total_size_eur,description,partners,row_ref", "missing columns year"),
])
def test_tables_csv_with_wrong_columns_is_refused(tmp_path, header, message):
    path = tmp_path / "bad.csv"
    path.write_text(header + "\n" + ",".join(["x"] * len(header.split(","))) + "\n", encoding="utf-8")
    with pytest.raises(LoadError, match=message):
        load_table_file(path, "tables/bad.csv")


HEADER = "year,section,theme,project,applicant,contribution_eur,total_size_eur,description,partners,row_ref"
LEGACY = "section,theme,project,applicant,contribution_2017_eur,total_size_eur,description,partners,row_ref"


@pytest.mark.parametrize(("header", "row", "message"), [
    (HEADER, "volgend jaar,A,T,P,X,100,200,d,p,R1", "row 2, year: 'volgend jaar' is not a year"),
    (HEADER, "2018,A,T,P,X,veel,200,d,p,R1", "row 2, contribution_eur: 'veel'"),
    (LEGACY, "A,T,P,X,veel,100,d,p,R1", "row 2, contribution_eur: 'veel'"),
])
def test_tables_bad_cell_is_refused_with_its_row_and_column(tmp_path, header, row, message):
    path = tmp_path / "bad.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(LoadError, match=message):
        load_table_file(path, "tables/bad.csv")


@pytest.mark.parametrize(("text", "value"), [("2200000", 2_200_000), ("€ 2.200.000", 2_200_000), ("1,500", 1500),
                                             ("?", None), ("", None)])
def test_tables_parse_euros(text, value):
    assert parse_euros(text, "t") == value


def test_tables_xlsx_is_read_like_csv(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["section", "theme", "project", "applicant", "contribution_2017_eur", "total_size_eur", "description",
                  "partners", "row_ref"])
    sheet.append(["Extra", "Infrastructuur", "Glasvezel", "Gemeente", 12000, None, "Kabels", "", "X-01"])
    book.save(tmp_path / "extra.xlsx")
    table = load_table_file(tmp_path / "extra.xlsx", "tables/extra.xlsx")
    assert [(r.project, r.contribution, r.total_size) for r in table.projects] == [("Glasvezel", 12000, None)]


HEADER = "year,section,theme,project,applicant,contribution_eur,total_size_eur,description,partners,row_ref\n"


@pytest.mark.parametrize(("first", "second", "clash"), [
    ("2017,A,T,Web 11,WEB11,1500,1500,d,,B1-20", "2017,A,T,Andere naam,Ander,10,10,d,,B1-20", "B1-20"),  # same ref, year
    ("2017,A,T,Web 11,WEB11,1500,1500,d,,B1-20", "2017,A,T,web 11,web11,99,99,d,,X-1", "B1-20 Web 11"),  # same project
    ("2017,A,T,Web 11,WEB11,1500,1500,d,,B1-20", "2018,A,T,Web 11,WEB11,1500,1500,d,,B1-20", None),  # another year
    ("2017,A,T,Web 11,WEB11,1500,1500,d,,", "2017,A,T,Ander,Ander,10,10,d,,", None),  # line numbers are no references
])
def test_tables_duplicate_rows_refuse_the_later_file_naming_the_first(tmp_path, first, second, clash):
    from index.tables import DuplicateRows

    files = []
    for name, row in (("a.csv", first), ("b.csv", second)):
        (tmp_path / name).write_text(HEADER + row + "\n", encoding="utf-8")
        files.append(load_table_file(tmp_path / name, f"tables/{name}"))
    rows = DuplicateRows()
    rows.add(files[0])
    if clash is None:
        rows.add(files[1])
        return
    with pytest.raises(LoadError, match=f"repeats 1 row of tables/a.csv \\(first: {clash}"):
        rows.add(files[1])
