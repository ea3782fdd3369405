"""Who may do what. Enforced in the service layer; the UI only mirrors it."""

from __future__ import annotations

from gudang.domain.errors import PermissionDenied
from gudang.i18n import N_, tr

ADMIN, KEPALA_GUDANG, PETUGAS, VIEWER = "admin", "kepala_gudang", "petugas", "viewer"
ROLES = (ADMIN, KEPALA_GUDANG, PETUGAS, VIEWER)

# Action -> the roles allowed. The admin may do everything, so a one-person
# office (or a first setup) is never stuck.
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "read": ROLES,
    "catalogue.edit": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "receipt.post": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "issue.draft": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "issue.approve": (ADMIN, KEPALA_GUDANG),
    "issue.post": (ADMIN, KEPALA_GUDANG),
    "issue.non_fefo": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "issue.confirm": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "document.cancel": (ADMIN, KEPALA_GUDANG),
    "transfer.post": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "count.scan": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "count.start": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "count.post": (ADMIN, KEPALA_GUDANG),
    "adjustment.post": (ADMIN, KEPALA_GUDANG),
    "writeoff.post": (ADMIN, KEPALA_GUDANG),
    "lot.quarantine": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "lot.release": (ADMIN, KEPALA_GUDANG),
    "users.manage": (ADMIN,),
    "settings.edit": (ADMIN,),
    "backup": (ADMIN, KEPALA_GUDANG),
    "request.add": (ADMIN, KEPALA_GUDANG, PETUGAS),
    "request.close": (ADMIN, KEPALA_GUDANG),
    "request.allocate": (ADMIN, KEPALA_GUDANG),
}

ACTION_NAMES = {
    "read": N_("read data"),
    "catalogue.edit": N_("edit the catalogue, partners and locations"),
    "receipt.post": N_("post a receipt"),
    "issue.draft": N_("draft a goods issue"),
    "issue.approve": N_("approve a goods issue"),
    "issue.post": N_("post a goods issue"),
    "issue.non_fefo": N_("issue a lot out of FEFO order"),
    "issue.confirm": N_("confirm a delivery"),
    "document.cancel": N_("cancel a posted document"),
    "transfer.post": N_("post a transfer"),
    "count.scan": N_("count stock"),
    "count.start": N_("start a stock count"),
    "count.post": N_("post a stock count"),
    "adjustment.post": N_("post a stock adjustment"),
    "writeoff.post": N_("post a write-off"),
    "lot.quarantine": N_("quarantine a lot"),
    "lot.release": N_("release a lot from quarantine"),
    "users.manage": N_("manage users"),
    "settings.edit": N_("change settings"),
    "backup": N_("back up or restore the database"),
    "request.add": N_("enter a request"),
    "request.close": N_("close a request"),
    "request.allocate": N_("turn an allocation plan into draft goods issues"),
}

ROLE_NAMES = {
    ADMIN: N_("administrator"),
    KEPALA_GUDANG: N_("head of warehouse"),
    PETUGAS: N_("warehouse officer"),
    VIEWER: N_("viewer"),
}


def can(role: str, action: str) -> bool:
    return role in PERMISSIONS[action]


def require(role: str, action: str) -> None:
    if not can(role, action):
        needed = " / ".join(r for r in PERMISSIONS[action])
        raise PermissionDenied(N_("you may not {action}: it needs the role {roles} (you are {role})"),
                               action=tr(ACTION_NAMES[action]), roles=needed, role=role)
