"""Column sets of the tables, with translated titles and formatting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ui import style
from ui.i18n import fmt_date, fmt_datetime, fmt_int, fmt_number
from ui.models.table import Column



# --- expiry ------------------------------------------------------------------------------------
EXPIRED, SOON, WARN, OK, NONE = "expired", "soon", "warn", "ok", "none"


def expiry_state(days_left: int | None) -> str:
    if days_left is None:
        return NONE
    if days_left < 0:
        return EXPIRED
    if days_left < 30:
        return SOON
    if days_left < 90:
        return WARN
    return OK


def expiry_text(days_left: int | None) -> str:
    state = expiry_state(days_left)
    if state == NONE:
        return QCoreApplication.translate("Columns", "no expiry")
    if state == EXPIRED:
        return QCoreApplication.translate("Columns", "EXPIRED %1 d ago").replace("%1", fmt_int(-days_left))
    if days_left == 0:
        return QCoreApplication.translate("Columns", "EXPIRES TODAY")
    if days_left == 1:
        return QCoreApplication.translate("Columns", "1 day left")
    return QCoreApplication.translate("Columns", "%1 days left").replace("%1", fmt_int(days_left))


_BG = {EXPIRED: style.EXPIRED_BG, SOON: style.SOON_BG, WARN: style.WARN_BG}
_FG = {EXPIRED: style.EXPIRED_FG, SOON: style.SOON_FG, WARN: style.WARN_FG}
_ICON = {EXPIRED: "expired", SOON: "soon", WARN: "warn", OK: "ok"}


def expiry_background(days_left):
    return _BG.get(expiry_state(days_left))


def expiry_foreground(days_left):
    return _FG.get(expiry_state(days_left))


def expiry_icon(days_left):
    name = _ICON.get(expiry_state(days_left))
    return style.icon(name) if name else None


# --- words shown for stored codes --------------------------------------------------------------
def location_kind(kind: str | None) -> str:
    return {
        "storage": QCoreApplication.translate("Columns", "storage"), "receiving": QCoreApplication.translate("Columns", "receiving"), "quarantine": QCoreApplication.translate("Columns", "quarantine"),
        "transit": QCoreApplication.translate("Columns", "in transit"), "donor": QCoreApplication.translate("Columns", "donor"), "recipient": QCoreApplication.translate("Columns", "recipient"),
        "adjustment": QCoreApplication.translate("Columns", "adjustment"), "writeoff": QCoreApplication.translate("Columns", "write-off"),
    }.get(kind or "", kind or "")


def partner_kind(kind: str | None) -> str:
    return {"donor": QCoreApplication.translate("Columns", "donor"), "recipient": QCoreApplication.translate("Columns", "recipient"), "transporter": QCoreApplication.translate("Columns", "transporter")}.get(
        kind or "", kind or "")


def document_type(kind: str | None) -> str:
    return {
        "receipt": QCoreApplication.translate("Columns", "receipt"), "issue": QCoreApplication.translate("Columns", "goods issue"), "transfer": QCoreApplication.translate("Columns", "transfer"),
        "adjustment": QCoreApplication.translate("Columns", "adjustment"), "writeoff": QCoreApplication.translate("Columns", "write-off"), "reversal": QCoreApplication.translate("Columns", "cancellation"),
        "delivery": QCoreApplication.translate("Columns", "delivery"), "count": QCoreApplication.translate("Columns", "stock count"),
        "handover": QCoreApplication.translate("Columns", "handover (BAST)"), "quarantine": QCoreApplication.translate("Columns", "quarantine"),
    }.get(kind or "", kind or "")


def condition_text(condition: str | None) -> str:
    """The condition of a document line (goods received or delivered)."""
    return {"good": "", "damaged": QCoreApplication.translate("Columns", "damaged"),
            "short": QCoreApplication.translate("Columns", "short"), "found": QCoreApplication.translate("Columns", "found"),
            "quarantine": QCoreApplication.translate("Columns", "to quarantine"),
            "release": QCoreApplication.translate("Columns", "released")}.get(condition or "", condition or "")


def register_state(state: str | None) -> str:
    """The state of a register row: a document's, "cancelled", or a count's "open"."""
    return {"cancelled": QCoreApplication.translate("Columns", "cancelled"),
            "open": QCoreApplication.translate("Columns", "count open")}.get(state or "") or document_state(state)


_STATE_FG = {"draft": QColor("#8a4300"), "approved": QColor("#1f4e79"), "cancelled": QColor("#9c1c13"),
             "open": QColor("#8a4300")}


def lot_status(status: str | None) -> str:
    return {"available": QCoreApplication.translate("Columns", "available"), "quarantine": QCoreApplication.translate("Columns", "quarantine")}.get(status or "", status or "")


def document_state(state: str | None) -> str:
    return {"draft": QCoreApplication.translate("Columns", "draft"), "approved": QCoreApplication.translate("Columns", "approved"), "posted": QCoreApplication.translate("Columns", "posted")}.get(
        state or "", state or "")


def role_name(role: str | None) -> str:
    return {"admin": QCoreApplication.translate("Columns", "administrator"), "kepala_gudang": QCoreApplication.translate("Columns", "head of warehouse"),
            "petugas": QCoreApplication.translate("Columns", "warehouse officer"), "viewer": QCoreApplication.translate("Columns", "viewer")}.get(role or "", role or "")


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Columns", "yes") if value else QCoreApplication.translate("Columns", "no")


def active_text(value: bool) -> str:
    return QCoreApplication.translate("Columns", "active") if value else QCoreApplication.translate("Columns", "inactive")


def audit_action(action: str) -> str:
    """An audit entry's action as a user reads it (never the stored code, e.g. "count.scan")."""
    names = {
        "item.add": QCoreApplication.translate("Columns", "item added"), "item.update": QCoreApplication.translate("Columns", "item changed"), "item.activate": QCoreApplication.translate("Columns", "item activated"),
        "item.deactivate": QCoreApplication.translate("Columns", "item deactivated"), "item.import": QCoreApplication.translate("Columns", "items imported"),
        "partner.add": QCoreApplication.translate("Columns", "partner added"), "partner.update": QCoreApplication.translate("Columns", "partner changed"),
        "partner.activate": QCoreApplication.translate("Columns", "partner activated"), "partner.deactivate": QCoreApplication.translate("Columns", "partner deactivated"),
        "event.add": QCoreApplication.translate("Columns", "event added"), "location.add": QCoreApplication.translate("Columns", "location added"),
        "location.activate": QCoreApplication.translate("Columns", "location activated"), "location.deactivate": QCoreApplication.translate("Columns", "location deactivated"),
        "warehouse.add": QCoreApplication.translate("Columns", "warehouse added"), "receipt.post": QCoreApplication.translate("Columns", "goods received"),
        "issue.post": QCoreApplication.translate("Columns", "goods issued"), "issue.draft": QCoreApplication.translate("Columns", "issue drafted"), "issue.approve": QCoreApplication.translate("Columns", "issue approved"),
        "document.cancel": QCoreApplication.translate("Columns", "document cancelled"), "settings.update": QCoreApplication.translate("Columns", "settings changed"),
        "user.add": QCoreApplication.translate("Columns", "user added"), "user.set_role": QCoreApplication.translate("Columns", "role changed"), "user.disable": QCoreApplication.translate("Columns", "user disabled"),
        "user.passwd": QCoreApplication.translate("Columns", "password changed"), "user.login_failed": QCoreApplication.translate("Columns", "failed login"),
        "database.init": QCoreApplication.translate("Columns", "database set up"), "delivery.confirm": QCoreApplication.translate("Columns", "delivery confirmed"),
        "transfer.post": QCoreApplication.translate("Columns", "transfer posted"), "writeoff.post": QCoreApplication.translate("Columns", "write-off posted"),
        "lot.quarantine": QCoreApplication.translate("Columns", "lot quarantined"), "lot.release": QCoreApplication.translate("Columns", "lot released"),
        "count.start": QCoreApplication.translate("Columns", "stock count started"), "count.post": QCoreApplication.translate("Columns", "stock count posted"),
        "count.scan": QCoreApplication.translate("Columns", "counted"), "count.set": QCoreApplication.translate("Columns", "count typed"),
        "count.undo": QCoreApplication.translate("Columns", "count taken back"), "count.recount": QCoreApplication.translate("Columns", "recount started"),
        "count.cancel": QCoreApplication.translate("Columns", "stock count cancelled"), "lot.recall": QCoreApplication.translate("Columns", "lot recalled"),
        "issue.confirm": QCoreApplication.translate("Columns", "delivery confirmed"), "issue.draft.update": QCoreApplication.translate("Columns", "issue draft changed"),
        "document.print": QCoreApplication.translate("Columns", "document printed"), "database.backup": QCoreApplication.translate("Columns", "database backed up"),
        "demo.load": QCoreApplication.translate("Columns", "training data loaded"), "event.close": QCoreApplication.translate("Columns", "event closed"),
        "user.unlock": QCoreApplication.translate("Columns", "user unlocked"), "user.update": QCoreApplication.translate("Columns", "user changed"),
        "user.login": QCoreApplication.translate("Columns", "logged in"), "database.restore": QCoreApplication.translate("Columns", "database restored"),
        "request.add": QCoreApplication.translate("Columns", "request entered"), "request.close": QCoreApplication.translate("Columns", "request closed"),
        "request.allocate": QCoreApplication.translate("Columns", "allocation drafted"), "item.ration": QCoreApplication.translate("Columns", "ration standard set"),
        "replay.key": QCoreApplication.translate("Columns", "file record noted"),
    }
    if action in names:
        return names[action]
    # An action added later: its area, never the code.
    area = action.split(".")[0]
    return {"count": QCoreApplication.translate("Columns", "stock count"),
            "user": QCoreApplication.translate("Columns", "users"),
            "issue": QCoreApplication.translate("Columns", "goods issue"),
            "lot": QCoreApplication.translate("Columns", "lot"),
            "document": QCoreApplication.translate("Columns", "document"),
            "database": QCoreApplication.translate("Columns", "database")}.get(
        area, QCoreApplication.translate("Columns", "other"))


