"""``python -m exercises.schemas``: write the worksheet schema's field definitions from the field types."""

from . import WORKSHEET, write_worksheet_schema

if __name__ == "__main__":
    changed = write_worksheet_schema()
    print(f"{WORKSHEET.name}: {'written' if changed else 'already up to date'}")
