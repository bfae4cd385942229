"""Reading a worksheet definition (plain data from YAML or JSON) into a ``Worksheet``.

Each field is read by its type's record in ``field_types``: this module checks what every field has
(a mapping, a known type, a unique id, a label) and leaves the rest to the type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .errors import Path
from .field_types import COMMON, FIELD_TYPES, Field, SubFields, group_types, keeps_answer, names, or_list
from .fields import Checker
from .worksheet_model import DISPLAYS, STEP_KEYS, TOP_KEYS, Feedback, Step, Worksheet

if TYPE_CHECKING:
    from .worksheet_checks import Param

__all__ = ["parse", "or_list"]


def parse(data: Any) -> Worksheet:
    """Turn plain data into a Worksheet, or raise DefinitionError naming every problem."""
    check = Checker()
    root = check.mapping(data, ())
    check.raise_if_any()
    assert root is not None
    check.known_keys(root, (), TOP_KEYS)
    wid = check.identifier(root, "id", ())
    title = check.field(root, "title", (), str)
    intro = check.field(root, "intro", (), str, required=False, default="")
    display = check.field(root, "display", (), str, required=False, default="all_at_once")
    if display not in DISPLAYS:
        check.add(("display",), f"'{display}' is not a way to show the steps",
                  "Use one_at_a_time or all_at_once.")
    read_aloud = check.field(root, "read_aloud", (), bool, required=False, default=False)
    steps = _steps(check, root)
    ws = Worksheet(wid or "", title or "", intro, display, steps, (), read_aloud)
    _check_contacts(check, root, ws)
    feedback = _feedback(check, root, ws)
    check.raise_if_any()
    return Worksheet(ws.id, ws.title, ws.intro, ws.display, ws.steps, feedback, read_aloud)


def _steps(check: Checker, root: Mapping[str, Any]) -> tuple[Step, ...]:
    raw = check.field(root, "steps", (), list, entry="step")
    if raw is None:
        return ()
    if not raw:
        check.add(("steps",), "there are no steps", "Add at least one step with a field under 'steps'.")
    seen: set[str] = set()
    steps = []
    for n, item in enumerate(raw):
        path = ("steps", n)
        step = check.mapping(item, path)
        if step is None:
            continue
        check.known_keys(step, path, STEP_KEYS)
        title = check.field(step, "title", path, str) or ""
        text = check.field(step, "text", path, str, required=False, default="")
        fields = check.field(step, "fields", path, list,
                             fix="Add 'fields:' with the fields of this step, at least one.",
                             entry="field")
        if fields is not None and not fields:
            check.add((*path, "fields"), f"the step '{title or n + 1}' names no field",
                      "Add at least one field under 'fields', or remove the step.")
        steps.append(Step(title, text, _fields(check, fields or [], (*path, "fields"), seen, names())))
    return tuple(steps)


def _fields(check: Checker, items: list[Any], path: Path, seen: set[str], allowed: tuple[str, ...]
            ) -> tuple[Field, ...]:
    """The fields listed at PATH (the ones that could be read), each of a type in ALLOWED."""
    return tuple(f for m, raw in enumerate(items)
                 if (f := _field(check, raw, (*path, m), seen, allowed)) is not None)


def _row(check: Checker) -> SubFields:
    """How a type with rows (a group) reads the fields of one row: ids of their own, and only the
    types a row may hold."""
    return lambda items, path: _fields(check, items, path, set(), group_types())


def _field(check: Checker, raw: Any, path: Path, seen: set[str], allowed: tuple[str, ...]) -> Field | None:
    data = check.mapping(raw, path)
    if data is None:
        return None
    kind = check.field(data, "type", path, str)
    fid = check.unique_id(data, path, seen, "field", "Give each field its own id.")
    if kind is not None and kind not in FIELD_TYPES:
        check.add((*path, "type"), f"'{kind}' is not a field type", f"Use one of: {', '.join(FIELD_TYPES)}.")
        return None
    if kind is not None and kind not in allowed:
        check.add((*path, "type"), f"a group cannot hold a '{kind}' field",
                  f"Inside a group use: {', '.join(allowed)}.")
        return None
    if kind is None:
        return None
    field_type = FIELD_TYPES[kind]
    check.known_keys(data, path, COMMON + tuple(field_type.keys))
    label = check.field(data, "label", path, str) or ""
    hint = check.field(data, "hint", path, str, required=False, default="")
    return Field(fid or "", kind, label, hint, field_type.read_keys(check, data, path, _row(check)))


def _check_contacts(check: Checker, root: Mapping[str, Any], ws: Worksheet) -> None:
    """Each id a field lists under its type's contacts key names a field of the worksheet that keeps
    an answer (the fields a reader may leave out of a copy)."""
    fields = {f.id: f for f in ws.fields if f.id}
    wanted = [fid for fid, f in fields.items() if keeps_answer(f.type)]
    use = (f"Use the id of a field the reader writes in: {or_list(wanted)}." if wanted else
           "Add a field the reader writes in (a group of people, say), then use its id here.")
    raw_steps = root.get("steps")
    for n, step in enumerate(raw_steps if isinstance(raw_steps, list) else []):
        raw_fields = step.get("fields") if isinstance(step, Mapping) else None
        for m, raw in enumerate(raw_fields if isinstance(raw_fields, list) else []):
            kind = raw.get("type") if isinstance(raw, Mapping) else None
            key = FIELD_TYPES[kind].contacts_key if isinstance(kind, str) and kind in FIELD_TYPES else ""
            listed = raw.get(key) if key else None
            for k, fid in enumerate(listed if isinstance(listed, list) else []):
                if not isinstance(fid, str):
                    continue  # said by the type's own check
                path = ("steps", n, "fields", m, key, k)
                target = fields.get(fid)
                if target is None:
                    check.add(path, f"'{fid}' names no field", use)
                elif not keeps_answer(target.type):
                    check.add(path, f"'{fid}' is a {target.type} field, which keeps nothing the reader "
                              "writes", use)


def _feedback(check: Checker, root: Mapping[str, Any], ws: Worksheet) -> tuple[Feedback, ...]:
    # Imported here, not at the top: the engine starts without the checks' module and loads it when
    # a worksheet is first read (tests/browser/test_faults.py relies on it). There is no cycle.
    from .worksheet_checks import CHECKS

    raw = check.field(root, "feedback", (), list, required=False, default=[], entry="check")
    out = []
    for n, item in enumerate(raw):
        path = ("feedback", n)
        data = check.mapping(item, path)
        if data is None:
            continue
        name = check.field(data, "check", path, str, fix="Add 'check:' with the name of a check.")
        if name is None:
            continue
        if name not in CHECKS:
            check.add((*path, "check"), f"there is no check called '{name}'",
                      f"Use one of: {', '.join(sorted(CHECKS))}.")
            continue
        spec = CHECKS[name]
        check.known_keys(data, path, ("check", *spec.params))
        params: dict[str, str] = {}
        for key, param in spec.params.items():
            value = check.field(data, key, path, str, required=param.required)
            if value is None:
                continue
            if key in spec.choices and value not in spec.choices[key]:
                check.add((*path, key), f"'{value}' is not one of the choices",
                          f"Use one of: {', '.join(spec.choices[key])}.")
            elif not param.needs or _check_reference(check, ws, data, (*path, key), value, param, name,
                                                     spec.params):
                params[key] = value
        out.append(Feedback(name, params))
    return tuple(out)


def _check_reference(check: Checker, ws: Worksheet, data: Mapping[str, Any], path: Path, value: str,
                     param: Param, name: str, params: Mapping[str, Param]) -> bool:
    """A check's parameter names a field of the type it needs (or a field of a named group)."""
    if param.inside:
        group = ws.field(str(data.get(param.inside)))
        if group is None or group.type not in params[param.inside].needs:
            return False  # reported on the group parameter itself
        candidates = list(group.fields)
    else:
        candidates = ws.fields
    # A field whose id was itself a mistake (used twice, not usable) has no id here: leave it out.
    wanted = list(dict.fromkeys(f.id for f in candidates if f.type in param.needs and f.id))
    target = next((f for f in candidates if f.id == value), None)
    needed = " or ".join(param.needs)
    where = f" in the group '{data.get(param.inside)}'" if param.inside else ""
    use = (f"Use the id of a {needed} field: {or_list(wanted)}." if wanted else
           f"There is no {needed} field{where} yet: add one, then use its id here.")
    if target is None:
        check.add(path, f"'{value}' names no field{where}", use)
        return False
    if target.type not in param.needs:
        check.add(path, f"'{value}' is a {target.type} field, but {name} needs a {needed} field here", use)
        return False
    return True
