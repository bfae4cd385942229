"""The plain page "Leave this page quickly" opens when a site has none of its own: an ordinary recipe,
in the site's language, with nothing that hints at the site (no theme, no script, no request).

A reader who leaves quickly may be watched: the page must look like something anyone reads, so it is
written in the language of the site they were on, from the message catalog like every other word.
"""

from __future__ import annotations

from html import escape

from ..core.messages import active, msg

# i18n: The plain page "Leave this page quickly" opens (a recipe anyone might read). Its title and
# heading. Translate the whole recipe freely: a dish people in your language's countries cook,
# with their usual measures, is better than a word-for-word tomato soup.
TITLE = msg("leave_page.title", "Simple tomato soup")
# i18n: The recipe's first line (how many people it serves, how long it takes).
SERVES = msg("leave_page.serves", "Serves 4. Takes about 40 minutes.")
# i18n: The recipe's heading above what it needs.
NEED = msg("leave_page.need", "You need")
# i18n: What the recipe needs, one per line (a line break between them). Keep the lines in one message.
INGREDIENTS = msg("leave_page.ingredients", "2 tablespoons olive oil\n1 onion, chopped\n2 cloves of garlic, "
                  "sliced\n1 carrot, chopped\n800 g tinned tomatoes\n500 ml vegetable stock\nA pinch of "
                  "sugar, salt and pepper")
# i18n: The recipe's heading above its steps.
METHOD = msg("leave_page.method", "Method")
# i18n: The recipe's steps, one per line (a line break between them). Keep the lines in one message.
STEPS = msg("leave_page.steps", "Warm the oil in a large pan. Cook the onion and carrot gently for 10 "
            "minutes.\nAdd the garlic and cook for 1 more minute.\nAdd the tomatoes, stock and sugar. Simmer "
            "for 20 minutes.\nBlend until smooth. Season with salt and pepper.\nServe hot, with bread.")


def _items(lines: object) -> str:
    return "\n".join(f"<li>{escape(line.strip())}</li>" for line in str(lines).splitlines() if line.strip())


def leave_page() -> str:
    """The page's HTML, in the active catalog's language."""
    catalog = active()
    return (f'<!doctype html>\n<html lang="{escape(catalog.language)}" dir="{catalog.direction}">\n<head>\n'
            '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="robots" content="noindex">\n<link rel="icon" href="data:,">\n'
            f"<title>{escape(str(TITLE))}</title>\n</head>\n<body>\n<main>\n<h1>{escape(str(TITLE))}</h1>\n"
            f"<p>{escape(str(SERVES))}</p>\n<h2>{escape(str(NEED))}</h2>\n<ul>\n{_items(INGREDIENTS)}\n</ul>\n"
            f"<h2>{escape(str(METHOD))}</h2>\n<ol>\n{_items(STEPS)}\n</ol>\n</main>\n</body>\n</html>\n")
