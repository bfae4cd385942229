"""On-device text checks: possible thinking traps, and words that call for help instead.

Both are simple phrase patterns, run in the reader's browser; nothing is logged or sent.
Suggestions are offered, never asserted: the reader keeps or leaves each one. ``concerns`` notices
two things worth offering help for (it never blocks anything):

- ``crisis``: thoughts of suicide or self-harm, or of harming someone else;
- ``safety``: a partner (or someone close) who hits, threatens, controls or frightens the reader.

A partner's controlling or frightening actions are never a thinking trap, so the thought record
suggests no traps when ``safety`` is noticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trap:
    id: str
    name: str
    explanation: str
    patterns: tuple[str, ...]


_PRONOUN = r"(?:he|she|they|you|people|everyone|my partner|my friend)"

# In the order the lesson (step 4) and the thought record's "Name the trap" step list them. The ids
# are kept in saved entries, so they never change; the names are what the reader sees.
TRAPS: tuple[Trap, ...] = (
    Trap("mind-reading", "Mind reading",
         "Being sure you know what someone else thinks or feels, without asking.",
         (rf"\b{_PRONOUN} (?:must |probably |definitely )?(?:thinks?|feels?) (?:i|i'?m|that i)\b",
          r"\b(?:is|are|must be|'?s|'?re) (?:mad|angry|upset|annoyed|bored|fed up|tired) (?:at|with|of) me\b",
          r"\b(?:doesn'?t|does not|don'?t|do not) (?:like|love|care about|want) me\b",
          r"\b(?:losing interest|pulling away|going off me)\b", r"\b(?:hates?|resents?) me\b")),
    Trap("fortune-telling", "Fortune telling",
         "Being sure things will turn out badly, before they happen.",
         (r"\b(?:will|going to|gonna|'ll) (?:leave|end|dump|break up|fail|go wrong|hate|reject|get bored)\b",
          r"\bi (?:just )?know (?:it|this|they|he|she|it'?s)\b.*\b(?:will|going to)\b", r"\bwhat if\b",
          r"\bit'?s (?:going to|gonna) (?:end|fail|go wrong)\b")),
    Trap("catastrophising", "Jumping to the worst",
         "Going from a small thing straight to disaster.",
         (r"\b(?:disaster|catastroph\w*|unbearable|end of the world|the worst)\b",
          r"\bcan'?t (?:stand|bear|survive|cope with|handle) (?:it|this|that|losing)\b",
          r"\bnever (?:recover|get over)\b", r"\bterrible\b", r"\b(?:it'?s|it is|we'?re|we are) over\b")),
    Trap("all-or-nothing", "All-or-nothing thinking",
         "Seeing things as all good or all bad, with nothing in between.",
         (r"\b(?:completely|totally|entirely) (?:ruined|wrong|useless|failed)\b", r"\bperfect(?:ly)?\b",
          r"\bruined\b", r"\b(?:a |an )?(?:complete|total|utter) (?:failure|mess|disaster)\b",
          r"\bnothing (?:ever )?(?:works|goes right)\b", r"\ball (?:wrong|bad)\b")),
    Trap("overgeneralising", "Always-and-never thinking",
         "Turning one hard moment into a rule, with words like always, never or everyone.",
         (r"\balways\b", r"\bnever\b", r"\bevery ?time\b", r"\b(?:no ?one|nobody|everyone|everybody)\b",
          r"\beverything\b")),
    Trap("mental-filter", "Only seeing the bad",
         "Noticing the one hard moment and missing the rest.",
         (r"\ball i can (?:think about|see|remember)\b", r"\bthe only thing i (?:remember|noticed|see)\b",
          r"\bi can'?t stop thinking about\b")),
    Trap("discounting-the-positive", "Brushing off the good",
         "Deciding the good things do not count.",
         (r"\b(?:doesn'?t|does not|didn'?t|did not) (?:really )?count\b",
          r"\bjust being (?:nice|polite|kind)\b", r"\bonly (?:said|did) (?:it|that|so) (?:because|to)\b",
          r"\bjust luck\b", r"\banyone could have\b")),
    Trap("emotional-reasoning", "Feelings as facts",
         "Treating a feeling as proof: I feel it, so it must be true.",
         (r"\bi feel (?:it|that|like)?\b[^.]*\bso (?:it|i|they|he|she|this) (?:must|is|am|are)\b",
          r"\b(?:it|this) feels (?:true|real|like a fact)\b", r"\bi just know\b", r"\bmy gut says\b")),
    Trap("should-statements", "Should rules",
         "Strict rules for how you or others must act, and feeling bad when they are broken.",
         (r"\bshould(?:n'?t)?\b", r"\bmust(?:n'?t)?\b(?! (?:be|think|feel|hate|have))", r"\bought to\b",
          r"\bsupposed to\b")),
    Trap("labelling", "Calling yourself names",
         "Putting one harsh label on your whole self, instead of describing what happened.",
         (r"\bi'?m (?:such )?(?:a|an) (?:idiot|failure|loser|mess|burden|fool|disappointment|joke)\b",
          r"\bi(?:'?m| am) (?:so |just |too )?(?:stupid|worthless|unlovable|pathetic|useless|needy|"
          r"clingy|too much|broken)\b")),
    Trap("personalising", "Taking it personally",
         "Assuming someone's mood, or something that went wrong, is about you or your fault.",
         (r"\b(?:it'?s|it is|it was|all) my fault\b", r"\bbecause of me\b",
          r"\bi (?:must have )?(?:done|did|said) something (?:wrong|bad)\b", r"\bwhat did i do\b",
          r"\bi (?:made|drove) (?:him|her|them) (?:leave|angry|upset|go)\b")),
)

# No longer suggested, but still read and named in entries saved when it was: "Blaming" framed
# other people's actions (often exactly what hurt the reader) as the reader's thinking error.
RETIRED_TRAPS: tuple[Trap, ...] = (
    Trap("blaming", "Blaming", "Putting all the blame on someone else.", ()),
)

TRAP_NAMES: dict[str, str] = {t.id: t.name for t in (*TRAPS, *RETIRED_TRAPS)}


def normalise(text: str) -> str:
    """Curly apostrophes from phone keyboards made straight, and any case made lower.

    Keeps the length of the text, so a match can be quoted from the reader's own words."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def suggest_traps(text: str) -> list[dict[str, str]]:
    """Thinking traps the text may show, each with the words that suggested it."""
    norm = normalise(text)
    out = []
    for trap in TRAPS:
        for pattern in trap.patterns:
            match = re.search(pattern, norm)
            if match:
                out.append({"id": trap.id, "name": trap.name, "explanation": trap.explanation,
                            "because": text[match.start():match.end()]})
                break
    return out