def _num(value) -> str:
    return fmt_number(value)


def _inactive_fg(row):
    return None if getattr(row, "active", True) else style.INACTIVE_FG


# --- column sets -------------------------------------------------------------------------------
def stock_columns(received: bool = True) -> list[Column]:
    cols = [
        Column(QCoreApplication.translate("Columns", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("Columns", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(QCoreApplication.translate("Columns", "Lot"), lambda r: r.lot or "—", tooltip=lambda r: r.lot),
        Column(QCoreApplication.translate("Columns", "Barcode"), lambda r: r.barcode),
        Column(QCoreApplication.translate("Columns", "Expiry"), lambda r: r.expiry, text=fmt_date),
        Column(QCoreApplication.translate("Columns", "Status"), lambda r: r.days_left, text=expiry_text, background=lambda r: expiry_background(r.days_left),
               foreground=lambda r: expiry_foreground(r.days_left), icon=lambda r: expiry_icon(r.days_left)),
        Column(QCoreApplication.translate("Columns", "Bin"), lambda r: r.location,
               tooltip=lambda r: location_kind(r.location_kind) if r.location_kind != "storage" else None),
        Column(QCoreApplication.translate("Columns", "Quantity"), lambda r: r.qty, text=_num, numeric=True),
        Column(QCoreApplication.translate("Columns", "Unit"), lambda r: r.unit),
        Column(QCoreApplication.translate("Columns", "Donor"), lambda r: r.donor or ""),
    ]
    if received:
        cols.append(Column(QCoreApplication.translate("Columns", "Received"), lambda r: r.received, text=fmt_date))
    return cols


def item_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "SKU"), lambda r: r.sku, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name, foreground=_inactive_fg, tooltip=lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Category"), lambda r: r.category or "", foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Unit"), lambda r: r.unit, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "On hand"), lambda r: r.on_hand, text=_num, numeric=True, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Minimum"), lambda r: r.min_stock, text=_num, numeric=True, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "GTIN"), lambda r: r.gtin or "", foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Lot / expiry"), lambda r: r,
               text=lambda r: (QCoreApplication.translate("Columns", "lot") if r.lot_tracked else "—") + " / " + (QCoreApplication.translate("Columns", "expiry") if r.expiry_required else "—"),
               foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Active"), lambda r: r.active, text=active_text, foreground=_inactive_fg),
    ]


