"""The contract the screens rely on: `Operations.run` says how a call went (ok, value, message)
and announces what changed; slow work runs in a worker and reports back in the GUI thread."""

from __future__ import annotations

import threading

from gudang.domain.errors import InvalidInput
from gudang.domain.inputs import where_field, where_line
from gudang.i18n import N_


def test_run_returns_what_happened_and_announces_what_changed(ops, no_modal_boxes, lang_en):
    from ui.operations import OpResult

    changed = []
    ops.changed.connect(changed.append)
    ok = ops.run(lambda db, actor, x: (actor.name, x * 2), 21, changes={"stock"})
    assert ok == OpResult(True, ("admin", 42), changes=frozenset({"stock"})) and changed == [frozenset({"stock"})]

    def refuse(db, actor):
        raise InvalidInput(N_("quantity must be greater than zero")).at(where_field("qty"))

    refused = ops.run(refuse, changes={"stock"}, quiet=True)
    assert not refused.ok and refused.refused and refused.value is None
    assert refused.message == "quantity: quantity must be greater than zero"  # not "field qty"
    assert isinstance(refused.error, InvalidInput) and len(changed) == 1  # nothing announced

    def bug(db, actor):
        return 1 / 0

    broken = ops.run(bug)
    assert not broken.ok and not broken.refused and "ZeroDivisionError" in broken.message
    assert ops.query(lambda db: 7) == 7 and ops.query(lambda db: refuse(db, None), quiet=True) is None


def test_line_and_field_in_words(qapp, lang_en):
    from ui.operations import user_message

    error = InvalidInput(N_("quantity must be greater than zero")).at(where_line(3, "to"))
    assert user_message(error) == "line 3, to bin: quantity must be greater than zero"


def test_submit_works_in_a_worker_and_answers_in_the_gui_thread(qtbot, ops, lang_en):
    gui = threading.get_ident()
    seen = {}

    def slow(db, actor, n):
        from gudang.i18n import get_language

        seen["thread"], seen["language"] = threading.get_ident(), get_language()
        return n + 1

    answers = []
    ops.submit(slow, 1, done=lambda r: answers.append((r, threading.get_ident())), label="…")
    qtbot.waitUntil(lambda: bool(answers), timeout=5_000)
    result, thread = answers[0]
    assert result.ok and result.value == 2 and thread == gui and seen["thread"] != gui
    assert seen["language"] == "en"  # the worker speaks the user's language