# ---------------------------------------------------------------------------------------------
# Concerns: words that call for an offer of help


# Apostrophes from every keyboard, and the spellings people type in a hurry.
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u0060\u00b4\uff07\u2032"})
_SPELLINGS = tuple((re.compile(p), r) for p, r in (
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\b(?:i'?ma|imma)\b", "i'm going to"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\bim\b", "i'm"),
    (r"\bive\b", "i've"),
    (r"\b(he|she|what|that)s\b", r"\1's"),
    (r"\b(you|they)(re|ll|ve|d)\b", r"\1'\2"),
    (r"\b(can|don|won|didn|doesn|isn|wasn|aren|couldn|wouldn|shouldn|haven|hasn)t\b", r"\1't"),
    (r"\bcan ?not\b", "can't"),
    (r"\bany more\b", "anymore"),
    (r"&", " and "),
    (r"\s+", " "),
))


def _fold(text: str) -> str:
    """The text as the concern patterns read it: lower case, one kind of apostrophe, slang spelled
    out ("wanna" is "want to", "cant" is "can't"), one space between words."""
    folded = text.translate(_APOSTROPHES).lower()
    for pattern, replacement in _SPELLINGS:
        folded = pattern.sub(replacement, folded)
    return folded


def _any(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# Someone close to the reader as the one acting: "he", "my husband", or "you" (as in a message).
_PARTNERS = ("partner", "boyfriend", "girlfriend", "husband", "wife", "ex", "fianc[eé]e?", "spouse", "bf",
             "gf", "hubby", "other half")
_WHO = _any("he", "she", "they", "you", "my " + _any(*_PARTNERS, "date", "man"), "bf", "gf")
_THEM = _any("him", "her", "them", "you", "my " + _any(*_PARTNERS))
# Little words between them and what they do: "he has", "she's", "he keeps", "they just", "he'll".
_ADV = ("(?:'s|'d|'ve|'ll|'re|(?: " + _any(
    "has", "had", "have", "is", "was", "were", "are", "been", "keeps", "kept", "keep", "always", "just",
    "even", "also", "then", "again", "once", "suddenly", "actually", "literally", "sometimes", "often",
    "still", "really", "finally", "started", "starts", "start", "used to", "would", "will", "did", "does",
    "do", "tried to", "tries to", "got", "gets", "constantly", "regularly", "physically") + "))*")
_WHO_DOES = rf"\b{_WHO}{_ADV}"
_FEAR = _any("scared", "afraid", "frightened", "terrified", "petrified", "fearful")
_WILL = _any("'ll", "ll", " will", "'d", " would", " might", " could", " may", " is going to", "'s going to",
             " are going to", "'re going to")
_HARMED = _any("me", "us", "my", "the kids", "the children", "our", "himself", "herself", "themselves")
# What does not make "hit me", "pushed me", "beat me" about violence.
_NOT_HIT = r"(?! (?:up|back|off|out|with (?:the|a|an|this|that|some|news|questions?|facts))\b)"
_NOT_PUSH = (r"(?! (?:away|to|too|into (?:\w+ing|it|this|that|a corner|a decision)|forward|ahead|out of my "
             r"comfort|harder|further|along|through|over the edge)\b)")

_SAFETY = tuple(re.compile(p) for p in (
    # Being hit or held.
    _WHO_DOES + " " + _any(
        "hit", "hits", "hitting", "slapped", "slaps", "slap", "slapping", "punched", "punches", "punch",
        "punching", "kicked", "kicks", "kick", "kicking", "choked", "chokes", "choke", "choking", "strangled",
        "strangles", "strangle", "strangling", "shoved", "shoves", "shove", "shoving", "smacked", "smacks",
        "smack", "bit", "bites", "burned", "burnt", "spat on", "spit on", "slammed", "slams", "throttled",
        "headbutted", "raped", "rapes", "assaulted", "assaults", "molested", "attacked", "shook", "shakes",
    ) + r" me\b" + _NOT_HIT,
    _WHO_DOES + r" (?:physically )?hurt(?:s|ing)? me (?:physically|again|badly|so bad)\b",
    _WHO_DOES + r" (?:pushed|pushes|push|pushing) me\b" + _NOT_PUSH,
    _WHO_DOES + r" (?:grabbed|grabs|grab|grabbing) me\b(?! (?:a|an|some|the|one|lunch|dinner|coffee|food|"
    r"drinks?|tickets|flowers)\b)",
    _WHO_DOES + r" (?:beat|beats|beating|beaten) me\b(?! (?:at|in|to|by|again at|every time at)\b)",
    _WHO_DOES + r" (?:threw|throws|throw|throwing) (?:\w+ ){1,3}at me\b",
    _WHO_DOES + r" (?:held|holds|hold|pinned|pins|pin) me (?:down|against|to the)\b",
    _WHO_DOES + r" (?:kicked|kicks) me out\b(?! of (?:the|a) (?:game|group|chat|team|class)\b)",
    _WHO_DOES + r" (?:abuses|abused|abusing|gaslights|gaslighted|gaslit|gaslighting) me\b",
    r"\b(?:domestic (?:violence|abuse)|abusive relationship|coercive control|intimate partner violence|"
    r"partner violence|being abused|raped|sexually assaulted)\b",
    rf"\b{_WHO}(?:'s|'re| is| was| are| were| has been| have been| gets| got| can get| can be| becomes|"
    r" became| keeps getting| is getting| has gotten| started getting)(?: so| very| really| super| more|"
    r" getting| being| quite| a bit| kind of| sometimes| often| always| too| extremely)* (?:violent|abusive|"
    r"controlling|possessive|threatening|dangerous|physical with me|rough with me|aggressive)\b",
    # Threats: to hurt the reader, the children or themselves, to take the children, to share pictures.
    _WHO_DOES + r" (?:threaten|threatens|threatened|threatening)\b",
    _WHO_DOES + r" (?:scares|frightens|terrifies|intimidates|intimidated|frightened|terrified) me\b",
    rf"\b{_WHO}{_WILL} (?:really )?(?:kill|hit|beat|strangle|choke|stab|shoot) {_HARMED}\b",
    rf"\b{_WHO}{_WILL} (?:take|keep) (?:the|my|our) (?:kids|children|baby|son|daughter|dog|cat)\b",
    rf"\b{_WHO}{_WILL} (?:post|share|send) (?:my|the|those|our) (?:photos|pictures|pics|nudes|videos)\b",
    r"\b(?:said|says|told me|tells me|threatened) (?:that )?(?:he|she|they)(?:'d|'ll|ll| would| will|"
    r" is going"
    rf" to| was going to) (?:(?:kill|hurt|hit|beat) (?:{_HARMED}|him|her|them|you)|take (?:the|my|our) "
    r"(?:kids|children|baby|house|everything)|ruin (?:me|my (?:life|career|reputation)))\b",
    r"\b(?:told|tells|telling) me to (?:kill myself|kys|die|go die)\b|\bsaid i should (?:kill myself|die)\b",
    # Fear of a partner, and not fear of them leaving ("afraid of him leaving" is not this).
    rf"\b{_FEAR} (?:of|about) what (?:he|she|they|you){_WILL} do\b",
    rf"\b{_FEAR} (?:of|about) how (?:he|she|they|you){_WILL}(?: \w+)? react\b",
    rf"\b{_FEAR} (?:of|about) (?:his|her|their|your) (?:reaction|temper|anger|rage|moods?|fists?|hands)\b",
    rf"\b{_FEAR} (?:of|around) {_THEM}\b(?! (?:\w+ing|not)\b)(?!'s (?:\w+ing|not)\b)",
    rf"\b{_FEAR}\b[^.!?\n]{{0,25}}?\b(?:he|she|they|you){_WILL} (?:(?:kill|hit|beat|strangle|choke|stab|"
    rf"shoot|attack|punch|slap) (?:{_HARMED}|him|her|them)|hurt (?:me|us|the kids|the children|my (?:kids|"
    r"children|son|daughter|baby|dog|cat))\b(?! (?:feelings|pride)\b)|snap|explode|lose it|get violent|"
    r"lose (?:his|her|their) "
    r"temper|do something (?:to me|bad|violent|dangerous)|come after me|find me)\b",
    rf"\b(?:{_FEAR}|fear|worried) for my (?:life|safety)\b",
    rf"\b{_FEAR} (?:to|of) (?:go(?:ing)? (?:back )?home|be(?:ing)? (?:at )?home|"
    rf"be(?:ing)? alone with {_THEM}|"
    r"tell(?:ing)? (?:him|her|them|you) no|say(?:ing)? no to (?:him|her|them|you)|mak(?:e|ing) (?:him|her|"
    r"them) (?:angry|mad))\b",
    r"\b(?:don't|do not|never|didn't|did not) feel safe\b|\bfeel(?:s|ing)? unsafe\b|\bnot safe (?:at home|"
    r"with (?:him|her|them)|around (?:him|her|them))\b|\bunsafe at home\b",
    r"\bwalk(?:ing|s)? on eggshells\b",
    r"\bhid(?:e|ing) from (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend))\b",
    r"\blocked myself in (?:the|my|a) (?:bathroom|room|bedroom|car)\b",
    # Control: phone and messages, passwords, location, money, who they see, what they do.
    _WHO_DOES + " " + _any(
        "check", "checks", "checked", "checking", "go through", "goes through", "went through",
        "going through", "look through", "looks through", "looked through", "looking through", "reads",
        "reads through", "read through", "read all", "monitor", "monitors", "monitored", "monitoring",
        r"snoop(?:s|ed|ing)? (?:through|in|on)", r"search(?:es|ed|ing)?", r"demand(?:s|ed|ing)? to see",
        r"makes? me show (?:him|her|them)", "made me show (?:him|her|them)", "take", "takes", "took",
        "taking", r"smash(?:es|ed)?", "broke", "breaks", "break", "hid", "hides", "hide",
    ) + r" (?:all )?(?:of )?my (?:phone|cell|texts|messages|emails?|dms|chats|call log|calls|browser history|"
    r"history|social media|instagram|facebook|whatsapp|snapchat|accounts?|mail|diary|journal)\b"
    r"(?! (?:charger|case|number|cable|story|stories|post|posts)\b)",
    r"\b(?:stop|quit) (?:checking|going through|looking through|reading|tracking|monitoring|snooping (?:in|"
    r"on|through)) (?:all )?(?:of )?my (?:phone|texts|messages|emails?|location|dms|chats|stuff|things|bag|"
    r"diary)\b",
    _WHO_DOES + r" (?:demand(?:s|ed|ing)?|makes? me (?:give|share|tell)|made me (?:give|share|tell)|"
    r"insist(?:s|ed)? on(?: having)?) (?:all )?(?:of )?my (?:passwords?|passcodes?|pin|phone code|logins?)\b",
    _WHO_DOES + r" (?:track|tracks|tracked|tracking|stalk|stalks|stalked|stalking|monitor(?:s|ed|ing)?) "
    r"(?:my )?(?:location|whereabouts|every move|movements|car|phone|where i (?:go|am|was|went))\b",
    _WHO_DOES + r" (?:check(?:s|ed|ing)?|watch(?:es|ed|ing)?) (?:on )?(?:my )?(?:location|whereabouts|every "
    r"move|movements|where i (?:go|am|was|went))\b",
    _WHO_DOES + r" (?:make|makes|made|force|forces|forced) me (?:share|send|turn on|keep on|leave on) my "
    r"location\b",
    _WHO_DOES + r" (?:follow|follows|followed|following) me (?:everywhere|around|to work|home|when|"
    r"wherever)\b",
    r"\b(?:tracking|stalking|spying on|spies on|spied on|stalks|stalked) me\b|\btracks? my location\b|"
    r"\b(?:tracker|tracking app|airtag|gps) (?:on|in) my (?:car|phone|bag)\b",
    _WHO_DOES + r" (?:never|doesn't|does not|won't|will not|wouldn't|didn't|did not|don't|do not|refuses to|"
                r"refused to) (?:let|lets|allow|allows) me (?:to )?(?:see (?:my|anyone|anybody|friends|"
                r"family|people|other|any (?:friends|family|of my))|go (?:out|anywhere|alone|to (?:work|"
                r"school|the gym|church|my|see)|home|outside)|talk to (?:my|anyone|anybody|other|friends|"
                r"family|people|guys|girls|men|women)|visit (?:my|any)|hang out (?:with )?(?:my|any|friends|"
                r"people|other)|meet (?:my|up|any|friends|people)|call (?:my|any)|text (?:my|any|other)|"
                r"leave\b|work\b|get a job|have (?:my own|a job|friends|money|a phone|any (?:friends|money|"
                r"privacy|say))|use (?:my|the) (?:phone|car|money|card)|drive\b(?! (?:his|her|their))|"
                r"spend (?:my (?:own )?money|money|time with (?:my|friends|family|anyone|other))|"
    r"wear (?:what|anything|makeup|short|that|those|my))",
    _WHO_DOES + r" (?:stop|stops|stopped|keep|keeps|kept|forbid|forbids|forbade|ban|bans|banned|prevent|"
                r"prevents|prevented) me (?:from )?(?:seeing (?:my|any|friends|family|people)|going (?:out|"
                r"anywhere|to work|home)|talking to (?:my|any|other|friends|family|people)|visiting|"
    r"leaving\b|working|getting a job|having (?:my own|a job|friends|money))",
    _WHO_DOES + r" (?:keeps|kept|keep) me (?:away from|from seeing) (?:my|everyone|friends|family)\b",
    r"\b(?:isolat(?:es|ed|ing) me|cut(?:s|ting)? me off) from (?:my|everyone|everybody|friends|family)\b",
    _WHO_DOES + r" (?:isolates|isolated|isolating) me\b",
    _WHO_DOES + r" (?:make|makes|made) me choose between (?:him|her|them|you) and\b",
    _WHO_DOES + r" (?:control|controls|controlled|controlling|decide|decides|decided|dictate|"
                r"dictates) (?:what i (?:wear|eat|spend|do|say|post)|where i (?:go|am)|who i (?:see|talk to|"
                r"text|am friends with)|when i (?:can|go|see|leave|sleep|eat)|everything i do|(?:all )?(?:my|"
    r"our|the) (?:money|finances|spending|bank account|life|every move|friends|clothes))\b",
    _WHO_DOES + r" (?:tell|tells|told) me (?:what (?:to|i can|i'm allowed to) wear|who (?:to|i can|i'm "
    r"allowed to) (?:see|talk to))\b",
    _WHO_DOES + r" (?:take|takes|took|taken|taking|keep|keeps|kept|keeping|hide|hides|hid|hiding|withhold|"
                r"withholds|withheld|steal|steals|stole|"
                r"stealing) (?:away )?(?:all )?(?:of )?my (?:bank ?cards?|debit cards?|credit cards?|cards|"
    r"money|wages|pay|paychecks?|pay checks?|salary|benefits|bank account|savings|passport|id|documents)\b",
    _WHO_DOES + r" (?:give|gives|gave) me an allowance\b",
    _WHO_DOES + r" (?:make|makes|made) me ask (?:him |her |them |you )?for money\b",
    # Pressure for sex.
    _WHO_DOES + r" (?:force|forces|forced|forcing|pressure|pressures|pressured|pressuring|make|makes|made|"
                r"coerce|coerces|coerced|guilt|guilts|guilted|push|pushes|pushed) me (?:in)?to (?:have sex|"
                r"sleep with|"
    r"do (?:sexual|stuff|things) (?:i|in bed)|have intercourse|sex|having sex|sleeping with|do it)\b",
    r"\b(?:won't|doesn't|does not|didn't|did not|wouldn't) (?:take no for an answer|stop when i (?:say|said) "
    r"no|listen when i (?:say|said) no)\b",
    # Put-downs, and breaking things.
    _WHO_DOES + r" (?:call|calls|called|calling) me (?:names|stupid|worthless|useless|ugly|fat|crazy|"
    r"pathetic|disgusting|trash|nothing|psycho|an idiot|a (?:slut|whore|bitch|loser|failure|idiot|psycho))\b",
    r"\b(?:tells|told|says|said|keeps saying)(?: me)?(?: that)? (?:no one|nobody) else (?:would|will|could) "
    r"(?:ever )?(?:want|love|have|put up with) me\b",
    _WHO_DOES + r" (?:tell|tells|told|say|says|said|keeps saying)(?: to me| me)? (?:that )?(?:i'm|i am) "
    r"(?:worthless|useless|nothing|stupid|crazy|ugly|disgusting|lucky (?:he|she|they))\b",
    _WHO_DOES + r" (?:punch|punches|punched|kick|kicks|kicked) (?:a |the )?(?:walls?|doors?|holes?)\b",
    _WHO_DOES + r" (?:smash|smashes|smashed|break|breaks|broke|throw|throws|threw|destroy|destroys|destroyed)"
    r" (?:all )?(?:of )?my (?:phone|things|stuff|belongings|laptop|clothes)\b",
))

# Places, plans and times that make "I can't go on", "I don't want to wake up" everyday words.
_NOT_PLAN = (r"(?! (?:the|a|an|that|this|my|our|his|her|holiday|vacation|trips?|dates?|with|to|in|at|near|"
             r"like that|there|without|early|so|before|for|on|alone|together|until|till|til|by|"
             r"tomorrow morning)\b)")
_WANT_TO = _any("want", "wanted", "wanting", "need", "needed", "ready", "planning", "plan", "deserve",
                "decided", "deciding", "going", "trying", "tempted", "thinking about", "thought about",
                "think about", "thinking of", "considering", "consider", "just want", "wish i could")
_HARM = _any(r"kill(?:ing)?", r"hurt(?:ing)?", r"harm(?:ing)?", r"stab(?:bing)?", r"shoot(?:ing)?",
             r"strangl(?:e|ing)", r"chok(?:e|ing)", r"beat(?:ing)?(?: up)?", r"punch(?:ing)?",
             r"slap(?:ping)?", r"murder(?:ing)?", r"attack(?:ing)?", r"poison(?:ing)?", r"smother(?:ing)?",
             r"run(?:ning)? over")
_SOMEONE = _any("him", "her", "them", "you", "someone", "somebody", "anyone", "people", "everyone",
                "my " + _any(*_PARTNERS, "boss", "mom", "mum", "dad", "sister", "brother", "kids?", "baby",
                             "son", "daughter", "family", "coworker", "roommate", "neighbou?r"),
                "that " + _any("guy", "girl", "man", "woman", "person", "bitch", "bastard"),
                "the " + _any("guy", "girl", "man", "woman", "kids", "baby"))
# What makes "I could hurt him", "I want to beat her" not about harming them.
_NOT_HARM = (r"(?! (?:at|in (?:chess|cards|a game|the game)|to it|with kindness|feelings|by|if|when|"
             r"emotionally)\b)"
             r"(?!'s feelings)")

# "I want to", "I could", "I'm going to", "I feel like I could" (and not "I don't want to").
_I_WANT = (r"\bi(?:'m|'ve|'d|'ll| am| have| had| just| really| honestly| seriously| sometimes| kind of|"
           r" actually|"
           rf" still| so angry)* (?:{_WANT_TO}|could|would|will|might|am going|'m going|feel like|felt like|"
           rf"have an "
           r"urge|get the urge|got the urge|have urges|keep having urges)(?: to)?(?: really| just|"
           r" fucking| seriously)?")

_CRISIS = tuple(re.compile(p) for p in (
    # Suicide, in words and in slang.
    r"\bsuicid\w*|\bsewer ?slide\b|\bun-?aliv(?:e|ing)\b|\bkms\b",
    r"\b(?:i|i'm|i'll|i'd|going to|want to|should|could|might|just|to) (?:just )?kys\b",
    r"\b(?:kill|killing|killed|end|ending|off|offing|hang|hanging|shoot|poison|poisoning) myself\b"
    r"(?! (?:laughing|to|at|over|working|with work|in the foot)\b)",
    # Self-harm (and not "I cut myself a slice" or "I hurt myself at the gym").
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|hit|hitting|stab|"
    r"stabbing) myself\b(?! (?:a|an|some|off|short|free|loose|shaving|cooking|chopping|slicing|by accident|"
    r"accidentally|playing|running|lifting|skiing|falling|in a fall|working out|exercising|on (?:the|a|my|"
    r"some)|at (?:the|work|gym)|while (?:cooking|shaving|chopping|slicing|working|playing|running|lifting|"
    r"skiing|exercising)|with (?:the|a)"
    r" (?:knife|iron|pan|kettle|oven|stove|scissors)|when (?:i|we) (?:fell|tripped|slipped))\b)",
    r"\bself[- ]?(?:harm|injur)\w*|\b(?:cutting|self harming) again\b|\bstarted cutting\b|"
    r"\bslit my wrists?\b",
    r"\b(?:want|wanted|wanting|ready|planning|plan|deserve|need|i'd like|just want) to die\b"
    r"(?! (?:of|from|laughing|happy|old|in (?:his|her|their|your|my) arms|a little|inside|for)\b)",
    r"\bwish (?:i (?:was|were|could be|'d be|had been) dead|i could die|i would die|to die|i (?:was|"
    r"were) never born|i'd never been born|i had never been born|i (?:didn't|did not) exist|"
    r"i could (?:just )?(?:disappear|vanish)|i could (?:go to )?sleep (?:forever|and (?:never|not) wake up)|"
    r"i (?:wouldn't|would not|won't|didn't) wake up)\b",
    r"\b(?:rather|better off) (?:be )?dead\b|\bi'?d rather die\b(?! than)|\bbetter (?:off )?without me\b|"
    r"\bbetter off if i (?:was|were) (?:gone|dead|not here|not around)\b",
    r"\b(?:no ?one|nobody) would (?:even )?(?:miss me|notice if i (?:was|were|went) (?:gone|dead|missing)|"
    r"notice if i died|care if i (?:died|was gone|were gone|was dead|disappeared|wasn't here|weren't here|"
    r"wasn't around|killed))\b",
    r"\bnothing (?:left )?to live for\b|\bno (?:reason|point|purpose) (?:to|in|for|of) (?:live|living|life|"
    r"going on|"
    r"being alive|be alive|being here|carry on|carrying on|keep going|continuing|existing|me being here)\b",
    r"\bwhat's the point (?:of|in) (?:living|life|going on|being alive|being here|existing|me)\b",
    r"\b(?:isn't|is not|not) worth living\b|\blife (?:isn't|is not) worth it\b|\b(?:life|living) (?:is|"
    r"feels) (?:pointless|meaningless|unbearable)\b",
    # Ending it (and not ending things with someone, which is a break-up).
    rf"\b{_WANT_TO} (?:to )?(?:just )?(?:end|ending) (?:it|it all|things|everything|my life|my own life|"
    rf"the pain)\b"
    r"(?! (?:with|between|for|early|off)\b)",
    r"\bend(?:ing)? (?:it all|my (?:own )?life)\b|\b(?:take|taking|took) my (?:own )?life\b",
    r"\b(?:want|wish|need) (?:it all|everything|all of (?:it|this)|my life) to (?:end|stop)\b",
    # Not going on.
    r"\b(?:can't|couldn't|could not) (?:go on|keep going|carry on)\b" + _NOT_PLAN,
    r"\bcan't (?:do (?:this|it) anymore|take (?:(?:it|this) )?anymore|take much more|live like this|handle "
    r"(?:it|this|life) anymore|cope anymore|keep doing this|face (?:another day|tomorrow|living))\b",
    r"\b(?:don't|do not|never) want to (?:live|be alive|exist|wake up|go on|keep living|keep going|"
    r"be on this "
    r"earth)\b" + _NOT_PLAN,
    r"\b(?:don't|do not) want to (?:be here|be around|live) anymore\b",
    r"\bnot (?:be|being) (?:here|around|alive) anymore\b|\bstop existing\b|\bnot exist anymore\b",
    r"\b(?:sleep|go to sleep|fall asleep|close my eyes)(?: \w+){0,3} (?:and|then) (?:never|not) wake up\b"
    + _NOT_PLAN,
    r"\b(?:hope|wish|pray) i (?:never|don't|do not|won't|will not) wake up\b|\bnever wake up again\b",
    r"\b(?:want|wish i could|need|just want) (?:to )?sleep forever\b",
    r"\b(?:want|wanted|wanting|need|just want|wish i could|going) to (?:just )?(?:disappear|vanish|fade away|"
    r"not "
    r"exist|cease to exist|be gone|not be here)\b" + _NOT_PLAN + r"(?! (?:into|from|off|under|when|"
    r"tonight|next)\b)",
    # Pills and other means.
    r"(?<!forgot to )(?<!forget to )(?<!remember to )(?<!remembered to )\b(?:take|taking|took|swallow|"
    r"swallowing|swallowed|down|downing|downed) (?:all|the whole|a whole|every one of|all of) (?:my |the |"
    r"of my |of the |bottle of |pack of |box of )?(?:pills|meds|medication|medicine|tablets|sleeping pills|"
    r"painkillers|bottle|pack)\b(?! (?:in the morning|at night|every|each|with (?:food|breakfast|lunch|"
    r"dinner|water)|on time|today|this morning|before|after|like)\b)",
    r"\boverdos\w*|\b(?:going to|want to|might|could|will|'ll|to) od\b|\bod on\b",
    r"\b(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of) (?:a|the|this|that) (?:bridge|"
    r"building|roof|cliff|train|bus|car|truck|balcony|tower)\b|\b(?:drive|drove|driving|crash|"
    r"crashing) (?:my car )?(?:off|into) (?:a|the) (?:bridge|tree|wall|cliff|river|lake|oncoming)\b|"
    r"\bnoose\b|\bgun to my head\b|\bgoodbye (?:letters?|notes?)\b",
    # Harming someone else ("I could kill her", and not "I could kill for a coffee" or "hit him up").
    _I_WANT + rf" {_HARM} {_SOMEONE}\b" + _NOT_HARM,
    _I_WANT + rf" hit {_SOMEONE}\b" + _NOT_HARM + r"(?! up\b)",
    rf"\b(?:thoughts?|urges?|fantasies|fantasi[sz]e|fantasi[sz]ing|images?|plans?) (?:of|about|to) {_HARM} "
    rf"{_SOMEONE}\b" + _NOT_HARM,
    r"\bhomicidal\b",
    rf"\bi(?: just| also| then| actually| finally| nearly| almost)? (?:hit|slapped|punched|kicked|choked|"
    rf"strangled|shoved|pushed|beat|beat up|stabbed|threw (?:\w+ ){{1,3}}at) {_THEM}\b"
    r"(?! (?:up|away|back|at|to|in (?:chess|cards|a game|the game)|with (?:the|a|news))\b)",
))

# Words of fear in a feeling box ("scared", "afraid", "unsafe", "nervous around him").
_AFRAID = re.compile(
    r"\b(?:scared|scary|afraid|frightened|terrified|petrified|fearful|fear|fears|feared|unsafe|not safe|"
    r"in danger|threatened|intimidated|panicked|panicky|on edge|nervous (?:of|around|about how) (?:him|her|"
    r"them|you)|walking on eggshells)\b")


def concerns(text: str) -> dict[str, bool]:
    """What the text suggests that calls for an offer of help (never a block):

    - ``crisis``: thoughts of suicide or self-harm, or of harming someone else;
    - ``safety``: a partner (or someone close) who hits, threatens, controls or frightens the reader.
    """
    folded = _fold(text)
    return {"crisis": any(p.search(folded) for p in _CRISIS),
            "safety": any(p.search(folded) for p in _SAFETY)}


def sounds_afraid(text: str) -> bool:
    """True when the text names fear (as a feeling box might: "scared", "afraid of him", "unsafe")."""
    return bool(_AFRAID.search(_fold(text)))