def partner_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Code"), lambda r: r.code, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name, foreground=_inactive_fg, tooltip=lambda r: r.address),
        Column(QCoreApplication.translate("Columns", "Kind"), lambda r: r.kind, text=partner_kind, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Kecamatan"), lambda r: r.region or "", foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Desa"), lambda r: r.desa or "", foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Contact"), lambda r: " · ".join(x for x in (r.contact, r.phone) if x), foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "People served"), lambda r: r.people_served, text=fmt_int, numeric=True, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Active"), lambda r: r.active, text=active_text, foreground=_inactive_fg),
    ]


def location_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Code"), lambda r: r.code, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Name"), lambda r: r.name or "", foreground=_inactive_fg,
               tooltip=lambda r: r.name),
        Column(QCoreApplication.translate("Columns", "Kind"), lambda r: r.kind, text=location_kind, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Warehouse"), lambda r: r.warehouse or "", foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Active"), lambda r: r.active, text=active_text, foreground=_inactive_fg),
    ]


def card_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Date"), lambda r: r.date, text=fmt_date),
        Column(QCoreApplication.translate("Columns", "Document"), lambda r: r.number or ""),
        Column(QCoreApplication.translate("Columns", "Type"), lambda r: r.type, text=document_type),
        Column(QCoreApplication.translate("Columns", "From / to"), lambda r: r.partner or ""),
        Column(QCoreApplication.translate("Columns", "Lot"), lambda r: r.lot or r.barcode, tooltip=lambda r: r.barcode),
        Column(QCoreApplication.translate("Columns", "Bin"), lambda r: r.location),
        Column(QCoreApplication.translate("Columns", "In"), lambda r: r.qty_in, text=lambda v: _num(v) if v else "", numeric=True),
        Column(QCoreApplication.translate("Columns", "Out"), lambda r: r.qty_out, text=lambda v: _num(v) if v else "", numeric=True),
        Column(QCoreApplication.translate("Columns", "Balance"), lambda r: r.balance, text=_num, numeric=True, bold=True),
    ]


