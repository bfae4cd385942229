"""A scratch worksheet field type, "stars" (one to a few stars), written as a maintainer would add
it by exercises/guide/docs/maintainers/new-field-type.md: its record (source for
exercises/core/field_types.py), its
HTML function (for exercises/render/worksheet_fields.py) and its entry in the browser's field-type
map. The core's tests run the record in the registry's own module; the integration test writes all
three into a copy of the package. Standard library only (the core's tests also run inside Pyodide).
"""

from __future__ import annotations

from typing import Any

RECORD = '''

def _stars_keys(check: Any, data: Any, path: Any, sub_fields: Any) -> dict[str, Any]:
    return {"stars": whole(check, data, "stars", path, 5, 2, 10, "stars")}


def _read_stars(f: Field, raw: Any, errors: dict[str, str], key: str) -> int | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= f.stars:
        errors[key] = f"Choose from 1 to {f.stars} stars."
        return None
    return raw


def _saved_stars(raw: Any, fid: str, out: dict[str, Any]) -> Any:
    value, stars = raw.get("value"), raw.get("stars")
    if not isinstance(stars, int) or (value is not None and not isinstance(value, int)):
        raise BadAnswer(f"the stars '{fid}' cannot be read")
    out["stars"] = stars
    return value


STARS = FieldType(
    "stars", "One to a few stars.", "exercises.render.worksheet_fields:stars",
    keys={"stars": {"description": "How many stars.", "type": ["integer", "null"],
                    "minimum": 2, "maximum": 10}},
    read_keys=_stars_keys,
    answer=AnswerShape(read=_read_stars, saved=_saved_stars, carried=lambda f: {"stars": f.stars},
                       shown=lambda a: "" if a["value"] is None else f"{a['value']} of {a['stars']} stars"))

'''

HTML = '''

def stars(parent, uid, f, name):
    box = el(parent, "fieldset", class_="ex-field ex-stars", data_box=name, data_field=name, data_type=f.type)
    el(box, "legend", f.label)
    for n in range(1, f.stars + 1):
        label = el(box, "label", class_="ex-option")
        el(label, "input", type="radio", name=f"{uid}-{dom(name)}", value=str(n), id=f"{uid}-{dom(name)}-{n}")
        el(label, "span", f"{n} stars")
    error(box, uid, name)
'''

BROWSER = '''  stars: {
    read: (page, f, name) => Number(page.field(name)?.querySelector("input:checked")?.value ?? "") || "",
    fill(page, f, name, value) {
      const boxes = page.field(name)?.querySelectorAll("input") ?? [];
      for (const box of boxes) box.checked = box.value === String(value);
    },
    blank: (value) => value === "",
  },
'''


def _run(source: str, module: Any, name: str) -> Any:
    """NAME from SOURCE run with MODULE's names, as if the source were written in that module."""
    names = dict(vars(module))
    exec(source, names)  # noqa: S102 (our own source text, standing in for a maintainer's edit)
    return names[name]


def stars_record() -> Any:
    from exercises.core import field_types

    return _run(RECORD, field_types, "STARS")


def stars_html() -> Any:
    from exercises.render import worksheet_fields

    return _run(HTML, worksheet_fields, "stars")
