"""The categories of the concern check, declared once for every language.

Each category belongs to one concern, which decides the offer of help the page makes:

- ``crisis``: thoughts of suicide or self-harm, or of harming someone (crisis lines);
- ``safety``: a partner or someone close who hurts, threatens, controls or frightens the reader
  (relationship-safety services).

A language's phrase table (``en.py``) gives rules for these categories; the engine refuses a rule
whose category is not here. The descriptions are for maintainers and the figures of the tests and
the bench; readers never see them.
"""

from __future__ import annotations

from dataclasses import dataclass

CRISIS = "crisis"
SAFETY = "safety"
CONCERNS = (CRISIS, SAFETY)


@dataclass(frozen=True)
class Category:
    concern: str
    about: str


CATEGORIES: dict[str, Category] = {
    "suicide": Category(CRISIS, "Thoughts of suicide said plainly, in slang or about someone else."),
    "suicide_indirect": Category(CRISIS, "Indirect signs: being a burden, goodbyes, giving things away, "
                                 "saved-up means, a plan, wanting it all over, not being around long."),
    "self_harm": Category(CRISIS, "Self-harm, by its name or by its method."),
    "harm_others": Category(CRISIS, "Wanting or planning to hurt someone, or having hurt them."),
    "violence": Category(SAFETY, "Being hit, pushed, grabbed, thrown or held; violence named."),
    "strangulation": Category(SAFETY, "Choking, strangling, a hand on the neck, smothering."),
    "weapons": Category(SAFETY, "A knife, a gun or another weapon used or shown to frighten."),
    "sexual_coercion": Category(SAFETY, "Sex forced or pressured, a no not taken, images taken or shared."),
    "threats": Category(SAFETY, "Threats to kill or hurt, about the children or pets, of suicide as "
                        "control, to share images, to out or report the reader."),
    "control": Category(SAFETY, "Coercive control: the phone and passwords, tracking, money, "
                        "permission, isolation, being kept in or out."),
    "fear": Category(SAFETY, "Fear of a partner; walking on eggshells; not feeling safe."),
    "emotional_abuse": Category(SAFETY, "Put-downs, humiliation, being told no one else would want "
                                "you, being made to doubt your own mind."),
}