def trace_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Document"), lambda r: r.number),
        Column(QCoreApplication.translate("Columns", "Date"), lambda r: r.date, text=fmt_date),
        Column(QCoreApplication.translate("Columns", "Recipient"),
               lambda r: f"{r.recipient_name} ({r.recipient})" if r.recipient else "",
               tooltip=lambda r: f"{r.recipient_name} ({r.recipient})" if r.recipient else None),  # cut when narrow
        Column(QCoreApplication.translate("Columns", "Quantity"), lambda r: r.qty, text=_num, numeric=True),
        Column(QCoreApplication.translate("Columns", "Delivered"), lambda r: r.delivered, text=yes_no),
    ]


def activity_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "When"), lambda r: r.at, text=fmt_datetime),
        Column(QCoreApplication.translate("Columns", "Who"), lambda r: r.user),
        Column(QCoreApplication.translate("Columns", "Action"), lambda r: r.action, text=audit_action, tooltip=lambda r: r.summary),
        Column(QCoreApplication.translate("Columns", "Object"), lambda r: r.object or "", tooltip=lambda r: r.summary),
    ]


def below_minimum_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "SKU"), lambda r: r.sku),
        Column(QCoreApplication.translate("Columns", "Item"), lambda r: r.item, tooltip=lambda r: r.item),
        Column(QCoreApplication.translate("Columns", "On hand"), lambda r: r.on_hand, text=_num, numeric=True,
               foreground=lambda r: style.EXPIRED_FG if not r.on_hand else None),
        Column(QCoreApplication.translate("Columns", "Minimum"), lambda r: r.min_stock, text=_num, numeric=True),
        Column(QCoreApplication.translate("Columns", "Unit"), lambda r: r.unit),
    ]


def dispatch_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Number"), lambda r: r.number or QCoreApplication.translate("Columns", "(draft)")),
        Column(QCoreApplication.translate("Columns", "Recipient"), lambda r: r.recipient_name or r.recipient or "", tooltip=lambda r: r.destination),
        Column(QCoreApplication.translate("Columns", "Lines"), lambda r: r.lines, text=fmt_int, numeric=True),
        Column(QCoreApplication.translate("Columns", "State"), lambda r: r, text=lambda r: QCoreApplication.translate("Columns", "cancelled") if r.cancelled else document_state(r.state)),
    ]


def register_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "Number"), lambda r: r.label,
               tooltip=lambda r: r.reason or None),
        Column(QCoreApplication.translate("Columns", "Type"), lambda r: r.type, text=document_type),
        Column(QCoreApplication.translate("Columns", "Date"), lambda r: r.date, text=fmt_date),
        Column(QCoreApplication.translate("Columns", "State"), lambda r: r.state, text=register_state,
               foreground=lambda r: _STATE_FG.get(r.state), bold=True,
               tooltip=lambda r: QCoreApplication.translate("Columns", "cancelled by %1").replace("%1", r.cancelled_by)
               if r.cancelled_by else None),
        Column(QCoreApplication.translate("Columns", "Partner / scope"),
               lambda r: r.partner_name or (r.destination if r.type in ("count", "transfer") else "") or "",
               tooltip=lambda r: f"{r.partner_name} ({r.partner})" if r.partner else r.destination),
        Column(QCoreApplication.translate("Columns", "Reference"), lambda r: r.reverses or r.reference or "",
               tooltip=lambda r: r.reverses or r.reference),
        Column(QCoreApplication.translate("Columns", "Lines"), lambda r: r.lines, text=fmt_int, numeric=True,
               tooltip=lambda r: " / ".join(x for x in (r.created_by, r.approved_by, r.posted_by) if x) or None),
    ]


def user_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Columns", "User"), lambda r: r.name, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Full name"), lambda r: r.full_name or "", foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Role"), lambda r: r.role, text=role_name, foreground=_inactive_fg),
        Column(QCoreApplication.translate("Columns", "Active"), lambda r: r.active, text=active_text, foreground=_inactive_fg),
    ]
