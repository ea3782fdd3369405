"""The document register (gudang.services.register, `gudang documents`) and closing events."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from gudang.domain.errors import InvalidInput, InvalidState, NotFound
from gudang.services import counts, events, issues, register
from gudang.services.partners import add_event
from gudang.services.register import RegisterFilter
from tests.conftest import snapshot
from tests.support.builders import (
    ADMIN_ACTOR, basic_world, cancel, english, fresh_db, fresh_sqlite, issue, issue_input, receive,  # noqa: F401
)

TODAY = dt.date.today()


@pytest.fixture
def cli(monkeypatch, capsys):
    """`gudang ARGS` in this process (a subprocess costs seconds): (exit code, stdout, stderr).
    The command sets the message language; the fixture puts the test process's back."""
    from gudang import i18n
    from gudang.cli import main

    language = i18n.get_language()

    def run(db, *args, user="admin", password="rahasia-admin"):
        monkeypatch.setenv("GUDANG_LANG", "en")
        for name, value in (("GUDANG_USER", user), ("GUDANG_PASSWORD", password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        capsys.readouterr()
        try:
            code = main(["--db", str(db.path), *args])
        except SystemExit as exit_:
            code = exit_.code
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    i18n.set_language(language)


def history(db):
    """Two receipts, an issue (later cancelled), a draft and an approved issue, a posted count."""
    basic_world(db, items=["BRS", "MIE"])
    first = receive(db, TODAY - dt.timedelta(days=6), [("BRS", 10, "B1", "2030-01-01", "A-01"),
                                                        ("MIE", 80, "M1", "2030-01-01", "A-02")])
    second = receive(db, TODAY - dt.timedelta(days=2), [("BRS", 5, "B2", "2030-02-01", "A-01")])
    dispatched = issue(db, TODAY - dt.timedelta(days=1), [("BRS", 3)])
    reversal = cancel(db, dispatched.number)
    draft = issues.draft_issue(db, ADMIN_ACTOR, issue_input(TODAY, [("MIE", 4)]))
    approved = issues.draft_issue(db, ADMIN_ACTOR, issue_input(TODAY, [("MIE", 5)]))
    issues.approve_issue(db, ADMIN_ACTOR, approved.id)
    count = counts.start_count(db, ADMIN_ACTOR, ["B-01"])
    counts.post_count(db, ADMIN_ACTOR, count.id)
    return {"first": first.number, "second": second.number, "issue": dispatched.number,
            "reversal": reversal.number, "draft": draft.id, "approved": approved.id, "count": count.number}


def test_register_lists_every_document_and_count_newest_first_with_states(fresh_db):
    db = fresh_db
    made = history(db)
    rows = list(register.iter_register(db))
    labels = [row.label for row in rows]
    assert set(labels) == {made["first"], made["second"], made["issue"], made["reversal"], f"#{made['draft']}",
                           f"#{made['approved']}", made["count"]}
    assert [row.date for row in rows] == sorted((row.date for row in rows), reverse=True)
    by_label = {row.label: row for row in rows}
    assert by_label[made["issue"]].state == "cancelled"
    assert by_label[made["issue"]].cancelled_by == made["reversal"]
    assert by_label[made["reversal"]].reverses == made["issue"]
    assert by_label[f"#{made['draft']}"].state == "draft" and by_label[f"#{made['draft']}"].lines == 1
    assert by_label[f"#{made['approved']}"].state == "approved"
    assert by_label[made["count"]].type == "count" and by_label[made["count"]].state == "posted"
    assert by_label[made["first"]].partner == "DON-1" and by_label[made["first"]].lines == 2

    def labels_of(**where):
        return {row.label for row in register.iter_register(db, RegisterFilter(**where))}

    assert labels_of(type="receipt") == {made["first"], made["second"]}
    assert labels_of(state="draft") == {f"#{made['draft']}"}
    assert labels_of(state="cancelled") == {made["issue"]}
    assert made["issue"] not in labels_of(state="posted")
    assert labels_of(partner="DON-1") == {made["first"], made["second"]}
    assert labels_of(start=TODAY - dt.timedelta(days=3), end=TODAY - dt.timedelta(days=1), type="receipt") == \
        {made["second"]}
    assert labels_of(type="count") == {made["count"]}
    assert labels_of(search=made["issue"][:3] + "/SJ") >= {made["issue"]}
    assert labels_of(search=f"#{made['draft']}") == {f"#{made['draft']}"}
    assert register.register_count(db, RegisterFilter(type="issue")) == 3
    page = register.register_page(db, RegisterFilter(), offset=2, limit=3)
    assert [row.label for row in page] == labels[2:5]
    assert register.pending(db) == register.Pending(drafts=1, approved=1, open_counts=0)


def test_register_detail_papers_and_bad_filters(fresh_db):
    db = fresh_db
    made = history(db)
    row = register.find(db, made["issue"])
    detail = register.document_detail(db, row.key)
    assert [(line.sku, line.qty) for line in detail.lines] == [("BRS", 3)]
    assert register.papers(row) == (("waybill", made["issue"]), ("handover", made["issue"]))
    assert not register.cancellable(row)  # already cancelled
    assert register.cancellable(register.find(db, made["first"]))
    assert register.papers(register.find(db, f"#{made['draft']}")) == ()
    assert register.papers(register.find(db, made["count"])) == (("count", made["count"]),)
    with english():
        with pytest.raises(InvalidInput, match="must be one of"):
            register.register_keys(db, RegisterFilter(type="bogus"))
        with pytest.raises(InvalidInput) as caught:
            register.register_keys(db, RegisterFilter(start="2026-12-01", end="2026-11-01"))
        assert caught.value.where and "end" in caught.value.where
        with pytest.raises(NotFound, match="unknown document"):
            register.find(db, "999/XX/NONE")


def test_gudang_documents_prints_the_register(fresh_sqlite, cli):
    db = fresh_sqlite
    made = history(db)
    code, out, err = cli(db, "documents", "--json", "--type", "issue")
    assert code == 0, err
    rows = json.loads(out)
    assert {(r["number"], r["state"]) for r in rows} == {(made["issue"], "cancelled"), (None, "draft"),
                                                       (None, "approved")}
    assert next(r for r in rows if r["number"] == made["issue"])["cancelled_by"] == made["reversal"]
    code, out, _ = cli(db, "documents", "--partner", "DON-1", "--from", str(TODAY - dt.timedelta(days=3)))
    assert code == 0 and made["second"] in out and made["first"] not in out
    code, _, err = cli(db, "documents", "--from", "2026-13-01")
    assert code == 1 and "start" in err and "2026-13-01" in err
    assert cli(db, "documents", "--state", "weird")[0] == 2


def test_closing_an_event(fresh_db):
    db = fresh_db
    basic_world(db)
    add_event(db, ADMIN_ACTOR, "BJR-1", "Banjir Kampar", "banjir", TODAY - dt.timedelta(days=30))
    add_event(db, ADMIN_ACTOR, "LSR-1", "Longsor", "longsor", TODAY - dt.timedelta(days=3))
    before = snapshot(db)
    with english():
        with pytest.raises(InvalidInput, match="before the start"):
            events.close_event(db, ADMIN_ACTOR, "LSR-1", TODAY - dt.timedelta(days=5))
        with pytest.raises(InvalidInput, match="future"):
            events.close_event(db, ADMIN_ACTOR, "LSR-1", TODAY + dt.timedelta(days=1))
        with pytest.raises(NotFound):
            events.close_event(db, ADMIN_ACTOR, "NOPE")
    assert snapshot(db) == before
    closed = events.close_event(db, ADMIN_ACTOR, "BJR-1", TODAY - dt.timedelta(days=1))
    assert closed.end == TODAY - dt.timedelta(days=1)
    assert [row.code for row in events.open_events(db)] == ["LSR-1"]
    with english(), pytest.raises(InvalidState, match="already closed"):
        events.close_event(db, ADMIN_ACTOR, "BJR-1")


def test_gudang_event_close(fresh_sqlite, cli):
    db = fresh_sqlite
    add_event(db, ADMIN_ACTOR, "BJR-1", "Banjir Kampar", "banjir", TODAY - dt.timedelta(days=30))
    add_event(db, ADMIN_ACTOR, "LSR-1", "Longsor", "longsor", TODAY - dt.timedelta(days=3))
    assert cli(db, "event", "close", "LSR-1", user=None, password=None)[0] == 1
    code, out, err = cli(db, "event", "close", "BJR-1", "--json")
    assert code == 0, err
    assert json.loads(out)["end"] == TODAY.isoformat()
    code, _, err = cli(db, "event", "close", "BJR-1")
    assert code == 1 and "already closed" in err
